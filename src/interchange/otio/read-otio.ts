import { TimelineFormatError, TimelineNotUnderstoodError } from '../interchange-error';
import { framesPerSecond, rateFromDecimal, type FrameRate } from '../frame-rate';
import { mediaPathFromUrl } from '../media-url';
import type { ClipVolume, InterchangeClip, InterchangeTrack, TimelineDocument, VolumeKey } from '../timeline-model';
import {
  CLIPRELAY_METADATA_KEY,
  isObject,
  isResolveVolumeEffect,
  rangeSeconds,
  rationalRate,
  schemaOf,
  volumeParameter,
  type JsonObject,
} from './otio-json';
import { writeOtioClipVolume } from './write-otio-volume';

const CLIP_SCHEMAS = ['Clip.1', 'Clip.2'];
const REFERENCE_SCHEMAS = ['ExternalReference.1', 'MissingReference.1', 'GeneratorReference.1', 'ImageSequenceReference.1'];
/** Effects that do not change what a clip plays or how loud: kept, not modelled. */
const INERT_EFFECT_SCHEMAS = ['Effect.1'];

/** A clip as read, with the JSON it came from (changed in place on write). */
export interface OtioClipNode {
  readonly clip: InterchangeClip;
  readonly json: JsonObject;
}

/**
 * Reads an OpenTimelineIO JSON timeline (`.otio`): the core schemas (Timeline, Stack, Track, Clip,
 * Gap, Transition, media references, LinearTimeWarp, FreezeFrame, Marker) and Resolve's clip volume
 * (`Fairlight Clip Volume and Fades` effect, dB keyframes in frames from the clip's start). Anything
 * that could change timing or level and is not one of those — a nested stack, an unknown schema, a
 * time effect with no fixed speed — is refused, naming each one.
 */
export function readOtio(text: string): TimelineDocument {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    throw new TimelineFormatError({ message: 'This .otio file is not valid JSON, so it cannot be read as a timeline.', cause: error });
  }
  if (nestsDeeperThan(root, MAX_JSON_DEPTH)) {
    // Writing it back (JSON.stringify) would overflow the call stack, after the work was done.
    throw new TimelineFormatError({
      message: `This .otio file nests deeper than ${MAX_JSON_DEPTH} levels; it is damaged or was not written by an editor.`,
    });
  }
  if (schemaOf(root) !== 'Timeline.1' || !isObject(root)) {
    throw new TimelineFormatError({ message: `This is not an OpenTimelineIO timeline (its schema is ${String(schemaOf(root))}).` });
  }
  const problems: string[] = [];
  const stack = root.tracks;
  if (schemaOf(stack) !== 'Stack.1' || !isObject(stack) || !Array.isArray(stack.children)) {
    throw new TimelineNotUnderstoodError({ fileKind: 'OTIO timeline', problems: ['its tracks are not a Stack.1'] });
  }
  const frameRate = timelineRate(root, stack.children);
  const fps = framesPerSecond(frameRate);
  const nodes = new Map<string, OtioClipNode>();
  const tracks: InterchangeTrack[] = [];
  const counts = { audio: 0, video: 0 };
  stack.children.forEach((trackJson, trackPosition) => {
    if (schemaOf(trackJson) !== 'Track.1' || !isObject(trackJson)) {
      problems.push(`stack item ${trackPosition + 1} is ${String(schemaOf(trackJson))}, not a track (nested stacks are not supported)`);
      return;
    }
    const kind = trackJson.kind === 'Audio' ? 'audio' : trackJson.kind === 'Video' ? 'video' : null;
    if (kind == null) {
      problems.push(`track ${trackPosition + 1} has kind "${String(trackJson.kind)}" (only Audio and Video are understood)`);
      return;
    }
    const index = counts[kind]++;
    const label = `${kind === 'audio' ? 'A' : 'V'}${index + 1}`;
    if (trackJson.source_range != null) problems.push(`track ${label} is trimmed (source_range on a track)`);
    const clips = readTrackItems(trackJson, label, fps, problems, nodes, trackPosition, kind);
    tracks.push({
      kind,
      index,
      name: typeof trackJson.name === 'string' ? trackJson.name : '',
      enabled: trackJson.enabled !== false,
      roles: [],
      clips,
    });
  });
  if (problems.length > 0) throw new TimelineNotUnderstoodError({ fileKind: 'OTIO timeline', problems });
  const timeline = { format: 'otio' as const, name: typeof root.name === 'string' ? root.name : '', frameRate, tracks };
  return {
    timeline,
    setClipVolumeKeys: (clipId, keys) => {
      const node = nodes.get(clipId);
      if (node != null) writeOtioClipVolume(node, keys, fps);
    },
    serialize: () => `${JSON.stringify(root, null, 4)}\n`,
  };
}

