/**
 * Chromium starts its audio service on the first `new AudioContext()`, and the constructor waits
 * for it synchronously: measured 0.4–1.8 s on a fresh browser, one long task on the click on Play.
 * Listing the output devices starts the same service without blocking, so by the time someone
 * presses Play the constructor finds it running (measured 25 ms). A runtime without
 * `enumerateDevices`, or one that refuses it, simply has nothing to warm up.
 */
export function warmUpAudioOutput(mediaDevices: Pick<MediaDevices, 'enumerateDevices'> | undefined): Promise<void> {
  if (typeof mediaDevices?.enumerateDevices !== 'function') return Promise.resolve();
  return mediaDevices.enumerateDevices().then(
    () => undefined,
    () => undefined,
  );
}

/**
 * Waits for the warm-up, but never longer than `capMs`: Play may then pay the constructor's wait,
 * but it always starts.
 */
export function whenWarmOrAfter(warmUp: Promise<void>, capMs: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cap = new Promise<void>((resolve) => (timer = setTimeout(resolve, capMs)));
  return Promise.race([warmUp, cap]).finally(() => clearTimeout(timer));
}
