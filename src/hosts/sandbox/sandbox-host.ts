import {
  HostOperationError,
  type ClipGainEnvelope,
  type HostCapabilities,
  type ImportedMedia,
  type NleHost,
  type PlaceClipRequest,
  type PlacedClip,
  type SequenceSnapshot,
  type TimelineTrack,
  type VolumeAutomation,
} from '../spec';
import { levelAtMediaSeconds } from './level-at';
import { alignToNearestFrame, mediaToSequenceSeconds, sequenceToMediaSeconds } from './media-time';
import type { SandboxClip, SandboxKeyframe, SandboxProjectItem, SandboxState, SandboxTrack } from './sandbox-state';

export interface MediaInfo {
  readonly durationSeconds: number;
  readonly hasVideo: boolean;
  readonly hasAudio: boolean;
}

export interface SandboxHostOptions {
  /** Reads a file's duration and streams; the sandbox page inspects the MP4 it downloaded. */
  readonly probeMedia: (mediaPath: string) => Promise<MediaInfo>;
}

interface UndoEntry {
  readonly label: string;
  readonly before: SandboxState;
}

/**
 * An in-memory editor with the same contract as the Premiere host: linked A/V placement on given
 * tracks, keyframes in media time, one undo entry per edit. It is stricter where a bug should be
 * loud: it refuses a placement that would overwrite existing clips.
 */
export class SandboxHost implements NleHost {
  readonly capabilities: HostCapabilities = { name: 'Sandbox', writesGainKeyframes: true };
  #state: SandboxState;
  readonly #undoStack: UndoEntry[] = [];
  readonly #listeners = new Set<(state: SandboxState) => void>();
  readonly #options: SandboxHostOptions;

  constructor(initial: SandboxState, options: SandboxHostOptions) {
    this.#state = initial;
    this.#options = options;
  }

  get state(): SandboxState {
    return this.#state;
  }

  get undoLabels(): readonly string[] {
    return this.#undoStack.map((entry) => entry.label);
  }

  /** Subscribes to every change; returns the unsubscribe function. */
  subscribe(listener: (state: SandboxState) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Reverts the latest edit exactly; returns its label, or null when there is nothing to undo. */
  undo(): string | null {
    const entry = this.#undoStack.pop();
    if (entry == null) return null;
    this.#replace(entry.before);
    return entry.label;
  }

  setPlayhead(seconds: number): void {
    this.#replace({ ...this.#state, playheadSeconds: Math.max(0, seconds) });
  }

  async readActiveSequence(): Promise<SequenceSnapshot> {
    const state = this.#state;
    const toTimeline = (track: SandboxTrack, index: number): TimelineTrack => ({
      kind: track.kind,
      index,
      name: track.name,
      muted: track.muted,
      clips: track.clips.map((clip) => ({
        id: clip.id,
        trackKind: track.kind,
        trackIndex: index,
        name: clip.name,
        mediaPath: clip.mediaPath,
        startSeconds: clip.startSeconds,
        endSeconds: clip.endSeconds,
        inPointSeconds: clip.inPointSeconds,
        speed: clip.speed,
        disabled: clip.disabled,
      })),
    });
    return {
      name: state.sequenceName,
      frameRate: state.frameRate,
      playheadSeconds: state.playheadSeconds,
      videoTracks: state.videoTracks.map(toTimeline),
      audioTracks: state.audioTracks.map(toTimeline),
    };
  }

  async importMedia(mediaPath: string, binPath: readonly string[]): Promise<ImportedMedia> {
    const info = await this.#options.probeMedia(mediaPath).catch((cause: unknown) => {
      throw new HostOperationError('Import', `cannot read ${mediaPath}`, { cause });
    });
    const state = this.#state;
    const binKey = binPath.join('/');
    const bins = state.bins.some((bin) => bin.join('/') === binKey) ? state.bins : [...state.bins, [...binPath]];
    const item: SandboxProjectItem = {
      id: `item-${state.nextId}`,
      name: mediaPath.split(/[\\/]/).pop() ?? mediaPath,
      mediaPath,
      binPath: [...binPath],
      ...info,
    };
    this.#commit('Import', { ...state, bins, items: [...state.items, item], nextId: state.nextId + 1 });
    return { itemId: item.id, mediaPath, binPath: item.binPath };
  }

  async placeClip(request: PlaceClipRequest): Promise<PlacedClip> {
    const state = this.#state;
    const item = state.items.find((candidate) => candidate.id === request.media.itemId);
    if (item == null) throw new HostOperationError(request.undoLabel, `project item ${request.media.itemId} is not in the project`);
    const startSeconds = alignToNearestFrame(request.atSeconds, state.frameRate);
    const endSeconds = startSeconds + item.durationSeconds;
    let nextId = state.nextId;
    const linkId = item.hasVideo && item.hasAudio ? `link-${nextId++}` : null;
    const makeClip = (): SandboxClip => ({
      id: `clip-${nextId++}`,
      itemId: item.id,
      name: item.name,
      mediaPath: item.mediaPath,
      startSeconds,
      endSeconds,
      inPointSeconds: 0,
      speed: 1,
      disabled: false,
      linkId,
      staticLevelDb: 0,
      keyframes: [],
    });
    const videoClip = item.hasVideo ? makeClip() : null;
    const audioClip = item.hasAudio ? makeClip() : null;
    const videoTracks = videoClip == null ? state.videoTracks : placeOnTrack(state.videoTracks, 'video', request.videoTrackIndex, videoClip, request.undoLabel);
    const audioTracks = audioClip == null ? state.audioTracks : placeOnTrack(state.audioTracks, 'audio', request.audioTrackIndex, audioClip, request.undoLabel);
    this.#commit(request.undoLabel, { ...state, videoTracks, audioTracks, nextId });
    return {
      videoClipId: videoClip?.id ?? '',
      audioClipId: audioClip?.id ?? null,
      startSeconds,
      endSeconds,
    };
  }

  async readVolumeAutomation(clipId: string): Promise<VolumeAutomation> {
    const clip = this.#findAudioClip(this.#state, clipId, 'Read volume');
    return {
      staticLevelDb: clip.keyframes[0]?.levelDb ?? clip.staticLevelDb,
      keyframes: clip.keyframes.map((keyframe) => ({
        timeSeconds: mediaToSequenceSeconds(clip, keyframe.mediaSeconds),
        levelDb: keyframe.levelDb,
      })),
    };
  }

  async writeGainEnvelopes(envelopes: readonly ClipGainEnvelope[], undoLabel: string): Promise<void> {
    const state = this.#state;
    // Resolve every clip before changing anything, so one bad id leaves the timeline untouched.
    const targets = envelopes.filter((envelope) => envelope.points.length > 0).map((envelope) => ({
      envelope,
      clip: this.#findAudioClip(state, envelope.clipId, undoLabel),
    }));
    if (targets.length === 0) return;
    const replacements = new Map<string, SandboxClip>();
    for (const { envelope, clip } of targets) {
      replacements.set(clip.id, applyEnvelope(clip, envelope, state.frameRate));
    }
    const audioTracks = state.audioTracks.map((track) => ({
      ...track,
      clips: track.clips.map((clip) => replacements.get(clip.id) ?? clip),
    }));
    this.#commit(undoLabel, { ...state, audioTracks });
  }

  #findAudioClip(state: SandboxState, clipId: string, operation: string): SandboxClip {
    for (const track of state.audioTracks) {
      const clip = track.clips.find((candidate) => candidate.id === clipId);
      if (clip != null) return clip;
    }
    throw new HostOperationError(operation, `audio clip ${clipId} is no longer on the timeline; read the sequence again`);
  }

  #commit(label: string, next: SandboxState): void {
    this.#undoStack.push({ label, before: this.#state });
    this.#replace(next);
  }

  #replace(next: SandboxState): void {
    this.#state = next;
    for (const listener of this.#listeners) listener(next);
  }
}

