/**
 * A clip name that fits `maxChars` and still tells the clip from the others on the timeline.
 * Generated names often share a long head (project, provider, model, date) and differ in the
 * prompt slug, a variation number or the job id at the end, so cutting the end alone makes every
 * clip read the same. Tried in order: the head (cut at the end), head and tail (cut in the middle),
 * then the part where the name first differs from its nearest sibling.
 */
export function distinguishingLabel(name: string, otherNames: readonly string[], maxChars: number): string {
  if (name.length <= maxChars) return name;
  if (maxChars < 4) return '';
  const others = otherNames.filter((other) => other !== name);
  const sharedHead = Math.max(0, ...others.map((other) => commonPrefixLength(name, other)));
  const sharedTail = Math.max(0, ...others.map((other) => commonSuffixLength(name, other)));
  const visible = maxChars - 1;

  if (visible > sharedHead) return `${name.slice(0, visible)}…`;
  const tailChars = Math.ceil(visible / 2);
  const headChars = visible - tailChars;
  if (tailChars > sharedTail) return `${name.slice(0, headChars)}…${name.slice(name.length - tailChars)}`;
  // Differs only in the middle: show from a little before the first difference.
  const from = Math.max(0, Math.min(sharedHead - 2, name.length - visible));
  if (from + visible >= name.length) return `…${name.slice(from)}`;
  return `…${name.slice(from, from + visible - 1)}…`;
}

function commonPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return length;
}

function commonSuffixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[a.length - 1 - length] === b[b.length - 1 - length]) length += 1;
  return length;
}
