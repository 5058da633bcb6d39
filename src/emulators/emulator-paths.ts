// No Node imports: the sandbox page imports this in the browser.

/** Providers whose emulator shares another provider's mount: Vertex AI is served by the Google emulator. */
const SHARED_MOUNTS: Readonly<Record<string, string>> = { 'google-vertex': 'google' };

/**
 * Where a provider's emulator is mounted under the emulator server (and under `/emulators` in the
 * sandbox), e.g. "/kling": every emulator mounts at its provider id, as `mountEmulators` does.
 */
export function emulatorPath(providerId: string): string {
  return `/${SHARED_MOUNTS[providerId] ?? providerId}`;
}
