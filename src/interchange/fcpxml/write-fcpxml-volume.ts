import { roundDb } from '../gain-db';
import type { VolumeKey } from '../timeline-model';
import { attributeOf, childrenOf, element, elementsOf, firstElement, setAttribute, tagOf, type XmlNode } from '../xml/xml-tree';
import type { FcpxmlClipNode } from './read-fcpxml';
import { formatFrameOffset } from './rational-time';

/** The sequence metadata key under which ClipRelay notes its keyframes (FCPXML keyframes take no extra attributes). */
const MARKS_KEY = 'com.cliprelay.ducking';

/**
 * ClipRelay's note of its keys, per clip (by its place in the story): keyframe time → null when ClipRelay
 * added the key, or the editor's own value ("-6dB") when it lowered an editor key; and which volume
 * elements it created, so they go again with its last key.
 */
export interface FcpxmlMarks {
  /** Clips are keyed by their position among story items only (false: among all elements, as noted before 2026-12). */
  readonly pathsCountStoryItems: boolean;
  readonly clips: Record<string, Record<string, string | null>>;
  readonly created: Record<string, 'adjust-volume' | 'param'>;
}

export function readFcpxmlMarks(sequence: XmlNode): FcpxmlMarks {
  const metadata = firstElement(sequence, 'metadata');
  const md = metadata == null ? undefined : elementsOf(metadata, 'md').find((entry) => attributeOf(entry, 'key') === MARKS_KEY);
  const value = md == null ? null : attributeOf(md, 'value');
  if (value != null) {
    try {
      const parsed = JSON.parse(value) as Partial<FcpxmlMarks>;
      return { pathsCountStoryItems: parsed.pathsCountStoryItems === true, clips: parsed.clips ?? {}, created: parsed.created ?? {} };
    } catch {
      // A damaged note: ClipRelay's earlier keys then count as the editor's, which is the safe side.
    }
  }
  return { pathsCountStoryItems: true, clips: {}, created: {} };
}

/** Elements that come before `adjust-volume` in a clip (FCPXML DTD: note, timing, then video adjustments). */
const BEFORE_VOLUME = new Set([
  'note',
  'conform-rate',
  'timeMap',
  'object-tracker',
  'adjust-crop',
  'adjust-corners',
  'adjust-conform',
  'adjust-transform',
  'adjust-blend',
  'adjust-stabilization',
  'adjust-rollingShutter',
  'adjust-360-transform',
  'adjust-reorient',
  'adjust-orientation',
  'adjust-cinematic',
  // Later versions add video adjustments at the end of the list, still before volume: colour
  // conform in 1.11 (Final Cut 10.7+ writes it on most clips), stereo 3D in 1.13.
  'adjust-colorConform',
  'adjust-stereo-3D',
]);

/**
 * Writes a clip's volume keys as `adjust-volume › param amount › keyframeAnimation` (dB, local time, on
 * the sequence's frame grid, linear curves as planned), creating the elements where the clip has none in
 * the place the DTD requires, and notes ClipRelay's keys in `marks` (written to the sequence by `writeFcpxmlMarks`,
 * once, when the file is serialized).
 */
