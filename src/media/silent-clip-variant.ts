import { childBoxes, findPath, fourCc } from './mp4-box';

const FREE = [0x66, 0x72, 0x65, 0x65];

/**
 * The same MP4 without its audio: every sound `trak` box is retyped to `free`, which players skip
 * (ISO 14496-12 §8.1.2). Sizes and offsets stay put, so the video track's chunk offsets remain
 * valid; the audio samples stay in `mdat`, unreferenced. Emulators serve this for silent models
 * (Runway gen4.5, Veo with `audio: false`) and for the "[silent]" prompt marker.
 */
export function silentClipVariant(videoBytes: Uint8Array): Uint8Array {
  // A copy: Node's Buffer#slice would be a view, and the caller's clip would go silent too.
  const silent = new Uint8Array(videoBytes);
  const moov = childBoxes(silent, 0, silent.length).find((box) => box.type === 'moov');
  if (moov == null) return silent;
  for (const trak of childBoxes(silent, moov.payloadStart, moov.end)) {
    if (trak.type !== 'trak') continue;
    const hdlr = findPath(silent, trak, ['mdia', 'hdlr']);
    // hdlr: version/flags(4) pre_defined(4) handler_type(4).
    if (hdlr != null && fourCc(silent, hdlr.payloadStart + 8) === 'soun') silent.set(FREE, trak.start + 4);
  }
  return silent;
}
