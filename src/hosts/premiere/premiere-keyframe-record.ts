import { TICKS_PER_SECOND } from './premiere-time';

/**
 * Which Volume keyframes ClipRelay wrote, so a re-apply replaces only its own and the editor's
 * keyframes survive — even inside the re-ducked range.
 *
 * Where it lives, and why: in the project metadata of the clip's project item (a private-namespace
 * property registered as the "ClipRelay Keyframes" column), written by a set-metadata action in the
 * SAME transaction as the keyframes. So one Undo removes the keyframes and their record together, and
 * the record travels with the project file. Plugin settings keyed by clip would do neither: they
 * survive an Undo (leaving a record of keyframes that are gone) and Premiere's UXP API gives track
 * items no stable id to key them by.
 *
 * A project item can be used by several clips, so an entry names a keyframe by what identifies it
 * on any of them: its media-time position and its Level value. An editor keyframe at the same
 * position (within one 48 kHz sample) AND the same Level (to 1 part in 10⁵: far finer than 0.001 dB,
 * yet coarser than float32 rounding) as one ClipRelay wrote is not a practical possibility.
 */
export interface RecordedKeyframe {
  /** Media-time position in ticks. */
  readonly ticks: number;
  /** The Level ClipRelay wrote. */
  readonly level: number;
  /** The clip's own Level the gain was relative to; the baseline when only ClipRelay keys remain. */
  readonly baseLevel: number;
}

export const KEYFRAME_RECORD_COLUMN = { property: 'ClipRelayKeyframes', label: 'ClipRelay Keyframes' } as const;

/** The record keeps the newest entries; older ones belong to keyframes long since replaced. */
export const MAX_RECORDED_KEYFRAMES = 4096;

const POSITION_TOLERANCE_TICKS = TICKS_PER_SECOND / 48_000;
const LEVEL_RELATIVE_TOLERANCE = 1e-5;

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** The entries in a record's text; what cannot be read is left out (see readKeyframeRecordText for why). */
export function parseKeyframeRecord(text: string | null): RecordedKeyframe[] {
  return readKeyframeRecordText(text).entries;
}

/**
 * The readable entries of a record's text and, when the text was there but could not be read in
 * full, what was wrong. An entry that cannot be read leaves its keyframe counted as the editor's (the
 * safe side: it is kept), but a re-duck then adds to it instead of replacing it, so the problem is
 * reported rather than passed off as "no record".
 */
export function readKeyframeRecordText(text: string | null): { entries: RecordedKeyframe[]; problem: string | null } {
  if (text == null || text.trim() === '') return { entries: [], problem: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { entries: [], problem: 'the record is not valid JSON' };
  }
  const entries = (parsed as { k?: unknown } | null)?.k;
  if (!Array.isArray(entries)) return { entries: [], problem: 'the record has no keyframe list' };
  const readable = entries.flatMap((entry): RecordedKeyframe[] => {
    if (!Array.isArray(entry)) return [];
    const [ticks, level, baseLevel] = entry as unknown[];
    return isFiniteNumber(ticks) && isFiniteNumber(level) && isFiniteNumber(baseLevel) ? [{ ticks, level, baseLevel }] : [];
  });
  const unreadable = entries.length - readable.length;
  return { entries: readable, problem: unreadable === 0 ? null : `${unreadable} of its ${entries.length} entries cannot be read` };
}

/** Compact JSON: `{"v":1,"k":[[ticks,level,baseLevel],…]}`, newest entries kept. */
export function serializeKeyframeRecord(record: readonly RecordedKeyframe[]): string {
  const kept = record.slice(-MAX_RECORDED_KEYFRAMES);
  return JSON.stringify({ v: 1, k: kept.map((entry) => [entry.ticks, entry.level, entry.baseLevel]) });
}

/** The entry for a keyframe at `ticks` with `level`, if ClipRelay wrote it. */
export function findRecordedKeyframe(record: readonly RecordedKeyframe[], ticks: number, level: number): RecordedKeyframe | undefined {
  return record.find(
    (entry) =>
      Math.abs(entry.ticks - ticks) <= POSITION_TOLERANCE_TICKS &&
      Math.abs(entry.level - level) <= LEVEL_RELATIVE_TOLERANCE * Math.max(Math.abs(entry.level), 1e-6),
  );
}

/**
 * `record` without `removed`, plus `added` where not already recorded. Entries are only dropped when
 * their keyframe was removed: another clip of the same item may hold a keyframe at the same position
 * with another Level. Stale entries are harmless (nothing else matches them) and age out at the cap.
 */
export function updateKeyframeRecord(
  record: readonly RecordedKeyframe[],
  removed: readonly RecordedKeyframe[],
  added: readonly RecordedKeyframe[],
): RecordedKeyframe[] {
  const gone = new Set(removed);
  const result = record.filter((entry) => !gone.has(entry));
  for (const entry of added) {
    if (findRecordedKeyframe(result, entry.ticks, entry.level) == null) result.push(entry);
  }
  return result;
}
