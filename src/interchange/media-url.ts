/**
 * A media location as timeline files write it (`file:///Users/me/vo.wav`, `file://localhost/C:/vo.wav`,
 * or a plain path) as a path: the URL's percent-escapes decoded, `localhost` and the slash before a
 * Windows drive dropped. Anything that is not a file URL (http, a missing reference) is kept as it is.
 */
export function mediaPathFromUrl(url: string): string {
  const match = /^file:\/\/(?:localhost)?(\/.*)$/i.exec(url);
  if (match == null) return url;
  let path = match[1]!;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A stray % in a hand-written path: keep the text rather than refuse the timeline.
  }
  return /^\/[A-Za-z]:[\\/]/.test(path) ? path.slice(1) : path;
}

/**
 * A path as a `file://` URL (for writing a timeline in a format that wants URLs). A relative path stays
 * a relative reference, so a timeline that named its media beside itself still does.
 */
export function fileUrlFromPath(path: string): string {
  if (/^[a-z]+:\/\//i.test(path)) return path;
  const slashed = path.replace(/\\/g, '/');
  const encode = (segments: string) => segments.split('/').map(encodeURIComponent).join('/');
  if (/^[A-Za-z]:\//.test(slashed)) return `file:///${slashed.slice(0, 2)}${encode(slashed.slice(2))}`;
  return slashed.startsWith('/') ? `file://${encode(slashed)}` : encode(slashed);
}
