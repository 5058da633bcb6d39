import { describeError } from '../../shared/app-error';
import { diagnosticsText as say, type DiagnosticsText } from '../../shared/diagnostics/diagnostics-text';
import { editorLevelAt } from './editor-level-at';
import type { DiagnosticStatus } from './premiere-diagnostics-report';
import { dbToPremiereLevel, premiereLevelToDb } from './premiere-level';
import { ScratchProbeError, type ScratchContext } from './premiere-probe-scratch-context';
import { TICKS_PER_SECOND } from './premiere-time';

/**
 * Write probes of how Premiere keeps Volume › Level keyframes, each on its own fresh clip in the
 * scratch sequence. What real Premiere did is in research/premiere-uxp.md "Evidence, 2026-12-06"
 * (graded OBS: seen by third parties on 26.3.x); each probe compares this install with that, and a
 * difference is a `warn` asking for the JSON report, because the fake models the observation.
 */

const LOUD = dbToPremiereLevel(0);
const QUIET = dbToPremiereLevel(-20);
const OTHER = dbToPremiereLevel(-9);
const same = (a: number | null, b: number) => a != null && Math.abs(a - b) < 1e-6;
const secondsOf = (ticks: number) => `${(ticks / TICKS_PER_SECOND).toFixed(3)} s`;
/** A Level Premiere answered, or "not a number" (said in the report's language). */
const levelOr = (level: number | null) => level ?? 'nan';

/** Media ticks inside the fresh clip at a fraction of its length, frame-aligned and never 0. */
function mediaTickAt(context: ScratchContext, fraction: number): number {
  return Math.max(context.ticksPerFrame, context.frameAligned(context.durationTicks * fraction));
}

/**
 * A behaviour and what research observed. `found` and `expected` are outcome names (`ignored`, `cancelled`, or
 * `strayKey` / `noStrayKey` for (a)), said by `diagnostics.keyOutcome` in the report's language.
 */
function compareWithObservation(
  context: ScratchContext,
  label: DiagnosticsText,
  found: string,
  expected: string,
  source: ObservationSource,
): void {
  const status: DiagnosticStatus = found === expected ? 'ok' : 'warn';
  context.record.add(
    label,
    found === expected
      ? say('diagnostics.asObserved', { found, source })
      : say('diagnostics.differsFromObserved', { found, expected, source }),
    status,
  );
}

/** Where research saw a behaviour (research/premiere-uxp.md, Evidence 2026-12-06). */
type ObservationSource = 'obs' | 'obsOnePlugin';

/** (a) Does `createSetTimeVaryingAction(true)` alone add a keyframe at media tick 0, holding the static value? */
export async function probeStrayKeyAtMediaZero(context: ScratchContext): Promise<void> {
  const clip = await context.freshClip();
  const staticLevel = await context.levelAt(clip.level, 0);
  context.runTransaction([() => clip.level.createSetTimeVaryingAction(true)]);
  const keys = context.keyTicks(clip.level);
  const stray = keys.includes(0);
  context.record.fact('strayKeyAtMediaZero', stray);
  context.record.add(
    say('diagnostics.keysAfterSetTimeVarying'),
    say('diagnostics.keyTimes', { times: keys.length === 0 ? 'none' : keys.map(secondsOf).join(', ') }),
    'info',
  );
  if (stray) {
    const held = await context.levelAt(clip.level, 0);
    context.record.add(
      say('diagnostics.keyAtMediaZeroHolds'),
      say('diagnostics.keyAtMediaZeroValue', { level: levelOr(held), staticLevel: levelOr(staticLevel) }),
      same(held, staticLevel ?? Number.NaN) ? 'ok' : 'warn',
    );
  }
  compareWithObservation(context, say('diagnostics.strayKeyAtMediaZero'), stray ? 'strayKey' : 'noStrayKey', 'strayKey', 'obs');
}

