import type { ComponentParam, FrameRate, TickTime, TickTimeStatic } from '@adobe/premierepro';
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
export interface PlannedKeyframe {
  readonly position: TickTime;
  readonly level: number;
}

/**
 * Everything needed to write one clip's envelope, computed from reads done before the transaction
 * (nothing may be awaited once the lock is held, research §1.3).
 */
export interface GainEnvelopePlan {
  readonly clipId: string;
  readonly levelParam: ComponentParam;
  /** Level is not animated yet: switch time-varying on first, or added keyframes are silently dropped (§2.2). */
  readonly turnOnTimeVarying: boolean;
  /** ClipRelay's earlier keyframes between the first and last point: removed one by one. */
  readonly removals: readonly ReadKeyframe[];
  readonly keyframes: readonly PlannedKeyframe[];
  /** Record entries for the keyframes written. */
  readonly recorded: readonly RecordedKeyframe[];
}

/**
 * Plans `envelope` on a clip: each point's frame-aligned media-time position
 * (`inPoint + (sequence − start) × speed`, §2.4), and its Level `own level there + gainDb` where the
 * own level leaves ClipRelay's earlier keyframes out — re-applying a duck never ducks twice. Only the
 * keyframes ClipRelay recorded in the range are removed; the editor's stay. Null for an empty envelope.
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
  const [from, to] = [first.position.ticksNumber, last.position.ticksNumber];
  const keyframes = placed.map(({ gainDb, position }) => {
    const baseLevel = ownLevelAt(automation, position.ticksNumber);
    return { position, level: dbToPremiereLevel(premiereLevelToDb(baseLevel) + gainDb), baseLevel };
  });
  return {
    clipId: envelope.clipId,
    levelParam: automation.levelParam,
    turnOnTimeVarying: !automation.timeVarying,
    removals: automation.keys.filter((key) => key.recorded != null && key.ticks >= from && key.ticks <= to),
    keyframes: keyframes.map(({ position, level }) => ({ position, level })),
    recorded: keyframes.map(({ position, level, baseLevel }) => ({ ticks: position.ticksNumber, level, baseLevel })),
  };
}
