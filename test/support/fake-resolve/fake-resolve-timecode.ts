/**
 * The fake's own timecode labels (written independently of the host's parser, so a shared mistake cannot
 * hide): SMPTE drop-frame skips labels :00 and :01 (×2 at 59.94) at each minute not divisible by ten.
 */
export function fakeTimecodeOf(frame: number, fps: number, dropFrame: boolean): string {
  const nominal = Math.round(fps);
  let label = frame;
  if (dropFrame) {
    const drop = Math.round(nominal / 15);
    const framesPer10Minutes = Math.round(fps * 600);
    const framesPerMinute = nominal * 60 - drop;
    const d = Math.floor(frame / framesPer10Minutes);
    const m = frame % framesPer10Minutes;
    label = m > drop ? frame + drop * 9 * d + drop * Math.floor((m - drop) / framesPerMinute) : frame + drop * 9 * d;
  }
  const pad = (value: number) => String(value).padStart(2, '0');
  const ff = label % nominal;
  const seconds = Math.floor(label / nominal);
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}${dropFrame ? ';' : ':'}${pad(ff)}`;
}
