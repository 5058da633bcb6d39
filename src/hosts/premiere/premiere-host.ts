import type { premierepro } from '@adobe/premierepro';
import type {
  ClipGainEnvelope,
  HostCapabilities,
  ImportedMedia,
  NleHost,
  PlaceClipRequest,
  PlacedClip,
  SequenceSnapshot,
  VolumeAutomation,
} from '../spec';
import { HostOperationError } from '../spec';
import { requireActiveProject, requireActiveSequence } from './premiere-active-sequence';
import { encodeClipId } from './premiere-clip-id';
import { planGainEnvelope, type GainEnvelopePlan } from './premiere-gain-plan';
import { findImportedItem, importIntoBin } from './premiere-import';
import { frameAlignedTime } from './premiere-time';
import { findTrackItemOf, readTimelineTracks } from './premiere-track-items';
import { readVolumeAutomationOf } from './premiere-volume-automation';
import { runTransaction } from './run-transaction';

export interface PremiereHostOptions {
  /** Waits between lookups of items Premiere shows late. Injected so tests never sleep. */
  readonly delay: (delayMs: number) => Promise<void>;
  /** Lookups of a just-imported item, 50 ms apart, before giving up. @default 20 */
  readonly importLookupAttempts?: number;
  /** Lookups of the track items a placement created, 50 ms apart. @default 10 */
  readonly placementLookupAttempts?: number;
}

const LOOKUP_INTERVAL_MS = 50;

/**
 * NleHost over Premiere Pro's UXP API (26.3 lock rules). Every edit does its async reads first and
 * then commits all its actions in one `runTransaction`, so each call is one undo step.
 */
export class PremiereHost implements NleHost {
  readonly capabilities: HostCapabilities = { name: 'Premiere Pro', writesGainKeyframes: true };
  private readonly importLookupAttempts: number;
  private readonly placementLookupAttempts: number;

  constructor(
    private readonly ppro: premierepro,
    private readonly options: PremiereHostOptions,
  ) {
    this.importLookupAttempts = options.importLookupAttempts ?? 20;
    this.placementLookupAttempts = options.placementLookupAttempts ?? 10;
  }

  async readActiveSequence(): Promise<SequenceSnapshot> {
    const { sequence } = await requireActiveSequence(this.ppro);
    const [settings, playhead, videoTracks, audioTracks] = await Promise.all([
      sequence.getSettings(),
      sequence.getPlayerPosition(),
      readTimelineTracks(this.ppro, sequence, 'video'),
      readTimelineTracks(this.ppro, sequence, 'audio'),
    ]);
    return {
      name: sequence.name,
      frameRate: settings.getVideoFrameRate().value,
      playheadSeconds: playhead.seconds,
      videoTracks,
      audioTracks,
    };
  }

  async importMedia(mediaPath: string, binPath: readonly string[]): Promise<ImportedMedia> {
    const project = await requireActiveProject(this.ppro);
    return importIntoBin(this.ppro, project, mediaPath, binPath, {
      delay: this.options.delay,
      attempts: this.importLookupAttempts,
      intervalMs: LOOKUP_INTERVAL_MS,
    });
  }

  /**
   * Overwrite, not insert: the caller chose tracks that are free over the whole span, so nothing is
   * overwritten, and unlike an insert nothing later on the timeline shifts.
   */
  async placeClip(request: PlaceClipRequest): Promise<PlacedClip> {
    const operation = request.undoLabel;
    const { project, sequence } = await requireActiveSequence(this.ppro);
    const item = await findImportedItem(this.ppro, project, request.media);
    if (item == null) {
      throw new HostOperationError(operation, `${request.media.mediaPath} is no longer in bin "${request.media.binPath.join('/')}"; import it again`);
    }
    const frameRate = (await sequence.getSettings()).getVideoFrameRate();
    const at = frameAlignedTime(this.ppro.TickTime, request.atSeconds, frameRate);
    const editor = this.ppro.SequenceEditor.getEditor(sequence);
    runTransaction(project, request.undoLabel, [
      () => editor.createOverwriteItemAction(item, at, request.videoTrackIndex, request.audioTrackIndex),
    ]);

    // Edit actions return nothing: find the new track items by project item and start time.
    for (let attempt = 1; attempt <= this.placementLookupAttempts; attempt += 1) {
      const video = await findTrackItemOf(this.ppro, sequence, 'video', request.media.itemId, at.ticks, request.videoTrackIndex);
      if (video != null) {
        // Video and audio come from one action, so once the video is there the audio is too — or absent.
        const audio = await findTrackItemOf(this.ppro, sequence, 'audio', request.media.itemId, at.ticks, request.audioTrackIndex);
        const end = await video.item.getEndTime();
        return {
          videoClipId: encodeClipId({ kind: 'video', trackIndex: video.trackIndex, startTicks: at.ticks }),
          audioClipId: audio == null ? null : encodeClipId({ kind: 'audio', trackIndex: audio.trackIndex, startTicks: at.ticks }),
          startSeconds: at.seconds,
          endSeconds: end.seconds,
        };
      }
      if (attempt < this.placementLookupAttempts) await this.options.delay(LOOKUP_INTERVAL_MS);
    }
    throw new HostOperationError(operation, `Premiere accepted the edit but no video clip of ${request.media.mediaPath} appeared at ${at.seconds} s`);
  }

  async readVolumeAutomation(clipId: string): Promise<VolumeAutomation> {
    const { sequence } = await requireActiveSequence(this.ppro);
    return readVolumeAutomationOf(this.ppro, sequence, clipId);
  }

  /**
   * Reads every clip first (an unknown clip id throws before anything is created, so the timeline is
   * untouched), then writes all envelopes in one transaction. Per clip: make Level time-varying
   * (without it Premiere "adds" keyframes that never appear), remove the keyframes in the envelope's
   * range (ClipRelay's earlier envelope; the editor's keyframes outside it stay), add the new ones.
   */
  async writeGainEnvelopes(envelopes: readonly ClipGainEnvelope[], undoLabel: string): Promise<void> {
    const { project, sequence } = await requireActiveSequence(this.ppro);
    const frameRate = (await sequence.getSettings()).getVideoFrameRate();
    const plans: GainEnvelopePlan[] = [];
    for (const envelope of envelopes) {
      const plan = await planGainEnvelope(this.ppro, sequence, frameRate, envelope, undoLabel);
      if (plan != null) plans.push(plan);
    }
    runTransaction(
      project,
      undoLabel,
      plans.flatMap((plan) => [
        () => plan.levelParam.createSetTimeVaryingAction(true),
        () => plan.levelParam.createRemoveKeyframeRangeAction(plan.replaceFrom, plan.replaceTo),
        ...plan.keyframes.map((planned) => () => {
          const keyframe = plan.levelParam.createKeyframe(planned.level);
          keyframe.position = planned.position;
          return plan.levelParam.createAddKeyframeAction(keyframe);
        }),
      ]),
    );
  }
}
