import type { AudioClipTrackItem, Project, ProjectItem, Sequence, premierepro } from '@adobe/premierepro';
import { AppError, describeError } from '../../shared/app-error';
import type { ClipProvenance, TimelineClip } from '../spec';
import { DiagnosticsRecorder } from './premiere-diagnostics-report';
import type { PremiereHost } from './premiere-host';
import { dbToPremiereLevel } from './premiere-level';
import { mediaDurationOf } from './premiere-placement';
import { TICKS_PER_SECOND } from './premiere-time';
import { findAudioTrackItem } from './premiere-track-items';
import { findVolumeLevelParam, levelFromParamValue } from './premiere-volume-param';
import { runTransaction } from './run-transaction';

/** The scratch sequence stopped being the active one: the probes stop rather than edit another sequence. */
export class ScratchNotActiveError extends AppError {
  constructor() {
    super('the scratch sequence is not the active sequence (Premiere did not switch, or another sequence was opened); stopped before editing anything else');
    this.name = 'ScratchNotActiveError';
  }
}

export const SCRATCH_SEQUENCE_NAME = 'ClipRelay diagnostics (scratch, safe to delete)';
const UNDO_LABEL = 'ClipRelay diagnostics (scratch sequence)';

/** An audio clip of the active sequence whose file the scratch sequence can use. */
export interface ScratchSource {
  readonly item: ProjectItem;
  readonly clip: TimelineClip;
}

interface RawKeyframe {
  readonly ticks: number;
  readonly level: number | null;
}

async function rawKeyframes(ppro: premierepro, sequence: Sequence, clipId: string): Promise<RawKeyframe[]> {
  const item = await findAudioTrackItem(ppro, sequence, clipId);
  const param = item == null ? null : await findVolumeLevelParam(item);
  if (param == null || !param.isTimeVarying()) return [];
  const keys: RawKeyframe[] = [];
  for (const time of param.getKeyframeListAsTickTimes()) keys.push({ ticks: time.ticksNumber, level: levelFromParamValue(await param.getValueAtTime(time)) });
  return keys.sort((a, b) => a.ticks - b.ticks);
}

const seconds = (ticks: number) => (ticks / TICKS_PER_SECOND).toFixed(4);

/**
 * Write probes in a scratch sequence that is deleted afterwards, so the editor's cut is never touched:
 * placement on existing and new tracks (§6.2), keyframes in one transaction (§6.4), the keyframe time
 * base on a head-trimmed clip (§6.1), project-metadata columns (§6.6), and whether an Amplify effect
 * could carry ducking (the non-destructive alternative to Volume › Level).
 *
 * The head trim uses only the overwrite edit ClipRelay already relies on: the clip is placed at S,
 * keyframed, then the same media is overwritten at 0, which trims the first clip's head (its In point
 * moves to L − S). Keyframes stay on their source frames when a clip is trimmed, so positions that do
 * not change show a media-time base; positions that shift by the trim show a clip-relative one.
 * Premiere's UXP API cannot undo, so the transactions stay in Edit › Undo, labelled as diagnostics.
 */
