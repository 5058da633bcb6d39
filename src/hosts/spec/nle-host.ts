import type { ClipGainEnvelope, VolumeAutomation } from './gain-envelope';
import type { SequenceSnapshot } from './sequence-snapshot';

/** What a host can do, so workflows pick a strategy instead of failing late. */
export interface HostCapabilities {
  readonly name: string;
  readonly writesGainKeyframes: boolean;
}

/** A media file imported into the host's project. */
export interface ImportedMedia {
  /** Host-defined identity of the project item. */
  readonly itemId: string;
  readonly mediaPath: string;
  /** Bin names from the project root, e.g. ["ClipRelay"]. */
  readonly binPath: readonly string[];
}

export interface PlaceClipRequest {
  readonly media: ImportedMedia;
  readonly atSeconds: number;
  /** 0-based; an index equal to the track count creates a new track. */
  readonly videoTrackIndex: number;
  /** 0-based; an index equal to the track count creates a new track. */
  readonly audioTrackIndex: number;
  readonly undoLabel: string;
}

export interface PlacedClip {
  readonly videoClipId: string;
  /** Null when the media has no audio stream. */
  readonly audioClipId: string | null;
  readonly startSeconds: number;
  readonly endSeconds: number;
}

/**
 * The one interface every editor host implements (Premiere, the sandbox, later Resolve).
 * Each mutating call is a single undo step in the host.
 */
export interface NleHost {
  readonly capabilities: HostCapabilities;
  readActiveSequence(): Promise<SequenceSnapshot>;
  /** Imports byte-for-byte into the bin path (created when missing) and returns the new item. */
  importMedia(mediaPath: string, binPath: readonly string[]): Promise<ImportedMedia>;
  /**
   * Places video and its linked audio at exactly the given tracks (overwrite semantics: nothing
   * shifts). Callers choose tracks that are free over the clip's span.
   */
  placeClip(request: PlaceClipRequest): Promise<PlacedClip>;
  /** The clip's Volume automation in sequence time and absolute dB. */
  readVolumeAutomation(clipId: string): Promise<VolumeAutomation>;
  /** Writes all envelopes as one undo step; either every clip changes or none does. */
  writeGainEnvelopes(envelopes: readonly ClipGainEnvelope[], undoLabel: string): Promise<void>;
}
