import { AppError, type LocalizedMessage } from '../../shared/app-error';
import { hostOperationKindOf } from './host-operation';
import type { TrackKind } from './sequence-snapshot';

/** No project or no active sequence: the user has to open one first. */
export class HostUnavailableError extends AppError {
  constructor(message: string, localized?: LocalizedMessage) {
    super(message, { localized });
    this.name = 'HostUnavailableError';
  }
}

/**
 * The host refused or failed an edit; nothing was changed. `operation` is the English name (or Edit › Undo label) as
 * today; the catalog message names its kind in the editor's language, while `detail` (the host's own account) stays
 * as the host code words it.
 */
export class HostOperationError extends AppError {
  constructor(
    readonly operation: string,
    readonly detail: string,
    options?: { cause?: unknown; localized?: LocalizedMessage },
  ) {
    super(`${operation} failed: ${detail}`, {
      cause: options?.cause,
      localized: options?.localized ?? {
        id: 'errors.hostOperationFailed',
        values: { kind: hostOperationKindOf(operation), operation, detail },
      },
    });
    this.name = 'HostOperationError';
  }

  /** A project item the edit names is gone (deleted, or another project). */
  static itemGone(operation: string, itemId: string): HostOperationError {
    return new HostOperationError(operation, `project item ${itemId} is not in the project`, {
      localized: { id: 'errors.hostItemGone', values: { kind: hostOperationKindOf(operation), operation, itemId } },
    });
  }

  /** An audio clip read earlier is no longer on the timeline (clip ids change when the timeline is edited). */
  static clipGone(operation: string, clipId: string): HostOperationError {
    return new HostOperationError(operation, `audio clip ${clipId} is no longer on the timeline; read the sequence again`, {
      localized: { id: 'errors.hostClipGone', values: { kind: hostOperationKindOf(operation), operation, clipId } },
    });
  }

  /** One duck named the same clip twice. */
  static twoEnvelopes(operation: string, clipId: string): HostOperationError {
    return new HostOperationError(operation, `two envelopes for audio clip ${clipId}; merge them into one`, {
      localized: { id: 'errors.hostTwoEnvelopes', values: { kind: hostOperationKindOf(operation), operation, clipId } },
    });
  }
}

/**
 * A placement without `overwrite` found a clip under the span on a target track. Nothing was
 * changed; place on a free track (or a new one), or ask for overwrite explicitly.
 */
export class TrackOccupiedError extends HostOperationError {
  constructor(
    operation: string,
    readonly trackKind: TrackKind,
    readonly trackIndex: number,
    /** Name of the first clip found under the span. */
    readonly occupiedBy: string,
  ) {
    const track = `${trackKind === 'video' ? 'V' : 'A'}${trackIndex + 1}`;
    super(operation, `${track} is occupied by "${occupiedBy}" over the clip's span; ClipRelay never overwrites unless asked to`, {
      localized: { id: 'errors.trackOccupied', values: { kind: hostOperationKindOf(operation), operation, track, occupiedBy } },
    });
    this.name = 'TrackOccupiedError';
  }
}
