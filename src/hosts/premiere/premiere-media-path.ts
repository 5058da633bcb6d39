import type { ProjectItem, premierepro } from '@adobe/premierepro';

/**
 * A media path in a form two spellings of the same file share: forward slashes, and lower case for
 * Windows drive and UNC paths (NTFS is case-insensitive and Premiere may report `C:\` as `c:/`).
 * POSIX paths keep their case: macOS volumes can be case-sensitive.
 */
export function normalizeMediaPath(mediaPath: string): string {
  const slashed = mediaPath.replace(/\\/g, '/');
  const isWindowsPath = /^[a-z]:\//i.test(slashed) || slashed.startsWith('//');
  return isWindowsPath ? slashed.toLowerCase() : slashed;
}

export function isSameMediaPath(a: string, b: string): boolean {
  return normalizeMediaPath(a) === normalizeMediaPath(b);
}

/** The file behind a project item, or null for bins and synthetic media (titles, mattes). */
export async function mediaPathOf(ppro: premierepro, item: ProjectItem): Promise<string | null> {
  // cast() is typed as always succeeding but returns a falsy value when the item is not a clip.
  const clip = ppro.ClipProjectItem.cast(item);
  if (clip == null) return null;
  const mediaPath = await clip.getMediaFilePath();
  return mediaPath === '' ? null : mediaPath;
}
