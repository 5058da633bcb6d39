/** A pack file the editor picked: how its subscription names it (and reads it again). */
export interface PickedPackFile {
  /** The file's path where the runtime knows it (UXP), else `file:<name>` (a browser only gives names). */
  readonly location: string;
}

/**
 * Pack files on a shared drive, as the panel reaches them: the editor picks one (UXP's open dialog, a
 * browser file input), and later checks read the same file again where the runtime can keep the
 * grant (a UXP persistent token); a browser tab can read it again only until the page reloads.
 */
export interface PackFileSource {
  /** Opens the picker; null when the editor dismissed it. The picked file can be read again by its location. */
  pick(): Promise<PickedPackFile | null>;
  /** The file's current text; null when this runtime can no longer reach it (the editor must pick it again). */
  reread(location: string): Promise<string | null>;
}
