import { rateFromDecimal, type FrameRate } from '../frame-rate';
import { TimelineFormatError, TimelineNotUnderstoodError } from '../interchange-error';
import { mediaPathFromUrl } from '../media-url';
import type { ClipVolume, InterchangeClip, InterchangeTrack, TimelineDocument, VolumeKey } from '../timeline-model';
import { attributeOf, buildXml, elementsOf, firstElement, parseXml, rootElement, tagOf, type XmlNode } from '../xml/xml-tree';
import { parseRationalTime, rationalToSeconds, type RationalTime } from './rational-time';
import { readFcpxmlMarks, writeFcpxmlClipVolume, writeFcpxmlMarks, type FcpxmlMarks } from './write-fcpxml-volume';

/** A clip as read, with its element and its local-time origin (`start`), which keyframe times count from. */
export interface FcpxmlClipNode {
  readonly clip: InterchangeClip;
  readonly element: XmlNode;
  readonly localStart: RationalTime;
  /** Sequence time at which the clip's local time is `localStart` (its offset, placed through its parents). */
  readonly localOriginSeconds: number;
  readonly frameDuration: RationalTime;
}

const SUPPORTED_VERSIONS = ['1.8', '1.9', '1.10', '1.11'];
/** Story elements with their own media ClipRelay does not open (compound, synced, multicam clips, auditions). */
const CONTAINER_ELEMENTS: Record<string, string> = {
  clip: 'a clip container',
  'ref-clip': 'a compound clip',
  'sync-clip': 'a synchronized clip',
  'mc-clip': 'a multicam clip',
  audition: 'an audition',
};

interface Asset {
  readonly path: string | null;
  readonly hasAudio: boolean;
  /**
   * The media's own start time (its source timecode: a camera's or recorder's time of day, e.g.
   * `3600s`): a clip's `start` counts from it, the file's first sample is at it.
   */
  readonly startSeconds: number;
}

interface Context {
  readonly assets: ReadonlyMap<string, Asset>;
  /** ClipRelay's note as the file has it; `marks` gets each clip's entry under its current path as the clip is read. */
  readonly fileMarks: FcpxmlMarks;
  readonly frameDuration: RationalTime;
  readonly problems: string[];
  readonly audio: Map<string, InterchangeClip[]>;
  /** The same clips by lane ("0": the primary storyline), for a file that names no roles at all. */
  readonly lanes: Map<number, InterchangeClip[]>;
  /** How many audio clips name their role (audioRole, role, or a channel's role). */
  readonly namedRoles: { count: number };
  readonly video: InterchangeClip[];
  readonly nodes: Map<string, FcpxmlClipNode>;
  readonly marks: FcpxmlMarks;
}

/**
 * Reads FCPXML 1.8–1.11 (Final Cut Pro, Resolve): the first project's sequence, its rate (`frameDuration`
 * of its format, DF/NDF from `tcFormat`), asset clips and audio in the primary storyline and connected
 * to it, gaps and transitions. FCPXML has no tracks: each audio role (`dialogue`, `music`, `effects`, or
 * the editor's own) is one audio track, in order of first use. Volume is `adjust-volume` (dB), keyframes
 * in the clip's local time. Compound, synchronized and multicam clips, secondary storylines, retimed
 * audio and per-channel volume are refused by name.
 */
