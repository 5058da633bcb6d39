import { describeError } from '../../shared/app-error';
import { diagnosticsText as say } from '../../shared/diagnostics/diagnostics-text';
import { ScratchProbeError, SCRATCH_UNDO_LABEL, type ScratchContext } from './premiere-probe-scratch-context';
import { TICKS_PER_SECOND } from './premiere-time';

/**
 * Write probes of track creation and placement in the scratch sequence (issue 9, Premiere items 2
 * and 4). Only `createInsertProjectItemAction` documents creating a track ("If you pass a track index
 * greater than the number of existing tracks, a new track will be created", `sequenceeditor.md`);
 * whether index = count qualifies and what `limitShift` means are inference until these run.
 */

const secondsOf = (ticks: number) => `${(ticks / TICKS_PER_SECOND).toFixed(3)} s`;

async function trackCounts(context: ScratchContext) {
  return { video: await context.scratch.getVideoTrackCount(), audio: await context.scratch.getAudioTrackCount() };
}

/** (e) An overwrite at index = track count: refused, or does it create tracks after all? */
export async function probeOverwriteAtTrackCount(context: ScratchContext): Promise<void> {
  await context.assertScratchActive();
  const before = await trackCounts(context);
  const at = context.nextSlotTicks();
  const editor = context.ppro.SequenceEditor.getEditor(context.scratch);
  let refusal: string | null = null;
  try {
    context.runTransaction([() => editor.createOverwriteItemAction(context.source.item, context.tickTime(at), before.video, before.audio)]);
  } catch (error) {
    refusal = describeError(error);
  }
  const after = await trackCounts(context);
  const outcome =
    refusal != null && after.audio === before.audio ? 'refused' : after.audio === before.audio + 1 ? 'creates-track' : 'other';
  context.record.fact('overwriteAtTrackCount', outcome);
  const tracks = {
    outcome: outcome === 'creates-track' ? 'createsTrack' : outcome,
    videoBefore: before.video,
    audioBefore: before.audio,
    videoAfter: after.video,
    audioAfter: after.audio,
  };
  context.record.add(
    say('diagnostics.overwriteAtTrackCount'),
    // Premiere's refusal is its own words, a value said as is.
    refusal == null
      ? say('diagnostics.overwriteAtTrackCountResult', tracks)
      : say('diagnostics.overwriteAtTrackCountRefused', { ...tracks, refusal }),
    // Refusal is what the fake models (nothing documents creation by overwrite); ClipRelay inserts instead.
    outcome === 'refused' ? 'ok' : 'warn',
  );
}

/**
 * (e) Insert at index = track count with limitShift = true, after putting a witness clip LATER on A1/V1:
 * tracks must be created, the new clip must sit on them, and the witness must not move (limitShift is
 * read as "only the target tracks shift").
 */
export async function probeInsertAtTrackCount(context: ScratchContext): Promise<void> {
  await context.assertScratchActive();
  const editor = context.ppro.SequenceEditor.getEditor(context.scratch);
  const insertAt = context.nextSlotTicks();
  const witnessAt = context.nextSlotTicks();
  context.runTransaction([() => editor.createOverwriteItemAction(context.source.item, context.tickTime(witnessAt), 0, 0)]);
  const witness = await context.audioClipNear(0, witnessAt);
  if (witness == null) throw new ScratchProbeError('the witness clip on A1 did not appear');
  const witnessStart = (await witness.getStartTime()).ticksNumber;
  const before = await trackCounts(context);
  context.runTransaction([
    () => editor.createInsertProjectItemAction(context.source.item, context.tickTime(insertAt), before.video, before.audio, true),
  ]);
  const after = await trackCounts(context);
  const inserted = await context.audioClipNear(before.audio, insertAt);
  const createsTracks = after.video === before.video + 1 && after.audio === before.audio + 1 && inserted != null;
  context.record.fact('insertAtTrackCountCreatesTracks', createsTracks);
  context.record.add(
    say('diagnostics.insertAtTrackCount'),
    say('diagnostics.insertAtTrackCountResult', {
      videoBefore: before.video,
      audioBefore: before.audio,
      videoAfter: after.video,
      audioAfter: after.audio,
      found: inserted == null ? 'no' : 'yes',
      newTrack: before.audio + 1,
    }),
    createsTracks ? 'ok' : 'fail',
  );
  // Read the witness again: a ripple would have moved it by the inserted length.
  const still = await context.audioClipNear(0, witnessStart);
  const kept = still != null;
  context.record.fact('insertLimitShiftKeepsOtherTracks', kept);
  context.record.add(
    say('diagnostics.limitShiftLaterClip'),
    say(kept ? 'diagnostics.laterClipStayed' : 'diagnostics.laterClipMoved', { time: secondsOf(witnessStart) }),
    kept ? 'ok' : 'fail',
  );
}

