import { framesPerSecond, rateFromTimebase, type FrameRate } from '../frame-rate';
import { linearToDb } from '../gain-db';
import { TimelineFormatError, TimelineNotUnderstoodError } from '../interchange-error';
import { mediaPathFromUrl } from '../media-url';
import type { ClipRelayMark, ClipVolume, InterchangeClip, InterchangeTrack, TimelineDocument, VolumeKey } from '../timeline-model';
import {
  attributeOf,
  buildXml,
  childText,
  elementsOf,
  firstElement,
  parseXml,
  rootElement,
  tagOf,
  textOf,
  type XmlNode,
} from '../xml/xml-tree';
import { writeXmemlClipVolume } from './write-xmeml-volume';

/** A clip as read, with its element (changed in place on write) and the rates its frames count in. */
export interface XmemlClipNode {
  readonly clip: InterchangeClip;
  readonly element: XmlNode;
  /** The clip's own frame rate (its `in`, `out` and keyframe `when` count in it). */
  readonly clipFps: number;
  /** Frames to add to a keyframe's `when` to get its source frame: 0, or the in point where `when` counts from it. */
  readonly whenOffsetFrames: number;
}

/** Marks on a keyframe: `cliprelay="added"`, or `"ducked"` with the editor's value in `cliprelay-editor-value`. */
export const MARK_ATTRIBUTE = 'cliprelay';
export const EDITOR_VALUE_ATTRIBUTE = 'cliprelay-editor-value';

/**
 * Reads Final Cut Pro 7 XML (xmeml v4/v5, as Premiere Pro and Resolve export it): the first sequence, its
 * rate (timebase + NTSC flag, drop-frame from its timecode), audio and video tracks (name from `<name>`
 * or Premiere's `MZ.TrackName`), clip items (start/end in sequence frames, in/out in the clip's frames,
 * media from `<file>` or an earlier file with the same id), constant-speed Time Remap, and the Audio
 * Levels filter (linear gain; keyframe `when` in the clip's source frames). Variable speed and more than
 * one Audio Levels filter on a clip are refused.
 */
export function readXmeml(text: string): TimelineDocument {
  const document = parseXml(text, 'XML file');
  const root = rootElement(document);
  if (root == null || tagOf(root) !== 'xmeml')
    throw new TimelineFormatError({ message: 'This XML file is not Final Cut Pro 7 XML (xmeml).' });
  const sequence = findSequence(root);
  if (sequence == null) throw new TimelineNotUnderstoodError({ fileKind: 'XML timeline', problems: ['it has no sequence'] });
  const frameRate = readRate(firstElement(sequence, 'rate'), sequence) ?? rateFromTimebase(25, false);
  const fps = framesPerSecond(frameRate);
  const filePaths = new Map<string, string>();
  collectFiles(root, filePaths);
  const media = firstElement(sequence, 'media');
  const problems: string[] = [];
  const nodes = new Map<string, XmemlClipNode>();
  const tracks: InterchangeTrack[] = [];
  for (const kind of ['video', 'audio'] as const) {
    const group = media == null ? null : firstElement(media, kind);
    if (group == null) continue;
    elementsOf(group, 'track').forEach((track, index) => {
      const label = `${kind === 'audio' ? 'A' : 'V'}${index + 1}`;
      const name = childText(track, 'name') ?? attributeOf(track, 'MZ.TrackName') ?? `${kind === 'audio' ? 'Audio' : 'Video'} ${index + 1}`;
      const clips = readClips(track, label, { fps, frameRate, filePaths, problems, nodes, kind });
      tracks.push({ kind, index, name, enabled: childText(track, 'enabled') !== 'FALSE', roles: [], clips });
    });
  }
  if (problems.length > 0) throw new TimelineNotUnderstoodError({ fileKind: 'XML timeline', problems });
  const timeline = { format: 'xmeml' as const, name: childText(sequence, 'name') ?? '', frameRate, tracks };
  return {
    timeline,
    setClipVolumeKeys: (clipId, keys) => {
      const node = nodes.get(clipId);
      if (node != null) writeXmemlClipVolume(node, keys);
    },
    serialize: () => buildXml(document),
  };
}

interface ReadContext {
  readonly fps: number;
  readonly frameRate: FrameRate;
  readonly filePaths: ReadonlyMap<string, string>;
  readonly problems: string[];
  readonly nodes: Map<string, XmemlClipNode>;
  readonly kind: 'audio' | 'video';
}