export function readFcpxml(text: string): TimelineDocument {
  const document = parseXml(text, 'FCPXML file');
  const root = rootElement(document);
  if (root == null || tagOf(root) !== 'fcpxml') throw new TimelineFormatError({ message: 'This XML file is not FCPXML.' });
  const version = attributeOf(root, 'version') ?? '';
  const problems: string[] = [];
  if (!SUPPORTED_VERSIONS.includes(version)) problems.push(`it is FCPXML ${version} (1.8 to 1.11 are supported; export one of those)`);
  const resources = firstElement(root, 'resources');
  const formats = new Map(elementsOf(resources ?? root, 'format').map((format) => [attributeOf(format, 'id') ?? '', format] as const));
  const assets = new Map(
    elementsOf(resources ?? root, 'asset').map((asset) => [attributeOf(asset, 'id') ?? '', readAsset(asset)] as const),
  );
  const sequence = findSequence(root);
  if (sequence == null) throw new TimelineNotUnderstoodError({ fileKind: 'FCPXML file', problems: ['it has no project with a sequence'] });
  const format = formats.get(attributeOf(sequence, 'format') ?? '');
  const frameDuration = parseRationalTime(format == null ? null : attributeOf(format, 'frameDuration')) ?? {
    numerator: 1,
    denominator: 25,
  };
  const fps = frameDuration.denominator / frameDuration.numerator;
  const ntscRate = rateFromDecimal(fps);
  const frameRate: FrameRate = { ...ntscRate, dropFrame: attributeOf(sequence, 'tcFormat') === 'DF' && ntscRate.denominator === 1001 };
  const tcStart = rationalToSeconds(parseRationalTime(attributeOf(sequence, 'tcStart')) ?? { numerator: 0, denominator: 1 });
  const context: Context = {
    assets,
    frameDuration,
    problems,
    audio: new Map(),
    lanes: new Map(),
    namedRoles: { count: 0 },
    video: [],
    nodes: new Map(),
    fileMarks: readFcpxmlMarks(sequence),
    marks: { pathsCountStoryItems: true, clips: {}, created: {} },
  };
  const spine = firstElement(sequence, 'spine');
  if (spine == null) problems.push('its sequence has no spine');
  else readSpine(spine, { recordOrigin: -tcStart, localStart: 0, speed: 1 }, context, { path: 'p', allPath: 'p' });
  if (problems.length > 0) throw new TimelineNotUnderstoodError({ fileKind: 'FCPXML file', problems });

  const byStart = (a: InterchangeClip, b: InterchangeClip) => a.startSeconds - b.startSeconds;
  const tracks: InterchangeTrack[] = [
    { kind: 'video', index: 0, name: 'Video', enabled: true, roles: ['video'], clips: context.video.sort(byStart) },
    ...audioTracksOf(context).map(({ name, roles, clips }, index) => ({
      kind: 'audio' as const,
      index,
      name,
      enabled: true,
      roles,
      clips: clips.sort(byStart),
    })),
  ];
  const project = findProject(root);
  const timeline = { format: 'fcpxml' as const, name: (project == null ? null : attributeOf(project, 'name')) ?? '', frameRate, tracks };
  return {
    timeline,
    setClipVolumeKeys: (clipId, keys) => {
      const node = context.nodes.get(clipId);
      if (node != null) writeFcpxmlClipVolume(node, keys, context.marks);
    },
    serialize: () => {
      writeFcpxmlMarks(sequence, context.marks);
      return buildXml(document);
    },
  };
}

/**
 * Each audio role is a track. A file that names no role at all (written by a tool other than Final
 * Cut, which always does) would put every clip in one "dialogue" track and duck nothing: its lanes
 * are the tracks instead ("lane 0" the primary storyline, "lane -1" the first below it …), which
 * the editor names with --voice and --duck.
 */
function audioTracksOf(context: Context): { name: string; roles: string[]; clips: InterchangeClip[] }[] {
  if (context.namedRoles.count > 0 || context.lanes.size < 2) {
    return [...context.audio].map(([role, clips]) => ({ name: role, roles: [role], clips }));
  }
  const byLane = [...context.lanes].sort(([a], [b]) => (a === 0 ? -1 : b === 0 ? 1 : a < 0 && b < 0 ? b - a : a - b));
  return byLane.map(([lane, clips]) => ({ name: `lane ${lane}`, roles: [], clips }));
}

/** Where a container's local time sits in the sequence: record = origin + (local − localStart) / speed. */
interface Placement {
  readonly recordOrigin: number;
  readonly localStart: number;
  readonly speed: number;
}

/**
 * Where a story item is: its position among its parent's story items, level by level ("p.0.2"),
 * which is what ClipRelay's note keys clips by. `allPath` counts every child element instead — how
 * notes were keyed before 2026-12, when adding `adjust-volume` to a clip shifted its connected
 * clips' keys and a second duck took ClipRelay's own keys for the editor's.
 */
interface StoryPath {
  readonly path: string;
  readonly allPath: string;
}

/** Elements of the story (clips, gaps, storylines, transitions): the only children a StoryPath counts. */
const STORY_ELEMENTS = new Set([
  'asset-clip',
  'audio',
  'video',
  'title',
  'gap',
  'spine',
  'transition',
  'caption',
  ...Object.keys(CONTAINER_ELEMENTS),
]);

function storyChildren(parent: XmlNode, at: StoryPath): { readonly child: XmlNode; readonly at: StoryPath }[] {
  let storyPosition = 0;
  return elementsOf(parent).flatMap((child, position) =>
    STORY_ELEMENTS.has(tagOf(child)!)
      ? [{ child, at: { path: `${at.path}.${storyPosition++}`, allPath: `${at.allPath}.${position}` } }]
      : [],
  );
}

function readSpine(spine: XmlNode, placement: Placement, context: Context, at: StoryPath): void {
  for (const { child, at: childAt } of storyChildren(spine, at)) readItem(child, placement, context, childAt, true);
}