export async function runScratchRoundTrip(
  ppro: premierepro,
  project: Project,
  host: PremiereHost,
  source: ScratchSource,
  record: DiagnosticsRecorder,
  options: { readonly keepScratchSequence: boolean; readonly nowIso: string },
): Promise<void> {
  record.begin('Scratch sequence round trip (writes only into a scratch sequence)');
  const duration = await mediaDurationOf(ppro, source.item);
  if (duration == null || duration.seconds < 2) {
    record.add('Skipped', `${source.clip.name}: media is shorter than 2 s or has no length`, 'warn');
    return;
  }
  const original = await project.getActiveSequence();
  const scratch = await project.createSequence(SCRATCH_SEQUENCE_NAME);
  let transactions = 0;
  // ClipRelay's host edits the ACTIVE sequence: before every write, make sure that is still the scratch
  // one (setActiveSequence may not take, or the editor may switch sequences meanwhile) — never the cut.
  const scratchId = scratch.guid.toString();
  const assertScratchActive = async () => {
    const active = await project.getActiveSequence();
    if (active?.guid.toString() !== scratchId) throw new ScratchNotActiveError();
  };
  try {
    await project.setActiveSequence(scratch);
    await assertScratchActive();
    const fps = (await scratch.getSettings()).getVideoFrameRate().value;
    const snap = (value: number) => Math.round(value * fps) / fps;
    const lengthSeconds = duration.seconds;
    const startSeconds = snap(lengthSeconds / 2);
    const media = { itemId: source.item.getId(), mediaPath: source.clip.mediaPath ?? '', binPath: [] };
    record.add('Scratch sequence', `"${scratch.name}" at ${fps} fps; source "${source.clip.name}" (${lengthSeconds.toFixed(3)} s)`);

    // §6.2: placement on existing tracks, and on new tracks (index = count).
    await assertScratchActive();
    const first = await host.placeClip({ media, atSeconds: startSeconds, videoTrackIndex: 0, audioTrackIndex: 0, undoLabel: UNDO_LABEL });
    transactions += 1;
    const counts = { video: await scratch.getVideoTrackCount(), audio: await scratch.getAudioTrackCount() };
    await assertScratchActive();
    const onNew = await host.placeClip({ media, atSeconds: 0, videoTrackIndex: counts.video, audioTrackIndex: counts.audio, undoLabel: UNDO_LABEL });
    transactions += 1;
    const [videoAfter, audioAfter] = [await scratch.getVideoTrackCount(), await scratch.getAudioTrackCount()];
    record.add('Overwrite on V1/A1', `video ${first.videoClipId}, audio ${first.audioClipId ?? 'none'}`, first.audioClipId?.startsWith('audio:0:') === true ? 'ok' : 'warn');
    const newTracksOk = onNew.audioClipId?.startsWith(`audio:${counts.audio}:`) === true && audioAfter === counts.audio + 1;
    record.add('Overwrite at index = track count', `tracks ${counts.video}V/${counts.audio}A → ${videoAfter}V/${audioAfter}A; audio ${onNew.audioClipId ?? 'none'}`, newTracksOk ? 'ok' : 'warn');
    record.verdict(
      2,
      'Overwrite with an A/V item: audio on the given track, new track at index = count',
      newTracksOk && first.audioClipId != null ? 'ok' : 'warn',
      `audio landed on A1 and on the new A${counts.audio + 1}; linking has no UXP API — keep the scratch sequence (option) to check the link and a mono/stereo track in the Timeline`,
    );

    // §6.4: time-varying on + three keyframes in ONE transaction.
    const points = [0.6, 0.75, 0.9].map((fraction, index) => ({ timeSeconds: snap(startSeconds + lengthSeconds * fraction), gainDb: index === 1 ? -9 : 0 }));
    await assertScratchActive();
    await host.writeGainEnvelopes([{ clipId: first.audioClipId!, points }], UNDO_LABEL);
    transactions += 1;
    const before = await rawKeyframes(ppro, scratch, first.audioClipId!);
    const expectedTicks = points.map((point) => Math.round((point.timeSeconds - startSeconds) * TICKS_PER_SECOND));
    const staticBecameKey = before.length === points.length + 1;
    record.add('Keyframes after one transaction', `${before.length} at ${before.map((key) => seconds(key.ticks)).join(', ')} s (media time)`, before.length >= points.length ? 'ok' : 'fail');
    if (before.length === points.length) {
      // The source clip's own level is its static level (it is fresh in the scratch sequence).
      const errors = before.map((key, index) => Math.abs((key.level ?? Number.NaN) - dbToPremiereLevel(points[index]!.gainDb)));
      record.add('Level read back vs written (clip at 0 dB)', `largest difference ${Math.max(...errors).toExponential(2)}`, errors.every((error) => error < 1e-5) ? 'ok' : 'warn');
    }
    record.verdict(
      4,
      'setTimeVarying(true) + N keyframes in one compound action',
      before.length >= points.length ? 'ok' : 'fail',
      before.length >= points.length
        ? `one undo step kept all ${points.length} keyframes${staticBecameKey ? '; the static level also became a keyframe' : '; the static level did not become a keyframe'}`
        : `only ${before.length} of ${points.length} keyframes remained`,
    );

    // §6.1: head-trim the keyframed clip by overwriting its head with the same media at 0.
    await assertScratchActive();
    await host.placeClip({ media, atSeconds: 0, videoTrackIndex: 0, audioTrackIndex: 0, overwrite: true, undoLabel: UNDO_LABEL });
    transactions += 1;
    const trimmed = (await host.readActiveSequence()).audioTracks[0]?.clips.find((clip) => Math.abs(clip.startSeconds - lengthSeconds) < 1 / fps);
    if (trimmed == null) {
      record.add('Head trim', 'the trimmed clip was not found after the overwrite', 'fail');
      record.verdict(1, 'Keyframe time base', 'fail', 'the head-trimmed clip could not be made');
    } else {
      const after = await rawKeyframes(ppro, scratch, trimmed.id);
      const trimTicks = Math.round(trimmed.inPointSeconds * TICKS_PER_SECOND);
      const tolerance = TICKS_PER_SECOND / fps / 2;
      const survivors = expectedTicks.filter((ticks) => ticks >= trimTicks);
      const matches = (offset: number) => survivors.length > 0 && survivors.every((ticks) => after.some((key) => Math.abs(key.ticks - (ticks - offset)) <= tolerance));
      const mediaTime = matches(0);
      const clipRelative = !mediaTime && matches(trimTicks);
      record.add('Head-trimmed clip', `starts ${trimmed.startSeconds.toFixed(4)} s, In point ${trimmed.inPointSeconds.toFixed(4)} s, speed ${trimmed.speed}`);
      record.add('Keyframe positions after the trim', `${after.map((key) => seconds(key.ticks)).join(', ')} s (were ${before.map((key) => seconds(key.ticks)).join(', ')} s)`);
      const automation = await host.readVolumeAutomation(trimmed.id);
      const roundTrip = automation.keyframes.map((key) => key.timeSeconds.toFixed(3)).join(', ');
      record.add('ClipRelay reads them back at sequence times', `${roundTrip} s (written at ${points.map((point) => point.timeSeconds.toFixed(3)).join(', ')} s)`);
      record.verdict(
        1,
        'Keyframe time base (inPoint ≠ 0)',
        mediaTime ? 'ok' : 'fail',
        mediaTime
          ? 'clip MEDIA time: positions did not move when the head was trimmed, as inPoint + (t − start) × speed assumes'
          : clipRelative
            ? 'clip-RELATIVE time: positions shifted by the trim — premiere-time.ts must drop the inPoint term'
            : 'neither hypothesis matches; see the positions above',
      );
    }

    // §6.6: provenance columns on the scratch sequence's own project item.
    const scratchItem = await scratch.getProjectItem();
    const provenance: ClipProvenance = {
      prompt: 'ClipRelay diagnostics: a "quoted" <prompt> & unicode ✓',
      providerId: 'diagnostics',
      model: 'none',
      jobId: 'diagnostics',
      seed: 0,
      costUsd: null,
      createdAt: options.nowIso,
    };
    try {
      await assertScratchActive();
      await host.writeProvenance(scratchItem.getId(), provenance, UNDO_LABEL);
      transactions += 1;
      const read = await host.readProvenance(scratchItem.getId());
      const columns = await ppro.Metadata.getProjectColumnsMetadata(scratchItem);
      const listed = columns.includes('ClipRelay Prompt');
      const same = JSON.stringify(read) === JSON.stringify(provenance);
      record.add('Provenance columns', `${same ? 'written and read back exactly' : 'read back differently'}; Project panel columns ${listed ? 'list' : 'do not list'} "ClipRelay Prompt"`, same ? 'ok' : 'fail');
      record.verdict(
        6,
        'Custom project-metadata columns (naming, persistence)',
        same ? 'ok' : 'fail',
        `${same ? 'registered TEXT properties round-trip, escaping included' : 'the properties did not round-trip'}; ClipRelay never writes file XMP (media stays byte for byte; provenance also goes to a sidecar). Persistence across machines: reopen the saved project elsewhere and look at the columns`,
      );
    } catch (error) {
      record.add('Provenance columns', describeError(error), 'fail');
      record.verdict(6, 'Custom project-metadata columns (naming, persistence)', 'fail', describeError(error));
    }

    await assertScratchActive();
    if (trimmed != null) transactions += await probeAmplify(ppro, project, scratch, trimmed.id, record);
  } catch (error) {
    record.add('Round trip stopped', describeError(error), 'fail');
  } finally {
    record.begin('Scratch sequence cleanup');
    if (original != null) await project.setActiveSequence(original).catch(() => false);
    if (options.keepScratchSequence) {
      record.add('Scratch sequence', `kept for inspection: delete "${SCRATCH_SEQUENCE_NAME}" when done`, 'warn');
    } else {
      const deleted = await project.deleteSequence(scratch).catch(() => false);
      record.add('Scratch sequence', deleted ? 'deleted' : `could not be deleted: delete "${SCRATCH_SEQUENCE_NAME}" by hand`, deleted ? 'ok' : 'warn');
    }
    record.add('Undo history', `${transactions} entries named "${UNDO_LABEL}" remain in Edit › Undo; they belong to the scratch sequence`, 'info');
  }
}