function placeOnTrack(
  tracks: readonly SandboxTrack[],
  kind: 'video' | 'audio',
  index: number,
  clip: SandboxClip,
  operation: string,
): SandboxTrack[] {
  if (index < 0 || index > tracks.length) throw new HostOperationError(operation, `${kind} track index ${index} does not exist`);
  const prefix = kind === 'video' ? 'V' : 'A';
  const existing: SandboxTrack = tracks[index] ?? { kind, name: `${prefix}${index + 1}`, muted: false, clips: [] };
  const overlap = existing.clips.find((other) => other.startSeconds < clip.endSeconds - 1e-6 && other.endSeconds > clip.startSeconds + 1e-6);
  if (overlap != null) {
    throw new HostOperationError(operation, `${existing.name} is occupied by "${overlap.name}" at that time; the sandbox never overwrites`);
  }
  const updated = { ...existing, clips: [...existing.clips, clip].sort((a, b) => a.startSeconds - b.startSeconds) };
  return index === tracks.length ? [...tracks, updated] : tracks.map((track, i) => (i === index ? updated : track));
}

function applyEnvelope(clip: SandboxClip, envelope: ClipGainEnvelope, frameRate: number): SandboxClip {
  const toMedia = (seconds: number) => sequenceToMediaSeconds(clip, alignToNearestFrame(seconds, frameRate));
  const firstMedia = toMedia(envelope.points[0]!.timeSeconds);
  const lastMedia = toMedia(envelope.points[envelope.points.length - 1]!.timeSeconds);
  const currentDb = levelAtMediaSeconds(clip.staticLevelDb, clip.keyframes, firstMedia);
  const kept = clip.keyframes.filter((keyframe) => keyframe.mediaSeconds < firstMedia - 1e-9 || keyframe.mediaSeconds > lastMedia + 1e-9);
  const added: SandboxKeyframe[] = envelope.points.map((point) => ({
    mediaSeconds: toMedia(point.timeSeconds),
    levelDb: currentDb + point.gainDb,
  }));
  const keyframes = [...kept, ...added].sort((a, b) => a.mediaSeconds - b.mediaSeconds);
  return { ...clip, keyframes };
}