function readItem(item: XmlNode, parent: Placement, context: Context, at: StoryPath, inSpine: boolean): void {
  const tag = tagOf(item)!;
  const name = attributeOf(item, 'name') ?? tag;
  if (tag === 'transition' || tag === 'caption') return;
  if (CONTAINER_ELEMENTS[tag] != null) {
    context.problems.push(`"${name}" is ${CONTAINER_ELEMENTS[tag]} (${tag}), which is not supported; break it apart first`);
    return;
  }
  if (tag === 'spine') {
    if (!inSpine)
      context.problems.push(`"${attributeOf(item, 'name') ?? 'a secondary storyline'}" is a secondary storyline, which is not supported`);
    return;
  }
  // Titles and generators (video) have no sound, but clips connect to them like to any other item.
  if (!['asset-clip', 'gap', 'audio', 'title', 'video'].includes(tag)) return;
  const offset = seconds(attributeOf(item, 'offset'));
  const localStart = seconds(attributeOf(item, 'start'));
  const duration = seconds(attributeOf(item, 'duration'));
  const recordStart = parent.recordOrigin + (offset - parent.localStart) / parent.speed;
  const own: Placement = { recordOrigin: recordStart, localStart, speed: 1 };
  if (tag === 'asset-clip' || tag === 'audio') readClip(item, tag, { recordStart, duration, localStart }, context, at);
  // Connected items: lane ≠ 0 children, placed in this item's local time.
  for (const { child, at: childAt } of storyChildren(item, at)) {
    const childTag = tagOf(child)!;
    if (childTag === 'spine' || CONTAINER_ELEMENTS[childTag] != null || ['asset-clip', 'audio'].includes(childTag)) {
      readItem(child, own, context, childAt, false);
    }
  }
}

/** The file's note of this clip, moved to its current path in `marks` (from its old one, in a file noted before 2026-12). */
function takeMarks(context: Context, at: StoryPath): Readonly<Record<string, string | null>> {
  const { fileMarks, marks } = context;
  const fileKey = fileMarks.pathsCountStoryItems ? at.path : at.allPath;
  const clipMarks = fileMarks.clips[fileKey];
  const created = fileMarks.created[fileKey];
  if (clipMarks != null) marks.clips[at.path] = clipMarks;
  if (created != null) marks.created[at.path] = created;
  return clipMarks ?? {};
}

function readClip(
  item: XmlNode,
  tag: string,
  timing: { readonly recordStart: number; readonly duration: number; readonly localStart: number },
  context: Context,
  at: StoryPath,
): void {
  const path = at.path;
  const name = attributeOf(item, 'name') ?? tag;
  const asset = context.assets.get(attributeOf(item, 'ref') ?? '');
  const srcEnable = attributeOf(item, 'srcEnable') ?? 'all';
  const hasAudio = tag === 'audio' || (asset?.hasAudio === true && srcEnable !== 'video');
  // In-points are seconds into the media file; local times count from the asset's own start (a
  // start before it cannot be in the media: that writer counted from the file's start).
  const mediaStartSeconds = asset != null && timing.localStart >= asset.startSeconds ? asset.startSeconds : 0;
  const clip = {
    id: path,
    name,
    mediaPath: asset?.path ?? null,
    startSeconds: timing.recordStart,
    endSeconds: timing.recordStart + timing.duration,
    inPointSeconds: timing.localStart - mediaStartSeconds,
    speed: 1,
    enabled: attributeOf(item, 'enabled') !== '0',
  };
  if (!hasAudio) {
    context.video.push({ ...clip, volume: { staticLevelDb: 0, keys: [] } });
    return;
  }
  if (firstElement(item, 'timeMap') != null) context.problems.push(`"${name}" is retimed (timeMap), which is not supported for audio yet`);
  for (const source of [...elementsOf(item, 'audio-channel-source'), ...elementsOf(item, 'audio-role-source')]) {
    if (firstElement(source, 'adjust-volume') != null) context.problems.push(`"${name}" has per-channel volume, which is not supported`);
  }
  const volume = readVolume(item, timing, takeMarks(context, at), name, context.problems);
  // A split edit (J/L cut): the audio plays its own span of the clip's local time.
  const audioStart = parseRationalTime(attributeOf(item, 'audioStart'));
  const audioDuration = parseRationalTime(attributeOf(item, 'audioDuration'));
  const audioStartSeconds = audioStart == null ? timing.localStart : rationalToSeconds(audioStart);
  const audioRecordStart = timing.recordStart + audioStartSeconds - timing.localStart;
  const audioClip: InterchangeClip = {
    ...clip,
    startSeconds: audioRecordStart,
    endSeconds: audioDuration == null ? clip.endSeconds : audioRecordStart + rationalToSeconds(audioDuration),
    inPointSeconds: audioStartSeconds - mediaStartSeconds,
    volume,
  };
  const channelRole = elementsOf(item, 'audio-channel-source')
    .map((source) => attributeOf(source, 'role'))
    .find((candidate) => candidate != null);
  const namedRole = attributeOf(item, tag === 'audio' ? 'role' : 'audioRole') ?? channelRole;
  if (namedRole != null) context.namedRoles.count++;
  const role = (namedRole ?? 'dialogue').split('.')[0]!;
  const list = context.audio.get(role) ?? [];
  list.push(audioClip);
  context.audio.set(role, list);
  const lane = Number(attributeOf(item, 'lane') ?? '0');
  const laneClips = context.lanes.get(lane) ?? [];
  laneClips.push(audioClip);
  context.lanes.set(lane, laneClips);
  if (asset?.hasAudio === true && srcEnable === 'all' && tag === 'asset-clip') context.video.push({ ...clip, volume });
  context.nodes.set(path, {
    clip: audioClip,
    element: item,
    localStart: parseRationalTime(attributeOf(item, 'start')) ?? { numerator: 0, denominator: 1 },
    localOriginSeconds: timing.recordStart,
    frameDuration: context.frameDuration,
  });
}