function readClips(track: XmlNode, label: string, context: ReadContext): InterchangeClip[] {
  const items = elementsOf(track).filter((item) => ['clipitem', 'transitionitem', 'generatoritem'].includes(tagOf(item)!));
  const clips: InterchangeClip[] = [];
  items.forEach((item, position) => {
    if (tagOf(item) !== 'clipitem') return;
    const name = childText(item, 'name') ?? '';
    const where = `track ${label}, clip "${name}"`;
    const startFrame = edgeFrame(item, 'start', items[position - 1]);
    const endFrame = edgeFrame(item, 'end', items[position + 1]);
    const inFrame = Number(childText(item, 'in') ?? '0');
    if (startFrame == null || endFrame == null || !Number.isFinite(inFrame)) {
      context.problems.push(`${where} has no usable start, end or in frame`);
      return;
    }
    const clipRate = readRate(firstElement(item, 'rate'), null);
    const clipFps = clipRate == null ? context.fps : framesPerSecond(clipRate);
    const speed = readSpeed(item, where, context.problems);
    const startSeconds = startFrame / context.fps;
    const inPointSeconds = inFrame / clipFps;
    const whenOffsetFrames = keyframeOrigin(item, inFrame, Number(childText(item, 'out') ?? 'NaN')) === 'in-point' ? inFrame : 0;
    const timing = { startSeconds, inPointSeconds, speed, clipFps, whenOffsetFrames };
    const id = attributeOf(item, 'id') ?? `${label}.${position}`;
    const clip: InterchangeClip = {
      id,
      name,
      mediaPath: mediaPathOf(item, context.filePaths),
      startSeconds,
      endSeconds: endFrame / context.fps,
      inPointSeconds,
      speed,
      enabled: childText(item, 'enabled') !== 'FALSE',
      volume: context.kind === 'audio' ? readVolume(item, timing, where, context.problems) : { staticLevelDb: 0, keys: [] },
      ...sourceChannelOf(item, context.kind),
    };
    clips.push(clip);
    context.nodes.set(id, { clip, element: item, clipFps, whenOffsetFrames });
  });
  return clips;
}

/** `start`/`end` are −1 where a transition covers the edit: the transition's own edge is the clip's. */
function edgeFrame(item: XmlNode, edge: 'start' | 'end', neighbour: XmlNode | undefined): number | null {
  const value = Number(childText(item, edge));
  if (Number.isFinite(value) && value >= 0) return value;
  if (value === -1 && neighbour != null && tagOf(neighbour) === 'transitionitem') {
    const fromTransition = Number(childText(neighbour, edge));
    return Number.isFinite(fromTransition) && fromTransition >= 0 ? fromTransition : null;
  }
  return null;
}

function effectsOf(item: XmlNode, effectId: string): XmlNode[] {
  return elementsOf(item, 'filter')
    .map((filter) => firstElement(filter, 'effect'))
    .filter((effect): effect is XmlNode => effect != null && childText(effect, 'effectid') === effectId);
}

export function parameterOf(effect: XmlNode, id: string): XmlNode | null {
  return elementsOf(effect, 'parameter').find((parameter) => childText(parameter, 'parameterid') === id) ?? null;
}

/** Time Remap at a constant speed (percent; `reverse` plays backwards); variable speed is refused. */
function readSpeed(item: XmlNode, where: string, problems: string[]): number {
  const remaps = effectsOf(item, 'timeremap');
  if (remaps.length === 0) return 1;
  const remap = remaps[0]!;
  const variable = parameterOf(remap, 'variablespeed');
  if (variable != null && (childText(variable, 'value') === '1' || elementsOf(variable, 'keyframe').length > 0)) {
    problems.push(`${where} has variable speed (time remapping keyframes), which is not supported`);
  }
  const speedParameter = parameterOf(remap, 'speed');
  const percent = speedParameter == null ? 100 : Number(childText(speedParameter, 'value'));
  const reverse = parameterOf(remap, 'reverse');
  const reversed = reverse != null && childText(reverse, 'value')?.toUpperCase() === 'TRUE';
  if (!Number.isFinite(percent)) {
    problems.push(`${where} has a Time Remap speed that is not a number`);
    return 1;
  }
  return ((reversed ? -1 : 1) * percent) / 100;
}

interface ClipTiming {
  readonly startSeconds: number;
  readonly inPointSeconds: number;
  readonly speed: number;
  readonly clipFps: number;
  readonly whenOffsetFrames: number;
}

/** A keyframe's `when` as sequence seconds. */
function whenToSequenceSeconds(timing: ClipTiming, when: number): number {
  const speed = timing.speed === 0 ? 1 : timing.speed;
  return timing.startSeconds + ((when + timing.whenOffsetFrames) / timing.clipFps - timing.inPointSeconds) / speed;
}

/**
 * What a clip's keyframe `when` counts from. Apple's xmeml documentation does not say; Resolve's exports
 * count source-media frames (a third-party fixture), and whether Premiere does the same is not verified
 * (research/resolve-interchange.md §3.2, open question 6). So the file decides where it can: keys that all
 * fall inside [in, out] are source frames; keys that do not, but all fall inside [0, out − in], count from
 * the in point. A clip without keys (or with keys that fit both) takes source frames.
 */
