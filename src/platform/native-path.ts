/**
 * Splits a native path into its folder and file name, for either platform's separators
 * ("C:\\clips\\a.mp4" → ["C:\\clips", "a.mp4"]).
 */
export function splitNativePath(path: string): { readonly folder: string; readonly fileName: string } {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut === -1 ? { folder: '', fileName: path } : { folder: path.slice(0, cut), fileName: path.slice(cut + 1) };
}

/** Two spellings of one folder compare equal: separators unified, trailing separator dropped, Windows paths case-folded. */
export function sameNativeFolder(a: string, b: string): boolean {
  const normalize = (path: string) => {
    const slashed = path.replace(/\\/g, '/').replace(/\/+$/, '');
    return /^[a-z]:\//i.test(slashed) || slashed.startsWith('//') ? slashed.toLowerCase() : slashed;
  };
  return normalize(a) === normalize(b);
}

/** `child` relative to `folder` with forward slashes, or null when it is not inside it. */
export function relativeNativePath(folder: string, child: string): string | null {
  const normalizedFolder = folder.replace(/\\/g, '/').replace(/\/+$/, '');
  const normalizedChild = child.replace(/\\/g, '/');
  const windows = /^[a-z]:\//i.test(normalizedFolder) || normalizedFolder.startsWith('//');
  const [f, c] = windows ? [normalizedFolder.toLowerCase(), normalizedChild.toLowerCase()] : [normalizedFolder, normalizedChild];
  if (!c.startsWith(`${f}/`)) return null;
  return normalizedChild.slice(normalizedFolder.length + 1);
}