function readVolume(
  item: XmlNode,
  timing: { readonly recordStart: number; readonly localStart: number },
  marks: Readonly<Record<string, string | null>>,
  name: string,
  problems: string[],
): ClipVolume {
  const adjust = firstElement(item, 'adjust-volume');
  if (adjust == null) return { staticLevelDb: 0, keys: [] };
  const staticLevelDb = parseDb(attributeOf(adjust, 'amount') ?? '0dB');
  if (staticLevelDb == null) problems.push(`"${name}" has a volume amount that is not in dB`);
  const parameter = elementsOf(adjust, 'param').find((param) => attributeOf(param, 'name') === 'amount');
  const animation = parameter == null ? null : firstElement(parameter, 'keyframeAnimation');
  const keys: VolumeKey[] = [];
  for (const keyframe of animation == null ? [] : elementsOf(animation, 'keyframe')) {
    const timeText = attributeOf(keyframe, 'time') ?? '';
    const valueText = attributeOf(keyframe, 'value') ?? '';
    const time = parseRationalTime(timeText);
    const levelDb = parseDb(valueText);
    if (time == null || levelDb == null) {
      problems.push(`"${name}" has a volume keyframe without a rational time and a dB value`);
      continue;
    }
    const mark = marks[timeText];
    const editorLevelDb = mark == null ? null : parseDb(mark);
    keys.push({
      timeSeconds: timing.recordStart + rationalToSeconds(time) - timing.localStart,
      levelDb,
      timeToken: timeText,
      valueToken: valueText,
      mark:
        mark === undefined
          ? null
          : mark === null || editorLevelDb == null
            ? { kind: 'added' }
            : { kind: 'ducked', editorLevelDb, editorValueToken: mark },
    });
  }
  return { staticLevelDb: staticLevelDb ?? 0, keys: keys.sort((a, b) => a.timeSeconds - b.timeSeconds) };
}

/** `-6dB`, `-6.5dB` or a bare number (dB). */
function parseDb(text: string): number | null {
  const match = /^\s*(-?\d+(?:\.\d+)?(?:e-?\d+)?)\s*(?:dB)?\s*$/i.exec(text);
  return match == null ? null : Number(match[1]);
}

function seconds(text: string | null): number {
  const time = parseRationalTime(text);
  return time == null ? 0 : rationalToSeconds(time);
}

function readAsset(asset: XmlNode): Asset {
  const rep = firstElement(asset, 'media-rep');
  const src = (rep == null ? null : attributeOf(rep, 'src')) ?? attributeOf(asset, 'src');
  return {
    path: src == null ? null : mediaPathFromUrl(src),
    hasAudio: attributeOf(asset, 'hasAudio') === '1',
    startSeconds: seconds(attributeOf(asset, 'start')),
  };
}

function findProject(node: XmlNode): XmlNode | null {
  for (const child of elementsOf(node)) {
    if (tagOf(child) === 'project') return child;
    if (['library', 'event'].includes(tagOf(child)!)) {
      const found = findProject(child);
      if (found != null) return found;
    }
  }
  return null;
}

function findSequence(root: XmlNode): XmlNode | null {
  const project = findProject(root);
  return project == null ? null : firstElement(project, 'sequence');
}
