import { diagnosticsText as say, errorText } from '../../shared/diagnostics/diagnostics-text';
import type { ClipProvenance } from '../spec';
import { dbToPremiereLevel } from './premiere-level';
import { ScratchProbeError, SCRATCH_UNDO_LABEL, type ScratchContext } from './premiere-probe-scratch-context';
import { TICKS_PER_SECOND } from './premiere-time';
import { findVolumeLevelParam } from './premiere-volume-param';

const secondsOf = (ticks: number) => (ticks / TICKS_PER_SECOND).toFixed(4);

/** ClipRelay's id of the scratch audio clip on A1 starting near `startTicks` (ids come from the host's own read). */
async function hostClipIdNear(context: ScratchContext, startTicks: number): Promise<string> {
  const halfFrameSeconds = context.ticksPerFrame / TICKS_PER_SECOND / 2;
  const clip = (await context.host.readActiveSequence()).audioTracks[0]?.clips.find(
    (candidate) => Math.abs(candidate.startSeconds - startTicks / TICKS_PER_SECOND) <= halfFrameSeconds,
  );
  if (clip == null) throw new ScratchProbeError(`ClipRelay's read of the scratch sequence has no A1 clip at ${secondsOf(startTicks)} s`);
  return clip.id;
}

/**
 * §6.4 and §6.1 through ClipRelay's own gain writing: three keys in ONE transaction on a fresh clip,
 * read back raw; then its head is trimmed by overwriting the same media half a length earlier (the only
 * trim UXP offers), and the raw positions show the time base. Keyframes stay on their source frames
 * when a clip is trimmed, so positions that do not move mean media time; positions that shift by the
 * trim mean clip-relative time.
 */
