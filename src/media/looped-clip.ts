import { childBoxes, type Mp4Box, printable, readUint64, viewOf } from './mp4-box';
import { Mp4FormatError } from './mp4-format-error';

/** Boxes whose payload is only other boxes: rebuilt child by child so their sizes follow. */
const CONTAINERS: ReadonlySet<string> = new Set(['moov', 'trak', 'mdia', 'minf', 'stbl', 'edts']);

/** A movie and its tracks may be at most this many seconds long after looping — a guard against a typo like 1e6. */
const MAX_LOOPED_SECONDS = 3600;

/**
 * The same MP4 played N = ceil(minimumDurationSeconds / its duration) times in a row, without
 * re-encoding: only the `moov` sample tables are repeated (every loop points at the same chunks in
 * `mdat`), and the movie, track and media durations and edit lists are multiplied by N. When `moov`
 * comes before `mdat` (faststart), it grows, and every chunk offset behind it moves by the growth.
 * Returns the input itself when one play is long enough. Emulators serve this so a clip is as long
 * as the duration the request asked for (and the provider reports).
 */
export function loopedClip(input: Uint8Array, minimumDurationSeconds: number): Uint8Array {
  // A plain Uint8Array view of the input: on a Node Buffer, `slice()` is a view too, and rewriting a header
  // "copy" would change the caller's clip in place (the emulators' shared demo clip doubled its headers).
  const mp4Bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  const topLevel = childBoxes(mp4Bytes, 0, mp4Bytes.length);
  const moov = topLevel.find((box) => box.type === 'moov');
  if (moov == null || moov.end > mp4Bytes.length) throw new Mp4FormatError('Cannot loop this clip: it has no complete moov box.');
  if (topLevel.some((box) => box.type === 'moof') || hasChild(mp4Bytes, moov, 'mvex')) {
    throw new Mp4FormatError('Cannot loop a fragmented MP4 (moof boxes); only a plain MP4 with one moov box.');
  }
  const durationSeconds = movieDurationSeconds(mp4Bytes, moov);
  if (!(durationSeconds > 0)) throw new Mp4FormatError('Cannot loop this clip: its movie header gives no duration.');
  if (!(minimumDurationSeconds <= MAX_LOOPED_SECONDS)) {
    throw new Mp4FormatError(`A looped clip can last at most ${MAX_LOOPED_SECONDS} s; ${minimumDurationSeconds} s was asked for.`);
  }
  // The epsilon keeps 10 s over a 5 s clip at two plays, not three, despite float rounding.
  const loops = Math.max(1, Math.ceil(minimumDurationSeconds / durationSeconds - 1e-9));
  if (loops === 1) return input;

  // Chunk-table sizes do not depend on the offsets in them, so one dry run gives the growth.
  const grownBy =
    rebuildBox(mp4Bytes, moov, { loops, moovEnd: moov.end, offsetShift: 0, chunkCount: 0, sampleCount: 0 }).length -
    (moov.end - moov.start);
  const newMoov = rebuildBox(mp4Bytes, moov, { loops, moovEnd: moov.end, offsetShift: grownBy, chunkCount: 0, sampleCount: 0 });
  const looped = new Uint8Array(mp4Bytes.length + grownBy);
  looped.set(mp4Bytes.subarray(0, moov.start), 0);
  looped.set(newMoov, moov.start);
  looped.set(mp4Bytes.subarray(moov.end), moov.start + newMoov.length);
  return looped;
}

interface LoopPlan {
  readonly loops: number;
  /** Offsets at or past the old end of `moov` point behind it, so they move by `offsetShift`. */
  readonly moovEnd: number;
  readonly offsetShift: number;
  /** One play's chunk and sample counts of the track being rebuilt (set on entering its stbl). */
  readonly chunkCount: number;
  readonly sampleCount: number;
}

function rebuildBox(bytes: Uint8Array, box: Mp4Box, plan: LoopPlan): Uint8Array {
  if (CONTAINERS.has(box.type)) {
    const inner = box.type === 'stbl' ? { ...plan, ...trackCounts(bytes, box) } : plan;
    const children = childBoxes(bytes, box.payloadStart, box.end).map((child) => rebuildBox(bytes, child, inner));
    return withHeader(box.type, concat(children));
  }
  const payload = bytes.subarray(box.payloadStart, box.end);
  const loopPayload = LEAF_REWRITERS[box.type];
  return loopPayload == null ? bytes.slice(box.start, box.end) : withHeader(box.type, loopPayload(payload, plan, box));
}

