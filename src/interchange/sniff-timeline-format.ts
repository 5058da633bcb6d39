import type { TimelineFormat } from './timeline-model';

/**
 * Which format a timeline file is, from its content (extensions lie: Resolve writes `.xml` for both XML
 * kinds): JSON with `OTIO_SCHEMA` is OTIO; XML whose root element is `xmeml` or `fcpxml` is that.
 * Null for anything else.
 */
export function sniffTimelineFormat(text: string): TimelineFormat | null {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{')) return /"OTIO_SCHEMA"\s*:/.test(head.slice(0, 4096)) ? 'otio' : null;
  if (!head.startsWith('<')) return null;
  // Skip the declaration, doctype, comments and processing instructions to the first element.
  const root = /<([A-Za-z_][\w.-]*)[\s>/]/.exec(head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/g, ''));
  if (root?.[1] === 'xmeml') return 'xmeml';
  if (root?.[1] === 'fcpxml') return 'fcpxml';
  return null;
}