function readTrackItems(
  track: JsonObject,
  label: string,
  fps: number,
  problems: string[],
  nodes: Map<string, OtioClipNode>,
  trackPosition: number,
  kind: 'audio' | 'video',
): InterchangeClip[] {
  const children = Array.isArray(track.children) ? track.children : [];
  const clips: InterchangeClip[] = [];
  let positionSeconds = 0;
  children.forEach((item, itemPosition) => {
    const schema = schemaOf(item);
    if (!isObject(item) || schema == null) {
      problems.push(`track ${label}, item ${itemPosition + 1} has no OTIO_SCHEMA`);
      return;
    }
    // Transitions overlap their neighbours and take no time of their own on the track.
    if (schema === 'Transition.1') return;
    const name = typeof item.name === 'string' ? item.name : '';
    const where = `track ${label}, ${schema === 'Gap.1' ? 'gap' : `clip "${name}"`}`;
    if (schema !== 'Gap.1' && !CLIP_SCHEMAS.includes(schema)) {
      problems.push(`track ${label}, item ${itemPosition + 1} is a ${schema} (not understood)`);
      return;
    }
    const reference = schema === 'Gap.1' ? null : activeReference(item);
    const range = rangeSeconds(item.source_range) ?? (isObject(reference) ? rangeSeconds(reference.available_range) : null);
    if (range == null) {
      problems.push(`${where} has no source_range`);
      return;
    }
    const startSeconds = positionSeconds;
    positionSeconds += range.durationSeconds;
    if (schema === 'Gap.1') return;
    const referenceSchema = schemaOf(reference);
    if (reference != null && (referenceSchema == null || !REFERENCE_SCHEMAS.includes(referenceSchema))) {
      problems.push(`${where} has a media reference of schema ${String(referenceSchema)} (not understood)`);
    }
    const id = `t${trackPosition}.i${itemPosition}`;
    // Video clips are never written and their effects (scale, crop, colour) never change a level:
    // only an audio clip's effects can make the timeline unsafe to duck.
    const speed = readSpeed(item, where, kind === 'audio' ? problems : []);
    const volume = readVolume(item, startSeconds, fps, where, problems);
    const url = isObject(reference) && typeof reference.target_url === 'string' ? reference.target_url : null;
    // source_range counts in the media's own time, which starts at its source timecode (a camera's or
    // recorder's time of day: available_range's start); in-points are seconds into the file.
    const available = isObject(reference) ? rangeSeconds(reference.available_range) : null;
    const clip: InterchangeClip = {
      id,
      name,
      mediaPath: referenceSchema === 'ExternalReference.1' && url != null ? mediaPathFromUrl(url) : null,
      startSeconds,
      endSeconds: positionSeconds,
      inPointSeconds: mediaOffsetSeconds(range.startSeconds, available?.startSeconds ?? 0),
      speed,
      enabled: item.enabled !== false,
      volume,
    };
    clips.push(clip);
    nodes.set(id, { clip, json: item });
  });
  return clips;
}

/**
 * Seconds into the media file of a time in the media's own time, which starts at `mediaStartSeconds`.
 * A time before that start cannot be in the media: such a writer counted from the file's start.
 */
function mediaOffsetSeconds(mediaTimeSeconds: number, mediaStartSeconds: number): number {
  return mediaTimeSeconds >= mediaStartSeconds ? mediaTimeSeconds - mediaStartSeconds : mediaTimeSeconds;
}

/** Far beyond any editor's timeline (a few dozen levels), far below what JSON.stringify's recursion survives. */
const MAX_JSON_DEPTH = 1000;

/** Whether a parsed JSON value nests deeper than `limit`, walked without recursion. */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[value, 1]];
  while (pending.length > 0) {
    const [next, depth] = pending.pop()!;
    if (next == null || typeof next !== 'object') continue;
    if (depth > limit) return true;
    for (const child of Object.values(next)) pending.push([child, depth + 1]);
  }
  return false;
}