/** (f) A clip placed between two frames: does its start land on a frame boundary? */
export async function probeFrameSnap(context: ScratchContext): Promise<void> {
  await context.assertScratchActive();
  const editor = context.ppro.SequenceEditor.getEditor(context.scratch);
  const requested = context.nextSlotTicks() + Math.round(context.ticksPerFrame * 0.4);
  context.runTransaction([() => editor.createOverwriteItemAction(context.source.item, context.tickTime(requested), 0, 0)]);
  const placed = await context.audioClipNear(0, requested);
  if (placed == null) throw new ScratchProbeError('the clip placed between frames was not found within half a frame');
  const start = (await placed.getStartTime()).ticksNumber;
  const snapped = start % context.ticksPerFrame === 0;
  context.record.fact('startsSnapToFrames', snapped);
  context.record.add(
    say('diagnostics.startBetweenFrames'),
    say('diagnostics.startBetweenFramesResult', { requested, start, snapped: snapped ? 'yes' : 'no' }),
    'info',
  );
}

/**
 * §6.2 through ClipRelay's own placement (what Generate does): A1 at a free slot, then new tracks at
 * index = count. Whatever edit the host uses, the audio must land on the track asked for.
 */
export async function probeHostPlacement(context: ScratchContext): Promise<void> {
  await context.assertScratchActive();
  const media = { itemId: context.source.item.getId(), mediaPath: context.source.mediaPath, binPath: [] };
  const onA1 = await context.host.placeClip({
    media,
    atSeconds: context.nextSlotTicks() / TICKS_PER_SECOND,
    videoTrackIndex: 0,
    audioTrackIndex: 0,
    undoLabel: SCRATCH_UNDO_LABEL,
  });
  context.transactions += 1;
  context.record.add(
    say('diagnostics.placesOnV1A1'),
    say('diagnostics.placedClipIds', { video: onA1.videoClipId || 'none', audio: onA1.audioClipId ?? 'none' }),
    onA1.audioClipId?.startsWith('audio:0:') === true ? 'ok' : 'fail',
  );
  await context.assertScratchActive();
  const before = await trackCounts(context);
  const onNew = await context.host.placeClip({
    media,
    atSeconds: context.nextSlotTicks() / TICKS_PER_SECOND,
    videoTrackIndex: before.video,
    audioTrackIndex: before.audio,
    undoLabel: SCRATCH_UNDO_LABEL,
  });
  context.transactions += 1;
  const after = await trackCounts(context);
  const onNewTrack = onNew.audioClipId?.startsWith(`audio:${before.audio}:`) === true && after.audio === before.audio + 1;
  context.record.add(
    say('diagnostics.placesOnNewTracks'),
    say('diagnostics.placedOnNewTracks', {
      videoBefore: before.video,
      audioBefore: before.audio,
      videoAfter: after.video,
      audioAfter: after.audio,
      audio: onNew.audioClipId ?? 'none',
    }),
    onNewTrack ? 'ok' : 'fail',
  );
  context.record.verdict(
    2,
    say('diagnostics.verify2'),
    onNewTrack && onA1.audioClipId != null ? 'ok' : 'fail',
    onNewTrack && onA1.audioClipId != null
      ? say('diagnostics.verify2Landed', { newTrack: before.audio + 1 })
      : say('diagnostics.verify2Missing', {
          onA1: onA1.audioClipId ?? 'missing',
          onNew: onNew.audioClipId ?? 'missing',
          audioBefore: before.audio,
          audioAfter: after.audio,
        }),
  );
}
