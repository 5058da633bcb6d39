import { childBoxes, findChild, findPath, fourCc, type Mp4Box, printable, readUint64, viewOf } from './mp4-box';
import { readEsdsAudioConfig } from './mp4-audio-specific-config';
import { Mp4FormatError } from './mp4-format-error';

interface Mp4VideoTrack {
  /** Sample entry type: "avc1", "hvc1", "hev1", "av01", "vp09", "mp4v", "apcn" … (not ffprobe's codec name). */
  readonly codec: string;
}

interface Mp4AudioTrack {
  /** Sample entry type: "mp4a", "Opus", "ac-3", "lpcm", "sowt" … */
  readonly codec: string;
  readonly channels: number;
  readonly sampleRate: number;
}

/** What ClipRelay needs to know about a clip before importing and placing it. */
export interface Mp4Info {
  /** Movie duration from `mvhd` (the longest track when the movie header says 0). */
  readonly durationSeconds: number;
  /** Track (display) size from `tkhd`; null without a video track. Rotation is not applied. */
  readonly width: number | null;
  readonly height: number | null;
  /** Frames per second from the most common `stts` sample delta, e.g. 24 or 29.97…; null without video. */
  readonly frameRate: number | null;
  /** The first enabled video track, null when there is none. */
  readonly video: Mp4VideoTrack | null;
  /** The first enabled audio track, null when the clip is silent (no audio track at all). */
  readonly audio: Mp4AudioTrack | null;
}

/** Top-level box types a valid MP4/MOV can begin with. */
export const MP4_LEADING_BOX_TYPES: ReadonlySet<string> = new Set([
  'ftyp',
  'moov',
  'mdat',
  'free',
  'skip',
  'wide',
  'pdin',
  'uuid',
  'styp',
  'sidx',
  'moof',
]);

/**
 * Reads duration, size, frame rate and tracks from an MP4/MOV. `bytes` must hold the file from its
 * first byte through the end of the `moov` box (for a "faststart" file, its head), or be just the
 * `moov` box itself. Throws Mp4FormatError for anything else.
 */
export function inspectMp4(bytes: Uint8Array): Mp4Info {
  try {
    return readMp4Info(bytes);
  } catch (error) {
    // A box whose declared size does not fit its contents makes DataView read past the end.
    if (error instanceof RangeError) throw new Mp4FormatError('The MP4 is malformed: a box ends before its data does.');
    throw error;
  }
}

function readMp4Info(bytes: Uint8Array): Mp4Info {
  const topLevel = childBoxes(bytes, 0, bytes.length);
  const first = topLevel[0];
  if (first == null || !MP4_LEADING_BOX_TYPES.has(first.type)) {
    throw new Mp4FormatError('Not an MP4 or MOV file: it does not start with an ISO media box (ftyp, moov, mdat …).');
  }
  const moov = topLevel.find((box) => box.type === 'moov');
  if (moov == null) {
    throw new Mp4FormatError(
      `No moov box in the first ${bytes.length} bytes; it may come after the media data (not a faststart file) — read the moov box and pass it.`,
    );
  }
  if (moov.end > bytes.length) {
    throw new Mp4FormatError(`The moov box is incomplete: it needs ${moov.end} bytes, only ${bytes.length} are here.`);
  }

  const tracks = childBoxes(bytes, moov.payloadStart, moov.end)
    .filter((box) => box.type === 'trak')
    .map((trak) => readTrack(bytes, trak))
    .filter((track) => track != null);
  const pick = (handler: string) =>
    tracks.find((track) => track.handler === handler && track.enabled) ?? tracks.find((track) => track.handler === handler);
  const video = pick('vide');
  const audio = pick('soun');

  return {
    durationSeconds: movieDurationSeconds(bytes, moov, tracks),
    width: video == null ? null : video.width,
    height: video == null ? null : video.height,
    frameRate: video == null ? null : video.frameRate,
    video: video == null ? null : { codec: video.codec },
    audio: audio == null ? null : { codec: audio.codec, channels: audio.channels, sampleRate: audio.sampleRate },
  };
}

interface TrackInfo {
  readonly handler: string;
  readonly enabled: boolean;
  readonly durationSeconds: number;
  readonly codec: string;
  readonly width: number;
  readonly height: number;
  readonly frameRate: number | null;
  readonly channels: number;
  readonly sampleRate: number;
}