/** (b) An add at a tick that already holds a key: does Premiere ignore it (and still commit)? */
export async function probeAddAtExistingTick(context: ScratchContext): Promise<void> {
  const clip = await context.freshClip();
  const at = mediaTickAt(context, 0.25);
  await context.writeKeys(clip.level, [{ ticks: at, level: QUIET }]);
  context.runTransaction([() => clip.level.createAddKeyframeAction(context.keyframeAt(clip.level, at, OTHER))]);
  const read = await context.levelAt(clip.level, at);
  const outcome = same(read, QUIET) ? 'ignored' : same(read, OTHER) ? 'replaced' : 'other';
  context.record.fact('addAtExistingTick', outcome);
  context.record.add(
    say('diagnostics.secondAddSameTick'),
    say('diagnostics.secondAddReads', { level: levelOr(read), first: QUIET, second: OTHER }),
    'info',
  );
  compareWithObservation(context, say('diagnostics.addAtKeyedTick'), outcome, 'ignored', 'obs');
}

/** (c) A remove and an add at one tick in ONE compound action: do they cancel each other? */
export async function probeRemoveAddSameTick(context: ScratchContext): Promise<void> {
  const clip = await context.freshClip();
  const at = mediaTickAt(context, 0.25);
  await context.writeKeys(clip.level, [{ ticks: at, level: QUIET }]);
  context.runTransaction([
    () => clip.level.createRemoveKeyframeAction(context.tickTime(at)),
    () => clip.level.createAddKeyframeAction(context.keyframeAt(clip.level, at, OTHER)),
  ]);
  const hasKey = context.keyTicks(clip.level).includes(at);
  const read = hasKey ? await context.levelAt(clip.level, at) : null;
  const outcome = !hasKey ? 'removed' : same(read, QUIET) ? 'cancelled' : same(read, OTHER) ? 'replaced' : 'other';
  context.record.fact('removeAddSameTick', outcome);
  context.record.add(
    say('diagnostics.removeAddOneTransaction'),
    hasKey ? say('diagnostics.keyReadsWasAdded', { level: levelOr(read), was: QUIET, added: OTHER }) : say('diagnostics.keyGone'),
    'info',
  );
  compareWithObservation(context, say('diagnostics.removeAddOneTick'), outcome, 'cancelled', 'obsOnePlugin');
}

/**
 * (d) `createSetValueAction(keyframe)` on a param that has keys. Adobe documents it only for a
 * "non-time varying component" (`componentparam.md`); the fake assumes it sets the key at
 * `keyframe.position`. UNVERIFIED until this probe runs on a real install.
 */
export async function probeSetValueOnKeyedParam(context: ScratchContext): Promise<void> {
  const clip = await context.freshClip();
  const [first, second] = [mediaTickAt(context, 0.25), mediaTickAt(context, 0.5)];
  await context.writeKeys(clip.level, [
    { ticks: first, level: QUIET },
    { ticks: second, level: QUIET },
  ]);
  const keysBefore = context.keyTicks(clip.level);
  context.runTransaction([() => clip.level.createSetValueAction(context.keyframeAt(clip.level, first, OTHER))]);
  const [atFirst, atSecond] = [await context.levelAt(clip.level, first), await context.levelAt(clip.level, second)];
  const keysKept = context.keyTicks(clip.level).join() === keysBefore.join();
  const outcome =
    keysKept && same(atFirst, OTHER) && same(atSecond, QUIET)
      ? 'sets-key-at-position'
      : keysKept && same(atFirst, QUIET) && same(atSecond, QUIET)
        ? 'ignored'
        : 'other';
  context.record.fact('setValueOnKeyedParam', outcome);
  context.record.add(
    say('diagnostics.setValueAtKeyedTick'),
    say('diagnostics.setValueReads', {
      firstTime: secondsOf(first),
      firstLevel: levelOr(atFirst),
      secondTime: secondsOf(second),
      secondLevel: levelOr(atSecond),
      keysNow: keysKept ? 'unchanged' : context.keyTicks(clip.level).map(secondsOf).join(', ') || 'none',
    }),
    'info',
  );
  context.record.add(
    say('diagnostics.setValueTimeVarying'),
    outcome === 'sets-key-at-position' ? say('diagnostics.setValueAsAssumed') : say('diagnostics.setValueNotAsAssumed', { outcome }),
    outcome === 'sets-key-at-position' ? 'ok' : 'warn',
  );
}