type PayloadRewriter = (payload: Uint8Array, plan: LoopPlan, box: Mp4Box) => Uint8Array;

const LEAF_REWRITERS: Readonly<Record<string, PayloadRewriter>> = {
  mvhd: (payload, plan) => scaleHeaderDuration(payload, plan.loops, { v0: 16, v1: 24 }),
  // tkhd: times(4/8 each), track_ID(4), reserved(4), then duration.
  tkhd: (payload, plan) => scaleHeaderDuration(payload, plan.loops, { v0: 20, v1: 28 }),
  mdhd: (payload, plan) => scaleHeaderDuration(payload, plan.loops, { v0: 16, v1: 24 }),
  elst: scaleEditList,
  stts: (payload, plan) => repeatEntries(payload, 8, 8, plan.loops),
  ctts: (payload, plan) => repeatEntries(payload, 8, 8, plan.loops),
  stsc: loopSampleToChunk,
  stsz: loopSampleSizes,
  stco: (payload, plan) => loopChunkOffsets(payload, plan, 4),
  co64: (payload, plan) => loopChunkOffsets(payload, plan, 8),
  stss: loopSyncSamples,
  // sbgp: version/flags(4) grouping_type(4) [grouping_type_parameter(4) in v1] entry_count(4).
  sbgp: (payload, plan) => repeatEntries(payload, version(payload) === 1 ? 16 : 12, 8, plan.loops),
  // sdtp: one flags byte per sample after version/flags.
  sdtp: (payload, plan) => concat([payload.subarray(0, 4), ...Array.from({ length: plan.loops }, () => payload.subarray(4))]),
  stz2: (_payload, _plan, box) => {
    throw new Mp4FormatError(`Cannot loop a clip whose sample sizes are in a compact "${printable(box.type)}" box.`);
  },
};

/** mvhd/tkhd/mdhd: the duration field after version/flags sits at `offsets.v0` or `.v1` (64-bit). */
function scaleHeaderDuration(payload: Uint8Array, loops: number, offsets: { v0: number; v1: number }): Uint8Array {
  const out = payload.slice();
  const view = viewOf(out);
  if (version(out) === 1) writeUint64(view, offsets.v1, readUint64(view, offsets.v1) * loops);
  else writeUint32(view, offsets.v0, view.getUint32(offsets.v0) * loops, 'a duration');
  return out;
}

/** Edits that show media get N times as long; empty edits (media_time −1, a delay) stay as they are. */
function scaleEditList(payload: Uint8Array, plan: LoopPlan): Uint8Array {
  const out = payload.slice();
  const view = viewOf(out);
  const wide = version(out) === 1;
  const entrySize = wide ? 20 : 12;
  const count = view.getUint32(4);
  for (let index = 0; index < count; index++) {
    const offset = 8 + index * entrySize;
    if (offset + entrySize > out.length) throw new Mp4FormatError('The elst box is shorter than its entry count says.');
    const mediaTime = wide ? view.getInt32(offset + 8) : view.getInt32(offset + 4);
    if (mediaTime === -1) continue;
    if (wide) writeUint64(view, offset, readUint64(view, offset) * plan.loops);
    else writeUint32(view, offset, view.getUint32(offset) * plan.loops, 'an edit duration');
  }
  return out;
}

/** A table of `count` fixed-size entries after a `headerSize`-byte head whose last 4 bytes are the count. */
function repeatEntries(payload: Uint8Array, headerSize: number, entrySize: number, loops: number, adjust?: EntryAdjuster): Uint8Array {
  const view = viewOf(payload);
  const count = view.getUint32(headerSize - 4);
  const entriesEnd = headerSize + count * entrySize;
  if (entriesEnd > payload.length) throw new Mp4FormatError('A sample table box is shorter than its entry count says.');
  const entries = payload.subarray(headerSize, entriesEnd);
  const out = new Uint8Array(headerSize + entries.length * loops + (payload.length - entriesEnd));
  const outView = viewOf(out);
  out.set(payload.subarray(0, headerSize), 0);
  writeUint32(outView, headerSize - 4, count * loops, 'an entry count');
  for (let loop = 0; loop < loops; loop++) {
    const base = headerSize + loop * entries.length;
    out.set(entries, base);
    if (adjust != null) for (let index = 0; index < count; index++) adjust(outView, base + index * entrySize, loop);
  }
  out.set(payload.subarray(entriesEnd), headerSize + entries.length * loops);
  return out;
}