export async function probeGainWritesAndTimeBase(context: ScratchContext): Promise<void> {
  const clip = await context.freshClip();
  const clipId = await hostClipIdNear(context, clip.startTicks);
  const points = [0.6, 0.75, 0.9].map((fraction, index) => ({
    timeSeconds: (clip.startTicks + context.frameAligned(context.durationTicks * fraction)) / TICKS_PER_SECOND,
    gainDb: index === 1 ? -9 : 0,
  }));
  const expectedTicks = points.map((point) => Math.round(point.timeSeconds * TICKS_PER_SECOND) - clip.startTicks);
  await context.assertScratchActive();
  try {
    await context.host.writeGainEnvelopes([{ clipId, points }], SCRATCH_UNDO_LABEL);
  } catch (error) {
    // The host reads its own writes back and may refuse what it finds; the raw read below still says what Premiere kept.
    context.record.add(say('diagnostics.clipRelayReported'), errorText(error), 'fail');
  }
  context.transactions += 1;
  const before = context.keyTicks(clip.level);
  const written = expectedTicks.filter((ticks) => before.some((key) => Math.abs(key - ticks) <= context.ticksPerFrame / 2));
  context.record.add(
    say('diagnostics.keyframesAfterOneTransaction'),
    say('diagnostics.keyframesAtMediaTime', { count: before.length, times: before.map(secondsOf).join(', ') }),
    written.length === points.length ? 'ok' : 'fail',
  );
  const errors: number[] = [];
  for (const [index, ticks] of expectedTicks.entries()) {
    const level = await context.levelAt(clip.level, ticks);
    errors.push(level == null ? Number.POSITIVE_INFINITY : Math.abs(level - dbToPremiereLevel(points[index]!.gainDb)));
  }
  // The clip is fresh, so its own level is 0 dB and each written gain is the Level itself.
  const readBackOk = errors.every((error) => error < 1e-5);
  context.record.add(
    say('diagnostics.levelReadBackVersusWritten'),
    say('diagnostics.largestDifference', { difference: Math.max(...errors).toExponential(2) }),
    readBackOk ? 'ok' : 'fail',
  );
  const extra = before.filter((ticks) => !expectedTicks.some((expected) => Math.abs(expected - ticks) <= context.ticksPerFrame / 2));
  context.record.verdict(
    4,
    say('diagnostics.verify4'),
    written.length === points.length && readBackOk ? 'ok' : 'fail',
    written.length === points.length
      ? say('diagnostics.verify4Kept', {
          count: points.length,
          extraTimes: extra.length > 0 ? extra.map(secondsOf).join(', ') : 'none',
          readBack: readBackOk ? 'same' : 'differs',
        })
      : say('diagnostics.verify4Lost', { remainingCount: written.length, count: points.length }),
  );

  // §6.1: trim the head by overwriting the same media half a length before the clip.
  await context.assertScratchActive();
  const trimTicks = context.frameAligned(context.durationTicks / 2);
  const editor = context.ppro.SequenceEditor.getEditor(context.scratch);
  context.runTransaction([
    () => editor.createOverwriteItemAction(context.source.item, context.tickTime(clip.startTicks - trimTicks), 0, 0),
  ]);
  // What is left of the clip starts where the overwrite ends: after its old start, within its old span
  // (not at exactly start + trim: the overwrite's length is the media's, which need not be whole frames).
  const trimmed = await context.audioClipStartingWithin(0, clip.startTicks, clip.startTicks + context.durationTicks);
  if (trimmed == null) {
    context.record.fact('keyframeTimeBase', null);
    context.record.verdict(1, say('diagnostics.verify1'), 'fail', say('diagnostics.verify1NoTrimmedClip'));
    return;
  }
  const trimmedLevel = await findVolumeLevelParam(trimmed);
  if (trimmedLevel == null) throw new ScratchProbeError('the head-trimmed clip has no Volume effect');
  const after = context.keyTicks(trimmedLevel);
  const inPointTicks = (await trimmed.getInPoint()).ticksNumber;
  const tolerance = context.ticksPerFrame / 2;
  const survivors = expectedTicks.filter((ticks) => ticks >= inPointTicks);
  const matches = (offset: number) =>
    survivors.length > 0 && survivors.every((ticks) => after.some((key) => Math.abs(key - (ticks - offset)) <= tolerance));
  const timeBase = matches(0) ? 'media' : matches(inPointTicks) ? 'clip-relative' : 'neither';
  context.record.fact('keyframeTimeBase', timeBase);
  context.record.add(
    say('diagnostics.headTrimmedClip'),
    say('diagnostics.headTrimmedClipAt', {
      start: secondsOf((await trimmed.getStartTime()).ticksNumber),
      inPoint: secondsOf(inPointTicks),
      speed: String(await trimmed.getSpeed()),
    }),
  );
  context.record.add(
    say('diagnostics.keyframesAfterTrim'),
    say('diagnostics.keyframesMoved', { after: after.map(secondsOf).join(', '), before: before.map(secondsOf).join(', ') }),
  );
  const trimmedId = await hostClipIdNear(context, (await trimmed.getStartTime()).ticksNumber);
  const automation = await context.host.readVolumeAutomation(trimmedId);
  context.record.add(
    say('diagnostics.readBackAtSequenceTimes'),
    say('diagnostics.readBackTimes', {
      read: automation.keyframes.map((key) => key.timeSeconds.toFixed(3)).join(', '),
      written: points.map((point) => point.timeSeconds.toFixed(3)).join(', '),
    }),
  );
  context.record.verdict(
    1,
    say('diagnostics.verify1'),
    timeBase === 'media' ? 'ok' : 'fail',
    say('diagnostics.verify1Answer', { timeBase: timeBase === 'clip-relative' ? 'clipRelative' : timeBase }),
  );
}

/**
 * Issue 9 item 5: re-ducking must stay one undo step per apply without relying on a remove and an add
 * at one tick (which cancel each other on real Premiere, Evidence 2026-12-06). ClipRelay ducks a fresh
 * clip, then ducks it again deeper at the same times; every key must read back the second gain.
 */
