import { replacedDuckRange } from '../../domain/ducking/replaced-duck-range';
import {
  alignToNearestFrame,
  frameAlignedMediaSeconds,
  mediaToSequenceSeconds,
  sequenceToMediaSeconds,
} from '../../domain/time/media-time';
import {
  HostOperationError,
  TrackOccupiedError,
  type CapturedFrame,
  type HostOperation,
  type FrameRequest,
  type ClipGainEnvelope,
  type ClipProvenance,
  type HostNote,
  type HostCapabilities,
  type ImportedMedia,
  type NleHost,
  type PlaceClipRequest,
  type PlaceClipOutcome,
  type SequenceSnapshot,
  type TimelineTrack,
  type VolumeAutomation,
} from '../spec';
import { levelAtMediaSeconds } from './level-at';
import { sandboxSequenceFrame, type GrabFrame } from './sandbox-frames';
import { sandboxRefusal } from './sandbox-refusals';
import type { SandboxClip, SandboxKeyframe, SandboxProjectItem, SandboxState, SandboxTrack } from './sandbox-state';

interface MediaInfo {
  readonly durationSeconds: number;
  readonly hasVideo: boolean;
  readonly hasAudio: boolean;
}

interface SandboxHostOptions {
  /** Reads a file's duration and streams; the sandbox page inspects the MP4 it downloaded. */
  readonly probeMedia: (mediaPath: string) => Promise<MediaInfo>;
  /** Pictures media for thumbnails and a reference from the playhead. @default undefined (no frames: the capabilities say so) */
  readonly grabFrame?: GrabFrame;
}

interface UndoEntry {
  readonly label: string;
  readonly before: SandboxState;
}

const EPSILON_SECONDS = 1e-6;

/**
 * An in-memory editor with the same contract as the Premiere host: linked A/V placement on given
 * tracks (refusing an occupied span unless asked to overwrite), keyframes in media time with
 * ClipRelay's own marked, provenance on project items, one undo entry per edit.
 */
export class SandboxHost implements NleHost {
  // Its keyframes follow the media-time formula (domain/time/media-time.ts) for every speed, so retimed clips are ducked.
  readonly capabilities: HostCapabilities = {
    name: 'Sandbox',
    writesGainKeyframes: true,
    writesProvenance: true,
    ducksRetimedClips: true,
    revealsInBin: true,
    readsSelection: true,
    readsClipAudioTypes: true,
  };
  #state: SandboxState;
  readonly #undoStack: UndoEntry[] = [];
  readonly #listeners = new Set<(state: SandboxState) => void>();
  readonly #options: SandboxHostOptions;

  constructor(initial: SandboxState, options: SandboxHostOptions) {
    this.#state = initial;
    this.#options = options;
    if (options.grabFrame != null) this.capabilities = { ...this.capabilities, capturesSequenceFrames: true, capturesMediaFrames: true };
  }

  /** The picture at a sequence time: the top video clip's frame there. Not an edit. */
  async captureSequenceFrame(atSeconds: number, request: FrameRequest): Promise<CapturedFrame> {
    return sandboxSequenceFrame(
      this.#state,
      atSeconds,
      request,
      this.#requireGrab({ kind: 'pictureSequence', name: 'Picture the sequence' }),
    );
  }

  /** A frame of a media file (a downloaded clip before placement). */
  async captureMediaFrame(mediaPath: string, mediaSeconds: number, request: FrameRequest): Promise<CapturedFrame> {
    return this.#requireGrab({ kind: 'pictureClip', name: 'Picture a clip' })(mediaPath, mediaSeconds, request.maxWidthPx);
  }

