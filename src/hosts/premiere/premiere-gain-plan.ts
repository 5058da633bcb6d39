import { replacedDuckRange } from '../../domain/ducking/replaced-duck-range';
import type { ComponentParam, FrameRate, Keyframe, TickTime, TickTimeStatic } from '@adobe/premierepro';
import type { ClipGainEnvelope } from '../spec';
import type { ClipAutomation, ReadKeyframe } from './premiere-clip-automation';
import { ownLevelAt } from './premiere-clip-automation';
import type { RecordedKeyframe } from './premiere-keyframe-record';
import { dbToPremiereLevel, premiereLevelToDb } from './premiere-level';
import { keyframePositionAt } from './premiere-time';

/*
 * Why the clip's Volume › Level, not an added Amplify effect. Premiere's own Auto Ducking adds an
 * Amplify effect and keyframes its gain, leaving Volume to the editor (Adobe Help, "Automatically duck
 * audio"). UXP cannot do that reliably today (research §2.1–2.2):
 *  - `AudioFilterFactory.createComponentByDisplayName` finds effects only by their *localized* display
 *    name ("Amplify", "Verstärken", …); audio has no match-name factory as video does.
 *  - The component it returns has no params until an insert action is committed, so the effect and its
 *    keyframes cannot share one transaction: a first duck would be two undo steps, against the
 *    one-undo-step rule (§1.3).
 *  - Amplify's param layout and unit are undocumented.
 * ClipRelay therefore keyframes Volume › Level, relative to the clip's own level, and keeps a record of
 * its own keyframes so the editor's stay (premiere-keyframe-record.ts). The diagnostics add an Amplify
 * to a scratch clip and report its match name and params, so the switch can be revisited on facts.
 */

/** One keyframe to write: media-time position and Premiere Level. */
interface PlannedKeyframe {
  readonly position: TickTime;
  readonly level: number;
}

/**
 * Everything needed to write one clip's envelope, computed from reads done before the transaction
 * (nothing may be awaited once the lock is held, research §1.3). Shaped by what real Premiere does
 * with keyframe actions (research Evidence 2026-12-06):
 *  - a key added where one already is is silently ignored, and a remove and an add at one tick in one
 *    compound action cancel each other: so a tick that keeps a key gets its value SET (`updates`);
 *  - turning Level time-varying adds a key at media 0 by itself: it is set when ClipRelay plans a key
 *    there, and otherwise removed (on a head-trimmed clip it would lie before the first frame).
 */
export interface GainEnvelopePlan {
  readonly clipId: string;
  readonly levelParam: ComponentParam;
  /** Level is not animated yet: switch time-varying on first, or added keyframes are silently dropped (§2.2). */
  readonly turnOnTimeVarying: boolean;
  /** The key Premiere adds at media 0 when time-varying goes on, to remove (null: none, or it is set instead). */
  readonly removeAutoKeyAt: TickTime | null;
  /** ClipRelay's earlier keyframes in the range whose tick gets no new key: removed. */
  readonly removals: readonly ReadKeyframe[];
  /** New keys at ticks that already hold one of ClipRelay's (or the auto key): their value is set. */
  readonly updates: readonly PlannedKeyframe[];
  /** New keys at free ticks. */
  readonly additions: readonly PlannedKeyframe[];
  /** Every key the clip must hold afterwards, for the read-back. */
  readonly expected: readonly PlannedKeyframe[];
  /** Record entries for the keyframes written. */
  readonly recorded: readonly RecordedKeyframe[];
  /** Record entries of ClipRelay's keys this write replaces (removed or set). */
  readonly replaced: readonly RecordedKeyframe[];
  /** Planned points that fell on one of the editor's own keys: left to the editor, not written. */
  readonly skippedOnEditorKeys: number;
}

/**
 * Plans `envelope` on a clip: each point's frame-aligned media-time position
 * (`inPoint + (sequence − start) × speed`, §2.4), and its Level `own level there + gainDb` where the
 * own level leaves ClipRelay's earlier keyframes out — re-applying a duck never ducks twice. Only the
 * keyframes ClipRelay recorded in the range (widened to whole earlier ducks) are replaced; the editor's stay. Null for an empty envelope.
 */
export function planGainEnvelope(
  tickTime: TickTimeStatic,
  frameRate: FrameRate,
  automation: ClipAutomation,
  envelope: ClipGainEnvelope,
): GainEnvelopePlan | null {
  const placed = envelope.points.map((point) => ({
    gainDb: point.gainDb,
    position: keyframePositionAt(tickTime, automation.clip, point.timeSeconds, frameRate),
  }));
  const first = placed[0];
  const last = placed.at(-1);
  if (first == null || last == null) return null;
  // Earlier ducks the envelope overlaps are replaced whole, not only the keys between its first and last point.
  const ownKeys = automation.keys.flatMap((key) =>
    key.recorded == null
      ? []
      : [{ position: key.ticks, relativeGainDb: premiereLevelToDb(key.recorded.level) - premiereLevelToDb(key.recorded.baseLevel) }],
  );
  const { from, to } = replacedDuckRange(ownKeys, first.position.ticksNumber, last.position.ticksNumber);
  const keyAt = new Map(automation.keys.map((key) => [key.ticks, key]));
  const turnOnTimeVarying = !automation.timeVarying;
  const autoKeyTicks = turnOnTimeVarying ? 0 : null;

  const updates: PlannedKeyframe[] = [];
  const additions: PlannedKeyframe[] = [];
  const recorded: RecordedKeyframe[] = [];
  const kept = new Set<number>();
  let skippedOnEditorKeys = 0;
  for (const { gainDb, position } of placed) {
    const ticks = position.ticksNumber;
    if (kept.has(ticks)) continue;
    const existing = keyAt.get(ticks);
    if (existing != null && existing.recorded == null) {
      skippedOnEditorKeys += 1;
      continue;
    }
    const baseLevel = ownLevelAt(automation, ticks);
    const level = dbToPremiereLevel(premiereLevelToDb(baseLevel) + gainDb);
    kept.add(ticks);
    (existing != null || ticks === autoKeyTicks ? updates : additions).push({ position, level });
    recorded.push({ ticks, level, baseLevel });
  }
  const removals = automation.keys.filter((key) => key.recorded != null && key.ticks >= from && key.ticks <= to && !kept.has(key.ticks));
  const replaced = automation.keys.flatMap((key) => (key.recorded != null && key.ticks >= from && key.ticks <= to ? [key.recorded] : []));
  const removeAutoKeyAt = autoKeyTicks != null && !kept.has(autoKeyTicks) ? tickTime.createWithTicks('0') : null;
  return {
    clipId: envelope.clipId,
    levelParam: automation.levelParam,
    turnOnTimeVarying,
    removeAutoKeyAt,
    removals,
    updates,
    additions,
    expected: [...updates, ...additions].sort((a, b) => a.position.ticksNumber - b.position.ticksNumber),
    recorded,
    replaced,
    skippedOnEditorKeys,
  };
}

/** A keyframe object for a planned key (not an action: allowed outside the lock). */
export function keyframeOf(levelParam: ComponentParam, planned: PlannedKeyframe): Keyframe {
  const keyframe = levelParam.createKeyframe(planned.level);
  keyframe.position = planned.position;
  return keyframe;
}