export async function probeReduck(context: ScratchContext): Promise<void> {
  const clip = await context.freshClip();
  const clipId = await hostClipIdNear(context, clip.startTicks);
  const mediaTicks = [0.3, 0.45, 0.6].map((fraction) => context.frameAligned(context.durationTicks * fraction));
  const duck = (gainDb: number) =>
    mediaTicks.map((ticks, index) => ({ timeSeconds: (clip.startTicks + ticks) / TICKS_PER_SECOND, gainDb: index === 1 ? gainDb : 0 }));
  for (const gainDb of [-6, -12]) {
    await context.assertScratchActive();
    try {
      await context.host.writeGainEnvelopes([{ clipId, points: duck(gainDb) }], SCRATCH_UNDO_LABEL);
    } catch (error) {
      context.record.add(say('diagnostics.clipRelayReportedDuck', { gainDb }), errorText(error), 'fail');
    }
    context.transactions += 1;
  }
  const read = await Promise.all(mediaTicks.map((ticks) => context.levelAt(clip.level, ticks)));
  const expected = duck(-12).map((point) => dbToPremiereLevel(point.gainDb));
  const kept = read.every((level, index) => level != null && Math.abs(level - expected[index]!) < 1e-5);
  context.record.add(
    say('diagnostics.duckTwice'),
    kept
      ? say('diagnostics.secondDuckKept')
      : say('diagnostics.secondDuckLost', {
          // Readings are technical values (six significant digits), listed as read; a missing one is said in words.
          read: read.map((level) => (level == null ? 'not a number' : `${level.toPrecision(6)}`)).join(', '),
          expected: expected.map((level) => level.toPrecision(6)).join(', '),
        }),
    kept ? 'ok' : 'fail',
  );
}

/**
 * Issue 9 item 5: turning Level time-varying adds a key at media 0 (Evidence 2026-12-06, OBS), which on
 * a head-trimmed clip lies before its first frame, where the editor cannot see or remove it. ClipRelay
 * ducks a clip whose head was trimmed first; no key may remain before its In point.
 */
export async function probeNoKeyBeforeInPoint(context: ScratchContext): Promise<void> {
  const clip = await context.freshClip();
  await context.assertScratchActive();
  const trimTicks = context.frameAligned(context.durationTicks / 2);
  const editor = context.ppro.SequenceEditor.getEditor(context.scratch);
  context.runTransaction([
    () => editor.createOverwriteItemAction(context.source.item, context.tickTime(clip.startTicks - trimTicks), 0, 0),
  ]);
  const trimmed = await context.audioClipStartingWithin(0, clip.startTicks, clip.startTicks + context.durationTicks);
  if (trimmed == null) throw new ScratchProbeError('the head-trimmed clip could not be made');
  const level = await findVolumeLevelParam(trimmed);
  if (level == null) throw new ScratchProbeError('the head-trimmed clip has no Volume effect');
  const [start, end, inPoint] = [
    (await trimmed.getStartTime()).ticksNumber,
    (await trimmed.getEndTime()).ticksNumber,
    (await trimmed.getInPoint()).ticksNumber,
  ];
  const at = (fraction: number) => (start + context.frameAligned((end - start) * fraction)) / TICKS_PER_SECOND;
  await context.assertScratchActive();
  try {
    await context.host.writeGainEnvelopes(
      [
        {
          clipId: await hostClipIdNear(context, start),
          points: [
            { timeSeconds: at(0.3), gainDb: 0 },
            { timeSeconds: at(0.5), gainDb: -9 },
            { timeSeconds: at(0.7), gainDb: 0 },
          ],
        },
      ],
      SCRATCH_UNDO_LABEL,
    );
  } catch (error) {
    context.record.add(say('diagnostics.clipRelayReported'), errorText(error), 'fail');
  }
  context.transactions += 1;
  const keys = context.keyTicks(level);
  const outside = keys.filter((ticks) => ticks < inPoint - context.ticksPerFrame / 2);
  context.record.add(
    say('diagnostics.keysBeforeInPoint'),
    outside.length === 0
      ? say('diagnostics.noKeysBeforeInPoint', { inPoint: secondsOf(inPoint), times: keys.map(secondsOf).join(', ') || 'none' })
      : say('diagnostics.keysBeforeInPointFound', { times: outside.map(secondsOf).join(', '), inPoint: secondsOf(inPoint) }),
    outside.length === 0 ? 'ok' : 'fail',
  );
}