  #requireGrab(operation: HostOperation): GrabFrame {
    if (this.#options.grabFrame == null) throw sandboxRefusal.drawsNoFrames(operation);
    return this.#options.grabFrame;
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

  /** The panel's live view of the sequence: every edit and playhead move notifies. */
  watchSequence(onChange: () => void): () => void {
    return this.subscribe(() => onChange());
  }

  /** Selects the item in the bin list, as Premiere's project panel would; a selection is not an edit, so no undo step. */
  async revealInBin(itemId: string): Promise<void> {
    if (!this.#state.items.some((item) => item.id === itemId))
      throw HostOperationError.itemGone({ kind: 'revealInBin', name: 'Reveal in bin' }, itemId);
    this.#replace({ ...this.#state, revealedItemId: itemId });
  }

  /**
   * Reverts the latest edit exactly; returns its label, or null when there is nothing to undo. The
   * selection is not an edit, so it stays (less any clip the undo took away).
   */
  undo(): string | null {
    const entry = this.#undoStack.pop();
    if (entry == null) return null;
    const { selectedClipIds: _before, ...restored } = entry.before;
    const selectedClipIds = this.#state.selectedClipIds;
    this.#replace(selectedClipIds == null ? restored : { ...restored, selectedClipIds });
    return entry.label;
  }

  /**
   * The editor's timeline selection, as clicking clips in Premiere's timeline: replaces the selection with
   * these clips and the clips linked to them (linked selection, Premiere's default). Not an edit: no undo
   * step. Ids not on the timeline are refused, so a stale click cannot select a clip that is gone.
   */
  setSelectedClips(clipIds: readonly string[]): void {
    const state = this.#state;
    const clips = allClips(state);
    const unknown = clipIds.find((clipId) => !clips.some((clip) => clip.id === clipId));
    if (unknown != null) throw HostOperationError.clipNotOnTimeline({ kind: 'selectClips', name: 'Select clips' }, unknown);
    const linkIds = new Set(clips.filter((clip) => clipIds.includes(clip.id) && clip.linkId != null).map((clip) => clip.linkId));
    const selectedClipIds = clips.filter((clip) => clipIds.includes(clip.id) || linkIds.has(clip.linkId)).map((clip) => clip.id);
    this.#replace({ ...state, selectedClipIds });
  }

  /** Shift-click: adds the clip (and its linked partner) to the selection, or takes it out when it is already selected. */
  toggleClipSelected(clipId: string): void {
    const selected = this.#state.selectedClipIds ?? [];
    const clip = allClips(this.#state).find((candidate) => candidate.id === clipId);
    const partners = allClips(this.#state)
      .filter((candidate) => candidate.id === clipId || (clip?.linkId != null && candidate.linkId === clip.linkId))
      .map((candidate) => candidate.id);
    this.setSelectedClips(selected.includes(clipId) ? selected.filter((id) => !partners.includes(id)) : [...selected, clipId]);
  }

  /** Renames the sequence, one undo step; its id stays, as a Premiere sequence's guid does. */
  renameSequence(name: string): void {
    this.#commit('Rename sequence', { ...this.#state, sequenceName: name });
  }

  setPlayhead(seconds: number): void {
    this.#replace({ ...this.#state, playheadSeconds: Math.max(0, seconds) });
  }

  /** The editor's own Volume keyframe (as set in Effect Controls), one undo step. */
  addEditorKeyframe(clipId: string, timeSeconds: number, levelDb: number): void {
    const state = this.#state;
    const clip = this.#findAudioClip(state, clipId, { kind: 'duck', name: 'Add keyframe' }); // a volume edit, as a duck is
    const mediaSeconds = frameAlignedMediaSeconds(clip, timeSeconds, state.frameRate);
    const keyframes = [
      ...clip.keyframes.filter((key) => Math.abs(key.mediaSeconds - mediaSeconds) > EPSILON_SECONDS),
      { mediaSeconds, levelDb, byClipRelay: false },
    ];
    this.#commit(
      'Add keyframe',
      replaceClips(state, new Map([[clip.id, { ...clip, keyframes: keyframes.sort((a, b) => a.mediaSeconds - b.mediaSeconds) }]])),
    );
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
        projectItemId: clip.itemId,
        startSeconds: clip.startSeconds,
        endSeconds: clip.endSeconds,
        inPointSeconds: clip.inPointSeconds,
        speed: clip.speed,
        disabled: clip.disabled,
        ...(clip.audioClipType != null ? { audioClipType: clip.audioClipType } : {}),
      })),
    });
    const clips = allClips(state);
    return {
      projectName: state.projectName,
      projectPath: '',
      name: state.sequenceName,
      ...(state.sequenceId != null ? { sequenceId: state.sequenceId } : {}),
      frameRate: state.frameRate,
      frameWidth: state.frameWidth,
      frameHeight: state.frameHeight,
      playheadSeconds: state.playheadSeconds,
      inPointSeconds: state.inPointSeconds,
      outPointSeconds: state.outPointSeconds,
      endSeconds: clips.reduce((end, clip) => Math.max(end, clip.endSeconds), 0),
      videoTracks: state.videoTracks.map(toTimeline),
      audioTracks: state.audioTracks.map(toTimeline),
      // An edit may take a selected clip away (an overwrite, an undo): only clips still there are selected.
      selectedClipIds: (state.selectedClipIds ?? []).filter((clipId) => clips.some((clip) => clip.id === clipId)),
    };
  }

  async importMedia(mediaPath: string, binPath: readonly string[]): Promise<ImportedMedia> {
    const info = await this.#options.probeMedia(mediaPath).catch((cause: unknown) => {
      throw sandboxRefusal.cannotReadMedia({ kind: 'importMedia', name: 'Import' }, mediaPath, cause);
    });
    const state = this.#state;
    // Every level of a nested path is a bin of its own, as in Premiere.
    const levels = binPath.map((_, depth) => binPath.slice(0, depth + 1));
    const bins = [...state.bins, ...levels.filter((level) => !state.bins.some((bin) => bin.join('/') === level.join('/')))];
    const item: SandboxProjectItem = {
      id: `item-${state.nextId}`,
      name: mediaPath.split(/[\\/]/).pop() ?? mediaPath,
      mediaPath,
      binPath: [...binPath],
      ...info,
      provenance: null,
    };
    this.#commit('Import', { ...state, bins, items: [...state.items, item], nextId: state.nextId + 1 });
    return { itemId: item.id, mediaPath, binPath: item.binPath };
  }

  async placeClip(request: PlaceClipRequest): Promise<PlaceClipOutcome> {
    const state = this.#state;
    const operation: HostOperation = { kind: 'placeClip', name: request.undoLabel };
    const item = state.items.find((candidate) => candidate.id === request.media.itemId);
    if (item == null) throw HostOperationError.itemGone(operation, request.media.itemId);
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
    const newId = () => `clip-${nextId++}`;
    const overwrite = request.overwrite === true;
    const videoClip = item.hasVideo ? makeClip() : null;
    const audioClip = item.hasAudio ? makeClip() : null;
    const videoTracks =
      videoClip == null
        ? state.videoTracks
        : placeOnTrack(state.videoTracks, 'video', request.videoTrackIndex, videoClip, overwrite, newId, operation);
    const audioTracks =
      audioClip == null
        ? state.audioTracks
        : placeOnTrack(state.audioTracks, 'audio', request.audioTrackIndex, audioClip, overwrite, newId, operation);
    const provenance = request.provenance;
    const items =
      provenance == null
        ? state.items
        : state.items.map((candidate) => (candidate.id === item.id ? { ...candidate, provenance: { ...provenance } } : candidate));
    this.#commit(request.undoLabel, { ...state, items, videoTracks, audioTracks, nextId });
    return {
      videoClipId: videoClip?.id ?? '',
      audioClipId: audioClip?.id ?? null,
      startSeconds,
      endSeconds,
      provenanceRecorded: provenance != null,
    };
  }

  async writeProvenance(itemId: string, provenance: ClipProvenance, undoLabel = 'ClipRelay: record clip provenance'): Promise<void> {
    const state = this.#state;
    if (!state.items.some((item) => item.id === itemId))
      throw HostOperationError.itemGone({ kind: 'recordProvenance', name: undoLabel }, itemId);
    const items = state.items.map((item) => (item.id === itemId ? { ...item, provenance: { ...provenance } } : item));
    this.#commit(undoLabel, { ...state, items });
  }

  async readProvenance(itemId: string): Promise<ClipProvenance | null> {
    const item = this.#state.items.find((candidate) => candidate.id === itemId);
    if (item == null) throw HostOperationError.itemGone({ kind: 'readProvenance', name: 'Read provenance' }, itemId);
    return item.provenance;
  }

  async readVolumeAutomation(clipId: string): Promise<VolumeAutomation> {
    const clip = this.#findAudioClip(this.#state, clipId, { kind: 'readSequence', name: 'Read volume' });
    return {
      staticLevelDb: clip.keyframes[0]?.levelDb ?? clip.staticLevelDb,
      keyframes: clip.keyframes.map((keyframe) => ({
        timeSeconds: mediaToSequenceSeconds(clip, keyframe.mediaSeconds),
        levelDb: keyframe.levelDb,
        writtenByClipRelay: keyframe.byClipRelay,
      })),
    };
  }

  /** The sandbox keeps ClipRelay's keyframes marked in its own state, so there is nothing to warn about. */
  async writeGainEnvelopes(envelopes: readonly ClipGainEnvelope[], undoLabel: string): Promise<readonly HostNote[]> {
    const state = this.#state;
    const clipIds = envelopes.map((envelope) => envelope.clipId);
    const repeated = clipIds.find((clipId, index) => clipIds.indexOf(clipId) !== index);
    const operation: HostOperation = { kind: 'duck', name: undoLabel };
    if (repeated != null) throw HostOperationError.twoEnvelopes(operation, repeated);
    // Resolve every clip before changing anything, so one bad id leaves the timeline untouched.
    const targets = envelopes
      .filter((envelope) => envelope.points.length > 0)
      .map((envelope) => ({ envelope, clip: this.#findAudioClip(state, envelope.clipId, operation) }));
    if (targets.length === 0) return [];
    const replacements = new Map<string, SandboxClip>();
    for (const { envelope, clip } of targets) {
      replacements.set(clip.id, applyEnvelope(clip, envelope, state.frameRate));
    }
    this.#commit(undoLabel, replaceClips(state, replacements));
    return [];
  }

  #findAudioClip(state: SandboxState, clipId: string, operation: HostOperation): SandboxClip {
    for (const track of state.audioTracks) {
      const clip = track.clips.find((candidate) => candidate.id === clipId);
      if (clip != null) return clip;
    }
    throw HostOperationError.clipGone(operation, clipId);
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

function allClips(state: SandboxState): SandboxClip[] {
  return [...state.videoTracks, ...state.audioTracks].flatMap((track) => track.clips);
}

function replaceClips(state: SandboxState, replacements: ReadonlyMap<string, SandboxClip>): SandboxState {
  const audioTracks = state.audioTracks.map((track) => ({
    ...track,
    clips: track.clips.map((clip) => replacements.get(clip.id) ?? clip),
  }));
  return { ...state, audioTracks };
}

/**
 * Overwrite semantics, as Premiere's overwrite edit: clips under the span are removed, clips reaching
 * into it are trimmed, a clip spanning it is split in two (the tail keeps showing the same media).
 */
function clearSpan(clips: readonly SandboxClip[], startSeconds: number, endSeconds: number, newId: () => string): SandboxClip[] {
  return clips.flatMap((clip): SandboxClip[] => {
    if (clip.endSeconds <= startSeconds + EPSILON_SECONDS || clip.startSeconds >= endSeconds - EPSILON_SECONDS) return [clip];
    const pieces: SandboxClip[] = [];
    if (clip.startSeconds < startSeconds) pieces.push({ ...clip, endSeconds: startSeconds });
    if (clip.endSeconds > endSeconds) {
      const inPointSeconds = sequenceToMediaSeconds(clip, endSeconds);
      pieces.push({ ...clip, id: pieces.length > 0 ? newId() : clip.id, startSeconds: endSeconds, inPointSeconds });
    }
    return pieces;
  });
}

function placeOnTrack(
  tracks: readonly SandboxTrack[],
  kind: 'video' | 'audio',
  index: number,
  clip: SandboxClip,
  overwrite: boolean,
  newId: () => string,
  operation: HostOperation,
): SandboxTrack[] {
  if (index < 0 || index > tracks.length) throw HostOperationError.trackIndexMissing(operation, kind, index);
  const prefix = kind === 'video' ? 'V' : 'A';
  const existing: SandboxTrack = tracks[index] ?? { kind, name: `${prefix}${index + 1}`, muted: false, clips: [] };
  const overlap = existing.clips.find(
    (other) => other.startSeconds < clip.endSeconds - EPSILON_SECONDS && other.endSeconds > clip.startSeconds + EPSILON_SECONDS,
  );
  if (overlap != null && !overwrite) throw new TrackOccupiedError(operation, kind, index, overlap.name);
  const kept = overwrite ? clearSpan(existing.clips, clip.startSeconds, clip.endSeconds, newId) : existing.clips;
  const updated = { ...existing, clips: [...kept, clip].sort((a, b) => a.startSeconds - b.startSeconds) };
  return index === tracks.length ? [...tracks, updated] : tracks.map((track, i) => (i === index ? updated : track));
}

/** The clip's own level at a media time, ClipRelay's keyframes left out. */
function ownLevelDbAt(clip: SandboxClip, mediaSeconds: number): number {
  const editorKeys = clip.keyframes.filter((key) => !key.byClipRelay);
  if (editorKeys.length > 0) return levelAtMediaSeconds(clip.staticLevelDb, editorKeys, mediaSeconds);
  const ours = clip.keyframes.filter((key) => key.baseLevelDb != null);
  if (ours.length === 0) return clip.staticLevelDb;
  const nearest = ours.reduce((best, key) =>
    Math.abs(key.mediaSeconds - mediaSeconds) < Math.abs(best.mediaSeconds - mediaSeconds) ? key : best,
  );
  return nearest.baseLevelDb ?? clip.staticLevelDb;
}

function applyEnvelope(clip: SandboxClip, envelope: ClipGainEnvelope, frameRate: number): SandboxClip {
  const toMedia = (seconds: number) => frameAlignedMediaSeconds(clip, seconds, frameRate);
  const firstMedia = toMedia(envelope.points[0]!.timeSeconds);
  const lastMedia = toMedia(envelope.points[envelope.points.length - 1]!.timeSeconds);
  const added: SandboxKeyframe[] = envelope.points.map((point) => {
    const mediaSeconds = toMedia(point.timeSeconds);
    const baseLevelDb = ownLevelDbAt(clip, mediaSeconds);
    return { mediaSeconds, levelDb: baseLevelDb + point.gainDb, byClipRelay: true, baseLevelDb };
  });
  const ownKeys = clip.keyframes
    .filter((key) => key.byClipRelay)
    .map((key) => ({ position: key.mediaSeconds, relativeGainDb: key.levelDb - (key.baseLevelDb ?? key.levelDb) }));
  const cleared = replacedDuckRange(ownKeys, firstMedia, lastMedia);
  const inRange = (key: SandboxKeyframe) =>
    key.mediaSeconds >= cleared.from - EPSILON_SECONDS && key.mediaSeconds <= cleared.to + EPSILON_SECONDS;
  const replacedByNew = (key: SandboxKeyframe) => added.some((other) => Math.abs(other.mediaSeconds - key.mediaSeconds) <= EPSILON_SECONDS);
  // ClipRelay's earlier keyframes in the range (widened to whole earlier ducks) go; the editor's stay unless a new point lands exactly on one.
  const kept = clip.keyframes.filter((key) => !(key.byClipRelay && inRange(key)) && !replacedByNew(key));
  return { ...clip, keyframes: [...kept, ...added].sort((a, b) => a.mediaSeconds - b.mediaSeconds) };
}
