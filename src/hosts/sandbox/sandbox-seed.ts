import type { AudioClipType } from '../../domain/tracks/audio-clip-type';
import type { SandboxClip, SandboxState, SandboxTrack } from './sandbox-state';

export interface SeedClip {
  readonly name: string;
  readonly mediaPath: string;
  readonly startSeconds: number;
  readonly endSeconds: number;
  readonly inPointSeconds?: number;
  readonly speed?: number;
  readonly disabled?: boolean;
  /** Essential Sound's type for an audio clip. @default undefined (not typed) */
  readonly audioClipType?: AudioClipType;
  /** Selected in the timeline when the sequence opens. @default false */
  readonly selected?: boolean;
}

interface SeedTrack {
  readonly name: string;
  readonly muted?: boolean;
  readonly clips: readonly SeedClip[];
}

/** A sequence described as data (the demo sequence, test scenarios). */
export interface SandboxSeed {
  /** @default "Sandbox project" */
  readonly projectName?: string;
  readonly sequenceName: string;
  /** The sequence's stable id (Premiere: its guid). @default DEMO_SEQUENCE_ID ('sandbox-sequence-1') */
  readonly sequenceId?: string;
  readonly frameRate: number;
  /** @default 1920 */
  readonly frameWidth?: number;
  /** @default 1080 */
  readonly frameHeight?: number;
  readonly playheadSeconds: number;
  /** @default null (no In mark) */
  readonly inPointSeconds?: number | null;
  /** @default null (no Out mark) */
  readonly outPointSeconds?: number | null;
  readonly videoTracks: readonly SeedTrack[];
  readonly audioTracks: readonly SeedTrack[];
}

/** The id a seed without one gets: the sandbox holds one sequence at a time. */
export const DEMO_SEQUENCE_ID = 'sandbox-sequence-1';

export function createSandboxState(seed: SandboxSeed): SandboxState {
  let nextId = 1;
  const selectedClipIds: string[] = [];
  const toTrack = (kind: 'video' | 'audio', track: SeedTrack): SandboxTrack => ({
    kind,
    name: track.name,
    muted: track.muted ?? false,
    clips: track.clips
      .map((clip): SandboxClip => {
        const id = `clip-${nextId++}`;
        if (clip.selected === true) selectedClipIds.push(id);
        return {
          id,
          itemId: `item-${clip.mediaPath}`,
          name: clip.name,
          mediaPath: clip.mediaPath,
          startSeconds: clip.startSeconds,
          endSeconds: clip.endSeconds,
          inPointSeconds: clip.inPointSeconds ?? 0,
          speed: clip.speed ?? 1,
          disabled: clip.disabled ?? false,
          linkId: null,
          staticLevelDb: 0,
          keyframes: [],
          ...(kind === 'audio' && clip.audioClipType != null ? { audioClipType: clip.audioClipType } : {}),
        };
      })
      .sort((a, b) => a.startSeconds - b.startSeconds),
  });
  const videoTracks = seed.videoTracks.map((track) => toTrack('video', track));
  const audioTracks = seed.audioTracks.map((track) => toTrack('audio', track));
  return {
    projectName: seed.projectName ?? 'Sandbox project',
    sequenceName: seed.sequenceName,
    sequenceId: seed.sequenceId ?? DEMO_SEQUENCE_ID,
    frameRate: seed.frameRate,
    frameWidth: seed.frameWidth ?? 1920,
    frameHeight: seed.frameHeight ?? 1080,
    playheadSeconds: seed.playheadSeconds,
    inPointSeconds: seed.inPointSeconds ?? null,
    outPointSeconds: seed.outPointSeconds ?? null,
    videoTracks,
    audioTracks,
    bins: [],
    items: [],
    ...(selectedClipIds.length > 0 ? { selectedClipIds } : {}),
    nextId,
  };
}