/** §6.6: provenance columns on the scratch sequence's own project item, written and read back. */
export async function probeProvenanceColumns(context: ScratchContext): Promise<void> {
  const scratchItem = await context.scratch.getProjectItem();
  const provenance: ClipProvenance = {
    prompt: 'ClipRelay diagnostics: a "quoted" <prompt> & unicode ✓',
    providerId: 'diagnostics',
    model: 'none',
    jobId: 'diagnostics',
    seed: 0,
    costUsd: null,
    createdAt: context.nowIso,
  };
  await context.assertScratchActive();
  await context.host.writeProvenance(scratchItem.getId(), provenance, SCRATCH_UNDO_LABEL);
  context.transactions += 1;
  const read = await context.host.readProvenance(scratchItem.getId());
  const columns = await context.ppro.Metadata.getProjectColumnsMetadata(scratchItem);
  const listed = columns.includes('ClipRelay Prompt');
  const same = JSON.stringify(read) === JSON.stringify(provenance);
  context.record.add(
    say('diagnostics.provenanceColumns'),
    say('diagnostics.provenanceColumnsRead', { same: same ? 'yes' : 'no', listed: listed ? 'yes' : 'no' }),
    same ? 'ok' : 'fail',
  );
  context.record.verdict(
    6,
    say('diagnostics.verify6'),
    same ? 'ok' : 'fail',
    say('diagnostics.verify6Answer', { same: same ? 'yes' : 'no' }),
  );
}

/**
 * Can ducking go on an added Amplify effect, as Premiere's own Auto Ducking does (Adobe Help: "adds an
 * Amplify Effect … keyframes … added to this effect's gain parameter")? Adds one to a fresh clip and
 * reports what Premiere made of it.
 */
export async function probeAmplify(context: ScratchContext): Promise<void> {
  const names = await context.ppro.AudioFilterFactory.getDisplayNames();
  const amplifyName = names.find((name) => name === 'Amplify');
  context.record.add(
    say('diagnostics.audioEffectsByName'),
    say('diagnostics.amplifyListed', { count: names.length, listed: amplifyName == null ? 'no' : 'yes' }),
    'info',
  );
  if (amplifyName == null) return;
  const { item } = await context.freshClip();
  const component = await context.ppro.AudioFilterFactory.createComponentByDisplayName(amplifyName, item);
  const chain = await item.getComponentChain();
  const countBefore = chain.getComponentCount();
  context.runTransaction([() => chain.createAppendComponentAction(component)]);
  const after = await item.getComponentChain();
  if (after.getComponentCount() <= countBefore) {
    context.record.add(say('diagnostics.amplifyAdded'), say('diagnostics.noComponentAppeared'), 'warn');
    return;
  }
  const added = after.getComponentAtIndex(after.getComponentCount() - 1);
  const params: string[] = [];
  for (let index = 0; index < added.getParamCount(); index += 1) {
    const param = added.getParam(index);
    params.push(`${index}: ${param.displayName}${(await param.areKeyframesSupported()) ? ' (keyframes)' : ''}`);
  }
  // The params are Premiere's display names, listed as Premiere gives them.
  context.record.add(
    say('diagnostics.amplifyComponent'),
    say('diagnostics.amplifyMatchName', { matchName: await added.getMatchName(), params: params.join(', ') }),
    'info',
  );
  context.record.add(say('diagnostics.whyVolumeLevel'), say('diagnostics.whyVolumeLevelAnswer'), 'info');
}