function activeReference(clip: JsonObject): unknown {
  if (isObject(clip.media_references)) {
    const key = typeof clip.active_media_reference_key === 'string' ? clip.active_media_reference_key : 'DEFAULT_MEDIA';
    return clip.media_references[key] ?? null;
  }
  return clip.media_reference ?? null;
}

/** OTIO time effects do not change a clip's duration on the track: they scale how fast its media plays. */
function readSpeed(clip: JsonObject, where: string, problems: string[]): number {
  const effects = Array.isArray(clip.effects) ? clip.effects : [];
  let speed = 1;
  let timeEffects = 0;
  for (const effect of effects) {
    const schema = schemaOf(effect);
    if (schema === 'LinearTimeWarp.1' && isObject(effect)) {
      timeEffects++;
      speed = typeof effect.time_scalar === 'number' ? effect.time_scalar : 1;
    } else if (schema === 'FreezeFrame.1') {
      timeEffects++;
      speed = 0;
    } else if (schema == null || !INERT_EFFECT_SCHEMAS.includes(schema)) {
      problems.push(`${where} has a ${String(schema)} effect (not understood)`);
    }
  }
  if (timeEffects > 1) problems.push(`${where} has ${timeEffects} time effects (only one fixed speed is understood)`);
  return speed;
}

function readVolume(clip: JsonObject, startSeconds: number, fps: number, where: string, problems: string[]): ClipVolume {
  const effects = (Array.isArray(clip.effects) ? clip.effects : []).filter(isObject).filter(isResolveVolumeEffect);
  if (effects.length === 0) return { staticLevelDb: 0, keys: [] };
  if (effects.length > 1) problems.push(`${where} has ${effects.length} clip volume effects (one is understood)`);
  const effect = effects[0]!;
  const parameter = volumeParameter(effect);
  if (parameter == null) return { staticLevelDb: 0, keys: [] };
  const staticLevelDb = typeof parameter['Parameter Value'] === 'number' ? parameter['Parameter Value'] : 0;
  const rawKeys = parameter['Key Frames'] ?? {};
  if (!isObject(rawKeys)) {
    problems.push(`${where}: its volume "Key Frames" is not a map of frames`);
    return { staticLevelDb, keys: [] };
  }
  const marks = clipRelayMarks(effect);
  const keys: VolumeKey[] = [];
  for (const [frameText, entry] of Object.entries(rawKeys)) {
    const frame = Number(frameText);
    const value = isObject(entry) ? entry.Value : undefined;
    if (!Number.isFinite(frame) || typeof value !== 'number') {
      problems.push(`${where}: volume keyframe "${frameText}" has no numeric frame and Value`);
      continue;
    }
    const mark = marks[frameText];
    keys.push({
      timeSeconds: startSeconds + frame / fps,
      levelDb: value,
      timeToken: frameText,
      valueToken: String(value),
      mark:
        mark === undefined
          ? null
          : mark === null
            ? { kind: 'added' }
            : { kind: 'ducked', editorLevelDb: mark, editorValueToken: String(mark) },
    });
  }
  return { staticLevelDb, keys: keys.sort((a, b) => a.timeSeconds - b.timeSeconds) };
}

/** ClipRelay's note of its keys: frame → null (added) or the editor's own dB (a key it lowered). */
function clipRelayMarks(effect: JsonObject): Record<string, number | null> {
  const note = isObject(effect.metadata) ? effect.metadata[CLIPRELAY_METADATA_KEY] : undefined;
  const keyFrames = isObject(note) ? note['Key Frames'] : undefined;
  if (!isObject(keyFrames)) return {};
  const marks: Record<string, number | null> = {};
  for (const [frame, editor] of Object.entries(keyFrames)) if (editor === null || typeof editor === 'number') marks[frame] = editor;
  return marks;
}

/** The timeline's rate: its global start time's, else the first clip's, else 24. */
function timelineRate(root: JsonObject, tracks: readonly unknown[]): FrameRate {
  const fromStart = rationalRate(root.global_start_time);
  if (fromStart != null) return rateFromDecimal(fromStart);
  for (const track of tracks) {
    const children = isObject(track) && Array.isArray(track.children) ? track.children : [];
    for (const item of children) {
      const rate = isObject(item) && isObject(item.source_range) ? rationalRate(item.source_range.duration) : null;
      if (rate != null) return rateFromDecimal(rate);
    }
  }
  return rateFromDecimal(24);
}