/** Rewrites one copied entry at `offset` for loop number `loop` (0 = the original play). */
type EntryAdjuster = (view: DataView, offset: number, loop: number) => void;

/** stsc: each loop's runs start `chunkCount` chunks later (first_chunk is 1-based). */
function loopSampleToChunk(payload: Uint8Array, plan: LoopPlan): Uint8Array {
  return repeatEntries(payload, 8, 12, plan.loops, (view, offset, loop) => {
    // The chunk count comes from stco/co64; stsc alone cannot say how many chunks the last run has.
    writeUint32(view, offset, view.getUint32(offset) + loop * plan.chunkCount, 'a chunk number');
  });
}

/** stsz: sample_size(4) sample_count(4), then one size per sample when sample_size is 0. */
function loopSampleSizes(payload: Uint8Array, plan: LoopPlan): Uint8Array {
  const view = viewOf(payload);
  if (view.getUint32(4) !== 0) {
    const out = payload.slice();
    writeUint32(viewOf(out), 8, view.getUint32(8) * plan.loops, 'a sample count');
    return out;
  }
  return repeatEntries(payload, 12, 4, plan.loops);
}

function loopChunkOffsets(payload: Uint8Array, plan: LoopPlan, width: 4 | 8): Uint8Array {
  return repeatEntries(payload, 8, width, plan.loops, (view, offset) => {
    const chunkOffset = width === 8 ? readUint64(view, offset) : view.getUint32(offset);
    if (chunkOffset < plan.moovEnd) return;
    if (width === 8) writeUint64(view, offset, chunkOffset + plan.offsetShift);
    else writeUint32(view, offset, chunkOffset + plan.offsetShift, 'a chunk offset');
  });
}

/** stss: sync sample numbers (1-based) move by one play's sample count per loop. */
function loopSyncSamples(payload: Uint8Array, plan: LoopPlan): Uint8Array {
  return repeatEntries(payload, 8, 4, plan.loops, (view, offset, loop) => {
    writeUint32(view, offset, view.getUint32(offset) + loop * plan.sampleCount, 'a sync sample number');
  });
}

/** One play's sample and chunk counts of the track whose `stbl` this is (from stsz/stz2 and stco/co64). */
function trackCounts(bytes: Uint8Array, stbl: Mp4Box): Pick<LoopPlan, 'chunkCount' | 'sampleCount'> {
  const tables = childBoxes(bytes, stbl.payloadStart, stbl.end);
  const countAt = (types: readonly string[], offset: number): number => {
    const box = tables.find((table) => types.includes(table.type));
    return box == null || box.payloadStart + offset + 4 > box.end ? 0 : viewOf(bytes).getUint32(box.payloadStart + offset);
  };
  return { sampleCount: countAt(['stsz', 'stz2'], 8), chunkCount: countAt(['stco', 'co64'], 4) };
}

function hasChild(bytes: Uint8Array, parent: Mp4Box, type: string): boolean {
  return childBoxes(bytes, parent.payloadStart, parent.end).some((box) => box.type === type);
}

function movieDurationSeconds(bytes: Uint8Array, moov: Mp4Box): number {
  const mvhd = childBoxes(bytes, moov.payloadStart, moov.end).find((box) => box.type === 'mvhd');
  if (mvhd == null) return 0;
  const view = viewOf(bytes.subarray(mvhd.payloadStart, mvhd.end));
  const wide = view.getUint8(0) === 1;
  const timescale = view.getUint32(wide ? 20 : 12);
  const duration = wide ? readUint64(view, 24) : view.getUint32(16);
  return timescale > 0 ? duration / timescale : 0;
}

function version(payload: Uint8Array): number {
  return payload[0] ?? 0;
}

function withHeader(type: string, payload: Uint8Array): Uint8Array {
  const box = new Uint8Array(8 + payload.length);
  const view = viewOf(box);
  writeUint32(view, 0, box.length, 'a box size');
  for (let index = 0; index < 4; index++) box[4 + index] = type.charCodeAt(index);
  box.set(payload, 8);
  return box;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function writeUint32(view: DataView, offset: number, value: number, what: string): void {
  if (value > 0xffff_ffff) throw new Mp4FormatError(`Looping the clip makes ${what} too large for its 32-bit field.`);
  view.setUint32(offset, value);
}

function writeUint64(view: DataView, offset: number, value: number): void {
  view.setUint32(offset, Math.floor(value / 0x1_0000_0000));
  view.setUint32(offset + 4, value % 0x1_0000_0000);
}