function readTrack(bytes: Uint8Array, trak: Mp4Box): TrackInfo | undefined {
  const tkhd = findChild(bytes, trak, 'tkhd');
  const mdhd = findPath(bytes, trak, ['mdia', 'mdhd']);
  const hdlr = findPath(bytes, trak, ['mdia', 'hdlr']);
  const stbl = findPath(bytes, trak, ['mdia', 'minf', 'stbl']);
  if (tkhd == null || mdhd == null || hdlr == null || stbl == null) return undefined;
  const view = viewOf(bytes);

  const header = fullBox(bytes, tkhd);
  const enabled = (header.flags & 1) === 1;
  // tkhd: after the times/ids/duration come reserved(8) layer(2) group(2) volume(2) reserved(2) matrix(36).
  const sizeOffset = header.body + (header.version === 1 ? 32 : 20) + 52;
  const tkhdWidth = Math.round(view.getUint32(sizeOffset) / 65536);
  const tkhdHeight = Math.round(view.getUint32(sizeOffset + 4) / 65536);

  const media = fullBox(bytes, mdhd);
  const timescale = view.getUint32(media.body + (media.version === 1 ? 16 : 8));
  const mediaDuration = media.version === 1 ? readUint64(view, media.body + 20) : view.getUint32(media.body + 12);
  const handler = fourCc(bytes, fullBox(bytes, hdlr).body + 4);

  const entry = firstSampleEntry(bytes, stbl);
  const codec = entry == null ? 'none' : entry.type;
  const base = { handler, enabled, codec, durationSeconds: timescale > 0 ? mediaDuration / timescale : 0 };

  if (handler === 'vide') {
    // Visual sample entry: reserved(6) data_reference_index(2) pre_defined/reserved(16) width(2) height(2).
    const entryWidth = entry == null ? 0 : view.getUint16(entry.payloadStart + 24);
    const entryHeight = entry == null ? 0 : view.getUint16(entry.payloadStart + 26);
    return {
      ...base,
      width: tkhdWidth > 0 ? tkhdWidth : entryWidth,
      height: tkhdHeight > 0 ? tkhdHeight : entryHeight,
      frameRate: frameRateFromStts(bytes, stbl, timescale),
      channels: 0,
      sampleRate: 0,
    };
  }
  if (handler === 'soun') {
    const audio = entry == null ? { channels: 0, sampleRate: timescale } : readAudioEntry(bytes, entry, timescale);
    return { ...base, width: 0, height: 0, frameRate: null, ...audio };
  }
  return { ...base, width: 0, height: 0, frameRate: null, channels: 0, sampleRate: 0 };
}

function firstSampleEntry(bytes: Uint8Array, stbl: Mp4Box): Mp4Box | undefined {
  const stsd = findChild(bytes, stbl, 'stsd');
  if (stsd == null) return undefined;
  // stsd: full box header(4) entry_count(4), then the entries as boxes.
  const entries = childBoxes(bytes, stsd.payloadStart + 8, stsd.end);
  return entries[0];
}

/**
 * Audio sample entry (ISO 14496-12 / QuickTime sound description v0–v2). For AAC the `esds`
 * config wins: muxers write a fixed channel count of 2 in the entry itself.
 */
function readAudioEntry(bytes: Uint8Array, entry: Mp4Box, mediaTimescale: number): { channels: number; sampleRate: number } {
  const view = viewOf(bytes);
  const body = entry.payloadStart;
  const soundVersion = view.getUint16(body + 8);
  let channels = view.getUint16(body + 16);
  let sampleRate = view.getUint32(body + 24) / 65536;
  let childrenStart = body + 28;
  if (soundVersion === 1) {
    childrenStart += 16;
  } else if (soundVersion === 2) {
    sampleRate = view.getFloat64(body + 32);
    channels = view.getUint32(body + 40);
    childrenStart += 36;
  }

  const children = childBoxes(bytes, childrenStart, entry.end);
  // QuickTime files put esds inside a "wave" box.
  const wave = children.find((box) => box.type === 'wave');
  const esds =
    children.find((box) => box.type === 'esds') ??
    (wave == null ? undefined : childBoxes(bytes, wave.payloadStart, wave.end).find((box) => box.type === 'esds'));
  const config = esds == null ? undefined : readEsdsAudioConfig(bytes, esds);

  return {
    channels: config?.channels ?? channels,
    sampleRate: config?.sampleRate ?? (sampleRate > 0 ? sampleRate : mediaTimescale),
  };
}

/** The frame rate of the most common sample delta: the nominal rate ffprobe calls r_frame_rate. */
function frameRateFromStts(bytes: Uint8Array, stbl: Mp4Box, timescale: number): number | null {
  const stts = findChild(bytes, stbl, 'stts');
  if (stts == null || timescale === 0) return null;
  const view = viewOf(bytes);
  const body = fullBox(bytes, stts).body;
  const entryCount = view.getUint32(body);
  let bestDelta = 0;
  let bestCount = 0;
  for (let index = 0; index < entryCount; index++) {
    const offset = body + 4 + index * 8;
    if (offset + 8 > stts.end) break;
    const sampleCount = view.getUint32(offset);
    const delta = view.getUint32(offset + 4);
    if (delta > 0 && sampleCount > bestCount) {
      bestCount = sampleCount;
      bestDelta = delta;
    }
  }
  return bestDelta === 0 ? null : timescale / bestDelta;
}

function movieDurationSeconds(bytes: Uint8Array, moov: Mp4Box, tracks: readonly TrackInfo[]): number {
  const longestTrack = Math.max(0, ...tracks.map((track) => track.durationSeconds));
  const mvhd = findChild(bytes, moov, 'mvhd');
  if (mvhd == null) return longestTrack;
  const view = viewOf(bytes);
  const header = fullBox(bytes, mvhd);
  const timescale = view.getUint32(header.body + (header.version === 1 ? 16 : 8));
  const duration = header.version === 1 ? readUint64(view, header.body + 20) : view.getUint32(header.body + 12);
  if (timescale === 0 || duration === 0) return longestTrack;
  return duration / timescale;
}

/** Version, flags and where the body starts, for a "full box"; checks the box holds at least that. */
function fullBox(bytes: Uint8Array, box: Mp4Box): { version: number; flags: number; body: number } {
  if (box.payloadStart + 4 > Math.min(box.end, bytes.length)) {
    throw new Mp4FormatError(`The ${printable(box.type)} box is too short.`);
  }
  const word = viewOf(bytes).getUint32(box.payloadStart);
  return { version: word >>> 24, flags: word & 0xffffff, body: box.payloadStart + 4 };
}
