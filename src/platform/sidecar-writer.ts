/**
 * Writes a small text file beside a media file (ClipRelay's provenance sidecar), through the
 * platform's own file API: Node fs for the CLI and tests, the UXP folder the user granted in the
 * panel, the sandbox server's media store in the browser. The media file itself is never touched.
 */
export interface SidecarWriter {
  /**
   * Creates or replaces `fileName` in the folder that holds `mediaPath` and returns the sidecar's
   * path. Throws when that folder cannot be written.
   */
  writeBeside(mediaPath: string, fileName: string, text: string): Promise<string>;
}
