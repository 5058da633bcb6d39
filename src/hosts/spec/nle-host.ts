import type { CapturedFrame, FrameRequest, ProjectStill } from './captured-frame';
import type { ClipProvenance } from './clip-provenance';
import type { ClipGainEnvelope, VolumeAutomation } from './gain-envelope';
import type { HostNote } from './host-note';
import type { SequenceSnapshot } from './sequence-snapshot';

/** What a host can do, so workflows pick a strategy instead of failing late. */
export interface HostCapabilities {
  readonly name: string;
  readonly writesGainKeyframes: boolean;
  /** The host keeps provenance in its project (Premiere: project metadata columns). */
  readonly writesProvenance: boolean;
  /**
   * Gain keyframes land where planned on speed-changed and reversed clips. Where false, workflows skip
   * such clips with a warning instead of writing keyframes in places nobody has checked.
   */
  readonly ducksRetimedClips: boolean;
  /** The host can show a project item in its bin (`NleHost.revealInBin`). @default false (the panel offers no Reveal) */
  readonly revealsInBin?: boolean;
  /** `SequenceSnapshot.selectedClipIds` says which clips the editor selected. @default false (no "only selected clips") */
  readonly readsSelection?: boolean;
  /** `TimelineClip.audioClipType` carries Essential Sound's clip type. @default false (roles come from names and choices) */
  readonly readsClipAudioTypes?: boolean;
  /**
   * Without keyframes, the host lays an envelope as level steps (Resolve 21.1+: contiguous segments of the
   * clip, each with its own static volume); `readVolumeAutomation` then answers one point per step, held
   * until the next. @default false
   */
  readonly writesGainSteps?: boolean;
  /**
   * `PlaceClipRequest.overwrite` is honoured. Where false (Resolve: appending over a clip places nothing and
   * no script can trim), an overwrite is refused with a HostOperationError and nothing changes. @default true
   */
  readonly overwritesOccupiedSpans?: boolean;
  /** `NleHost.captureSequenceFrame` pictures the sequence at a time (placed-clip thumbnails, a reference from the playhead). @default false */
  readonly capturesSequenceFrames?: boolean;
  /** `NleHost.captureMediaFrame` pictures a media file that is not placed yet (a downloaded clip's thumbnail). @default false */
  readonly capturesMediaFrames?: boolean;
  /** `NleHost.listProjectStills` and `readProjectStill` offer the project's still images as references. @default false */
  readonly readsProjectStills?: boolean;
}

/** A media file imported into the host's project. */
export interface ImportedMedia {
  /** Host-defined identity of the project item. */
  readonly itemId: string;
  readonly mediaPath: string;
  /** Bin names from the project root, e.g. ["ClipRelay", "Kling"]. */
  readonly binPath: readonly string[];
}

export interface PlaceClipRequest {
  readonly media: ImportedMedia;
  readonly atSeconds: number;
  /** 0-based; an index equal to the track count creates a new track. */
  readonly videoTrackIndex: number;
  /** 0-based; an index equal to the track count creates a new track. */
  readonly audioTrackIndex: number;
  /**
   * Replace whatever lies under the clip's span on the two tracks. Without it the host refuses an
   * occupied span with a TrackOccupiedError and changes nothing.
   * @default false
   */
  readonly overwrite?: boolean;
  readonly undoLabel: string;
  /**
   * Provenance to record on the project item in the same undo step as the placement, so one Undo takes
   * back the whole Generate (the import into the bin is the host's own step). Hosts that cannot write
   * provenance ignore it and say so in `PlacedClip.provenanceRecorded`.
   */
  readonly provenance?: ClipProvenance;
}

export interface PlacedClip {
  /** '' when the media has no picture (an audio file). */
  readonly videoClipId: string;
  /** Null when the media has no audio stream. */
  readonly audioClipId: string | null;
  readonly startSeconds: number;
  readonly endSeconds: number;
}

/** What `placeClip` did: the clip, and whether the provenance rode along in the same undo step. */
export interface PlaceClipOutcome extends PlacedClip {
  /**
   * True when the request's provenance was written with the placement (same undo step) and read back.
   * False when none was asked for, the host cannot write it, or the host did not keep it; the caller then
   * records it separately (a clip on the timeline is never taken back for its metadata).
   */
  readonly provenanceRecorded: boolean;
}

/**
 * The one interface every editor host implements (Premiere, the sandbox, later Resolve).
 * Each mutating call is a single undo step in the host.
 */
export interface NleHost {
  readonly capabilities: HostCapabilities;
  readActiveSequence(): Promise<SequenceSnapshot>;
  /**
   * Calls `onChange` after every change to the timeline or the playhead; returns the unsubscribe.
   * Absent where the host sends no such event (Premiere has none for the playhead): the panel polls.
   */
  watchSequence?(onChange: () => void): () => void;
  /** Shows the project item in its bin (selected), where `capabilities.revealsInBin` says the host can. */
  revealInBin?(itemId: string): Promise<void>;
  /**
   * Imports byte-for-byte into the bin path (each missing level created) and returns the new item.
   * The file is never rewritten.
   */
  importMedia(mediaPath: string, binPath: readonly string[]): Promise<ImportedMedia>;
  /**
   * Places video and its linked audio on the given tracks; nothing on the timeline shifts. Refuses an
   * occupied span unless `overwrite` is set. When one index asks for a new track, a host whose only
   * way to add a track is an insert edit (Premiere) may put the other stream on a new track too rather
   * than push the editor's clips; the returned clip ids say where each stream landed.
   */
  placeClip(request: PlaceClipRequest): Promise<PlaceClipOutcome>;
  /**
   * Writes every provenance field into the project item's metadata as one undo step.
   * @param undoLabel @default "ClipRelay: record clip provenance"
   */
  writeProvenance(itemId: string, provenance: ClipProvenance, undoLabel?: string): Promise<void>;
  /** The provenance ClipRelay wrote on the item, or null when it has none. */
  readProvenance(itemId: string): Promise<ClipProvenance | null>;
  /** The clip's Volume automation in sequence time and absolute dB. */
  readVolumeAutomation(clipId: string): Promise<VolumeAutomation>;
  /**
   * Writes all envelopes as one undo step; either every clip changes or none does. Resolves with
   * notes (warnings) the editor must see, each with its catalog message where it has one (e.g. the record of ClipRelay's earlier keyframes could not be read,
   * so a re-duck adds to them instead of replacing them); none when all went as planned.
   */
  writeGainEnvelopes(envelopes: readonly ClipGainEnvelope[], undoLabel: string): Promise<readonly HostNote[]>;
  /** The sequence's picture at `atSeconds`, where `capabilities.capturesSequenceFrames`; not an edit. */
  captureSequenceFrame?(atSeconds: number, request: FrameRequest): Promise<CapturedFrame>;
  /** A frame of a media file at `mediaSeconds`, where `capabilities.capturesMediaFrames`. */
  captureMediaFrame?(mediaPath: string, mediaSeconds: number, request: FrameRequest): Promise<CapturedFrame>;
  /** The project's still images (PNG, JPEG), where `capabilities.readsProjectStills`. */
  listProjectStills?(): Promise<readonly ProjectStill[]>;
  /** One of `listProjectStills`' images, read as bytes. */
  readProjectStill?(itemId: string): Promise<CapturedFrame>;
}