function keyframeOrigin(item: XmlNode, inFrame: number, outFrame: number): 'source' | 'in-point' {
  if (!(inFrame > 0) || !Number.isFinite(outFrame)) return 'source';
  const whens = effectsOf(item, 'audiolevels')
    .flatMap((effect) => elementsOf(effect, 'parameter'))
    .flatMap((parameter) => elementsOf(parameter, 'keyframe'))
    .map((keyframe) => Number(childText(keyframe, 'when')))
    .filter(Number.isFinite);
  if (whens.length === 0 || whens.every((when) => when >= inFrame && when <= outFrame)) return 'source';
  return whens.every((when) => when >= 0 && when <= outFrame - inFrame) ? 'in-point' : 'source';
}

function readVolume(item: XmlNode, timing: ClipTiming, where: string, problems: string[]): ClipVolume {
  const levels = effectsOf(item, 'audiolevels');
  if (levels.length === 0) return { staticLevelDb: 0, keys: [] };
  if (levels.length > 1) problems.push(`${where} has ${levels.length} Audio Levels filters (one is understood)`);
  const parameter = parameterOf(levels[0]!, 'level');
  if (parameter == null) return { staticLevelDb: 0, keys: [] };
  const staticGain = Number(childText(parameter, 'value') ?? '1');
  const keys: VolumeKey[] = [];
  for (const keyframe of elementsOf(parameter, 'keyframe')) {
    const whenText = childText(keyframe, 'when') ?? '';
    const valueText = childText(keyframe, 'value') ?? '';
    const when = Number(whenText);
    const gain = Number(valueText);
    if (whenText === '' || valueText === '' || !Number.isFinite(when) || !Number.isFinite(gain)) {
      problems.push(`${where}: an Audio Levels keyframe has no numeric when and value`);
      continue;
    }
    keys.push({
      timeSeconds: whenToSequenceSeconds(timing, when),
      levelDb: linearToDb(gain),
      timeToken: whenText,
      valueToken: valueText,
      mark: markOf(keyframe),
    });
  }
  return {
    staticLevelDb: Number.isFinite(staticGain) ? linearToDb(staticGain) : 0,
    keys: keys.sort((a, b) => a.timeSeconds - b.timeSeconds),
  };
}

function markOf(keyframe: XmlNode): ClipRelayMark | null {
  const mark = attributeOf(keyframe, MARK_ATTRIBUTE);
  if (mark === 'added') return { kind: 'added' };
  const editorValue = attributeOf(keyframe, EDITOR_VALUE_ATTRIBUTE);
  if (mark === 'ducked' && editorValue != null && Number.isFinite(Number(editorValue))) {
    return { kind: 'ducked', editorLevelDb: linearToDb(Number(editorValue)), editorValueToken: editorValue };
  }
  return null;
}

function readRate(rate: XmlNode | null, sequence: XmlNode | null): FrameRate | null {
  if (rate == null) return null;
  const timebase = Number(childText(rate, 'timebase'));
  if (!Number.isFinite(timebase) || timebase <= 0) return null;
  const ntsc = childText(rate, 'ntsc')?.toUpperCase() === 'TRUE';
  const timecode = sequence == null ? null : firstElement(sequence, 'timecode');
  const dropFrame = ntsc && timecode != null && childText(timecode, 'displayformat') === 'DF';
  return rateFromTimebase(timebase, ntsc, dropFrame);
}

function mediaPathOf(item: XmlNode, filePaths: ReadonlyMap<string, string>): string | null {
  const file = firstElement(item, 'file');
  if (file == null) return null;
  const url = childText(file, 'pathurl') ?? filePaths.get(attributeOf(file, 'id') ?? '');
  return url == null || url === '' ? null : mediaPathFromUrl(url);
}

/** Every `<file id>` with a `pathurl`: later clip items refer back to a file by id alone. */
function collectFiles(node: XmlNode, paths: Map<string, string>): void {
  for (const child of elementsOf(node)) {
    if (tagOf(child) === 'file') {
      const id = attributeOf(child, 'id');
      const url = childText(child, 'pathurl');
      if (id != null && url != null) paths.set(id, textOf(firstElement(child, 'pathurl')));
    }
    collectFiles(child, paths);
  }
}

/** The first sequence that is not nested inside a clip item. */
function findSequence(node: XmlNode): XmlNode | null {
  for (const child of elementsOf(node)) {
    const tag = tagOf(child);
    if (tag === 'sequence') return child;
    if (tag === 'clipitem' || tag === 'file') continue;
    const found = findSequence(child);
    if (found != null) return found;
  }
  return null;
}

/** The channel of its file an audio clipitem plays (`<sourcetrack><trackindex>`: Premiere writes a stereo file as two clips, 1 and 2). */
function sourceChannelOf(item: XmlNode, kind: 'audio' | 'video'): { sourceChannel?: number } {
  if (kind !== 'audio') return {};
  const sourceTrack = firstElement(item, 'sourcetrack');
  const index = Number(sourceTrack == null ? NaN : childText(sourceTrack, 'trackindex'));
  return Number.isInteger(index) && index > 0 ? { sourceChannel: index } : {};
}
