import {
  HostOperationError,
  type ClipGainEnvelope,
  type HostNote,
  type HostCapabilities,
  type PlaceClipOutcome,
  type PlaceClipRequest,
} from '../spec';
import { planGainSteps } from '../spec/gain-steps';
import { SandboxHost } from './sandbox-host';

/**
 * The sandbox with DaVinci Resolve's rules instead of Premiere's, so a person can see both without an
 * editor: no overwrite (Resolve places nothing over a clip and cannot trim from a script), no ducking of
 * retimed clips, and gain laid as level steps (Resolve 21.1+ has a static clip volume, no keyframes), one
 * point per step held until the next. The sandbox draws lines between those points; Resolve would hold.
 */
export class ResolveLikeSandboxHost extends SandboxHost {
  declare readonly capabilities: HostCapabilities;

  constructor(...args: ConstructorParameters<typeof SandboxHost>) {
    super(...args);
    this.capabilities = {
      ...this.capabilities,
      name: 'Sandbox (Resolve rules)',
      writesGainKeyframes: false,
      writesGainSteps: true,
      overwritesOccupiedSpans: false,
      ducksRetimedClips: false,
    };
  }

  override async placeClip(request: PlaceClipRequest): Promise<PlaceClipOutcome> {
    if (request.overwrite === true) {
      throw HostOperationError.resolveCannotOverwrite({ kind: 'placeClip', name: request.undoLabel });
    }
    return super.placeClip(request);
  }

  override async writeGainEnvelopes(envelopes: readonly ClipGainEnvelope[], undoLabel: string): Promise<readonly HostNote[]> {
    const sequence = await this.readActiveSequence();
    const fps = sequence.frameRate;
    const clips = new Map(sequence.audioTracks.flatMap((track) => track.clips).map((clip) => [clip.id, clip] as const));
    const stepped = envelopes.map((envelope): ClipGainEnvelope => {
      const clip = clips.get(envelope.clipId);
      // Unknown clips and repeats go through untouched: the sandbox refuses them in its own words.
      if (clip == null || envelope.points.length === 0) return envelope;
      if (clip.speed !== 1 || clip.reversed === true) {
        throw HostOperationError.resolveRetimed({ kind: 'duck', name: undoLabel }, clip.speed);
      }
      const steps = planGainSteps({
        clipStartFrame: Math.round(clip.startSeconds * fps),
        clipEndFrame: Math.round(clip.endSeconds * fps),
        points: envelope.points.map((point) => ({ frame: point.timeSeconds * fps, gainDb: point.gainDb })),
      });
      return { clipId: envelope.clipId, points: steps.map((step) => ({ timeSeconds: step.startFrame / fps, gainDb: step.gainDb })) };
    });
    return super.writeGainEnvelopes(stepped, undoLabel);
  }
}