export function writeFcpxmlClipVolume(node: FcpxmlClipNode, keys: readonly VolumeKey[], marks: FcpxmlMarks): void {
  const { element: item, clip } = node;
  const ownKeys = keys.some((key) => key.mark != null);
  const children = childrenOf(item);
  let adjust = firstElement(item, 'adjust-volume');
  if (adjust == null) {
    if (!ownKeys) return;
    adjust = element('adjust-volume');
    const at = children.findIndex((child) => tagOf(child) != null && !BEFORE_VOLUME.has(tagOf(child)!));
    children.splice(at === -1 ? children.length : at, 0, adjust);
    marks.created[clip.id] = 'adjust-volume';
  }
  let parameter = elementsOf(adjust, 'param').find((param) => attributeOf(param, 'name') === 'amount');
  if (parameter == null) {
    if (!ownKeys) return;
    parameter = element('param', [element('keyframeAnimation')], { name: 'amount' });
    childrenOf(adjust).push(parameter);
    marks.created[clip.id] ??= 'param';
  }
  let animation = firstElement(parameter, 'keyframeAnimation');
  if (animation == null) {
    animation = element('keyframeAnimation');
    childrenOf(parameter).push(animation);
  }
  const previous = new Map(elementsOf(animation, 'keyframe').map((keyframe) => [attributeOf(keyframe, 'time') ?? '', keyframe] as const));
  const clipMarks: Record<string, string | null> = {};
  const written = keys.map((key) => {
    const time =
      key.timeToken ??
      formatFrameOffset(node.localStart, Math.round((key.timeSeconds - node.localOriginSeconds) / seconds(node)), node.frameDuration);
    const value = key.mark == null && key.valueToken != null ? key.valueToken : `${roundDb(key.levelDb)}dB`;
    if (key.mark != null) clipMarks[time] = key.mark.kind === 'added' ? null : key.mark.editorValueToken;
    const original = previous.get(time);
    // An editor's keyframe keeps its own attributes (interp, curve); ClipRelay's ramps are straight lines.
    const keyframe = original == null ? element('keyframe', [], { time, value, curve: 'linear' }) : structuredClone(original);
    setAttribute(keyframe, 'value', value);
    return keyframe;
  });
  childrenOf(animation).splice(0, childrenOf(animation).length, ...written);

  if (Object.keys(clipMarks).length > 0) marks.clips[clip.id] = clipMarks;
  else {
    delete marks.clips[clip.id];
    const created = marks.created[clip.id];
    delete marks.created[clip.id];
    if (created === 'adjust-volume') children.splice(children.indexOf(adjust), 1);
    else if (created === 'param') childrenOf(adjust).splice(childrenOf(adjust).indexOf(parameter), 1);
  }
}

function seconds(node: FcpxmlClipNode): number {
  return node.frameDuration.numerator / node.frameDuration.denominator;
}

/** Puts the marks in the sequence's metadata (or takes the entry away when there are none). */
export function writeFcpxmlMarks(sequence: XmlNode, marks: FcpxmlMarks): void {
  const sequenceChildren = childrenOf(sequence);
  let metadata = firstElement(sequence, 'metadata');
  const empty = Object.keys(marks.clips).length === 0 && Object.keys(marks.created).length === 0;
  if (metadata == null) {
    if (empty) return;
    metadata = element('metadata');
    sequenceChildren.push(metadata);
  }
  const entries = childrenOf(metadata);
  const at = entries.findIndex((entry) => tagOf(entry) === 'md' && attributeOf(entry, 'key') === MARKS_KEY);
  if (at !== -1) entries.splice(at, 1);
  if (!empty) entries.push(element('md', [], { key: MARKS_KEY, value: JSON.stringify(sortedMarks(marks)) }));
  else if (entries.length === 0) sequenceChildren.splice(sequenceChildren.indexOf(metadata), 1);
}

/** Clips in story order, so the note reads the same whichever clip was written last. */
function sortedMarks(marks: FcpxmlMarks): FcpxmlMarks {
  const sort = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => compareStoryPaths(a, b)));
  return { pathsCountStoryItems: true, clips: sort(marks.clips), created: sort(marks.created) };
}

/** "p.2.10" after "p.2.9": story paths compared number by number (localeCompare's numeric collation is far slower). */
function compareStoryPaths(a: string, b: string): number {
  const left = a.split('.');
  const right = b.split('.');
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = Number(left[i]);
    const y = Number(right[i]);
    const order = Number.isNaN(x) || Number.isNaN(y) ? left[i]!.localeCompare(right[i]!) : x - y;
    if (order !== 0) return order;
  }
  return left.length - right.length;
}