/**
 * Can ducking go on an added Amplify effect, as Premiere's own Auto Ducking does (Adobe Help: "adds an
 * Amplify Effect … keyframes … added to this effect's gain parameter")? Adds one to the scratch clip
 * and reports what Premiere made of it. Returns the number of transactions run.
 */
async function probeAmplify(ppro: premierepro, project: Project, scratch: Sequence, clipId: string, record: DiagnosticsRecorder): Promise<number> {
  record.begin('Non-destructive gain (Amplify)');
  const names = await ppro.AudioFilterFactory.getDisplayNames();
  const amplifyName = names.find((name) => name === 'Amplify');
  record.add('Audio effects by display name', `${names.length}; "Amplify" ${amplifyName == null ? 'not listed (localized UI?)' : 'listed'}`, 'info');
  if (amplifyName == null) return 0;
  const item: AudioClipTrackItem | null = await findAudioTrackItem(ppro, scratch, clipId);
  if (item == null) return 0;
  const component = await ppro.AudioFilterFactory.createComponentByDisplayName(amplifyName, item);
  const chain = await item.getComponentChain();
  const countBefore = chain.getComponentCount();
  runTransaction(project, UNDO_LABEL, [() => chain.createAppendComponentAction(component)]);
  const after = await item.getComponentChain();
  if (after.getComponentCount() <= countBefore) {
    record.add('Amplify added', 'no component appeared in the chain', 'warn');
    return 1;
  }
  const added = after.getComponentAtIndex(after.getComponentCount() - 1);
  const params: string[] = [];
  for (let index = 0; index < added.getParamCount(); index += 1) {
    const param = added.getParam(index);
    params.push(`${index}: ${param.displayName}${(await param.areKeyframesSupported()) ? ' (keyframes)' : ''}`);
  }
  record.add('Amplify component', `match name "${await added.getMatchName()}"; params ${params.join(', ')}`, 'info');
  record.add(
    'Why ClipRelay keeps Volume › Level',
    'an added effect must be committed before its params can be read, so a first duck would take two undo steps, and effects are found only by localized display name',
    'info',
  );
  return 1;
}