/**
 * A remove at a tick that holds no key. `componentparam.md` is silent; the fake treats it as a no-op
 * (fake-rules.ts `remove-missing-key-noop`, UNK). ClipRelay removes only keys it has just listed, but a
 * key Premiere ignored (b) makes a planned removal miss.
 */
export async function probeRemoveMissingKey(context: ScratchContext): Promise<void> {
  const clip = await context.freshClip();
  const [kept, missing] = [mediaTickAt(context, 0.25), mediaTickAt(context, 0.5)];
  await context.writeKeys(clip.level, [{ ticks: kept, level: QUIET }]);
  const keysBefore = context.keyTicks(clip.level).join();
  let refusal: string | null = null;
  try {
    context.runTransaction([() => clip.level.createRemoveKeyframeAction(context.tickTime(missing))]);
  } catch (error) {
    refusal = describeError(error);
  }
  const unchanged = context.keyTicks(clip.level).join() === keysBefore && same(await context.levelAt(clip.level, kept), QUIET);
  const outcome = refusal != null && unchanged ? 'refused' : refusal == null && unchanged ? 'noop' : 'other';
  context.record.fact('removeMissingKey', outcome);
  context.record.add(
    say('diagnostics.removeWhereNoKey'),
    say(refusal == null ? 'diagnostics.removeMissingOutcome' : 'diagnostics.removeMissingRefused', {
      outcome,
      refusal: refusal ?? '',
      unchanged: unchanged ? 'yes' : 'no',
    }),
    outcome === 'noop' ? 'ok' : 'warn',
  );
}

/**
 * `editorLevelAt` (editor-level-at.ts) interpolates linearly in Level between the editor's keys. Two
 * keys 20 dB apart, read at the midpoint: linear in Level and linear in dB differ by about 4.6 dB there,
 * so the read tells them apart.
 */
export async function probeInterpolation(context: ScratchContext): Promise<void> {
  const clip = await context.freshClip();
  const [from, to] = [mediaTickAt(context, 0.25), mediaTickAt(context, 0.75)];
  if (to - from < 2 * context.ticksPerFrame) throw new ScratchProbeError('the source media is too short for two keys a few frames apart');
  await context.writeKeys(clip.level, [
    { ticks: from, level: QUIET },
    { ticks: to, level: LOUD },
  ]);
  const middle = Math.round((from + to) / 2);
  const actual = await context.levelAt(clip.level, middle);
  const predicted = editorLevelAt(
    [
      { ticks: from, level: QUIET },
      { ticks: to, level: LOUD },
    ],
    middle,
    LOUD,
  );
  const linearInDb = dbToPremiereLevel((premiereLevelToDb(QUIET) + premiereLevelToDb(LOUD)) / 2);
  const close = (a: number | null, b: number) => a != null && Math.abs(a - b) <= Math.max(1e-5, b * 1e-3);
  const outcome = close(actual, predicted) ? 'linear-in-level' : close(actual, linearInDb) ? 'linear-in-db' : 'other';
  context.record.fact('interpolation', outcome);
  context.record.add(
    say('diagnostics.levelHalfway'),
    say('diagnostics.levelHalfwayValue', {
      level: levelOr(actual),
      predicted: predicted.toPrecision(6),
      linearInDb: linearInDb.toPrecision(6),
    }),
    outcome === 'linear-in-level' ? 'ok' : 'fail',
  );
}
