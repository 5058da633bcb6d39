import { AppError, type LocalizedMessage } from '../../shared/app-error';
import type { HostOperation, HostOperationKind } from './host-operation';
import type { TrackKind } from './sequence-snapshot';

/** No project or no active sequence: the user has to open one first. */
export class HostUnavailableError extends AppError {
  constructor(message: string, localized?: LocalizedMessage) {
    super(message, { localized });
    this.name = 'HostUnavailableError';
  }
}

/**
 * Why a host refused an edit, in English (as the CLI, logs and this error's `message` say it) and as a catalog message
 * of the `host` area with the same words, so the panel says it in the editor's language. Names, ids, paths and a host
 * exception's own text are values, shown as they are. `localized` is absent only for a detail from elsewhere (an older
 * bridge), shown in English.
 */
interface HostRefusal {
  readonly english: string;
  readonly localized?: LocalizedMessage;
}

/**
 * The host refused or failed an edit; nothing was changed. `operation` is the English name (or Edit › Undo label) as
 * the host's menu shows it, `kind` says which operation it is, so the catalog message names it in the editor's
 * language; `detail` is the host's account, in English here and translated through `localized`.
 */
export class HostOperationError extends AppError {
  readonly kind: HostOperationKind;
  readonly operation: string;
  readonly detail: string;

  constructor(operation: HostOperation, detail: HostRefusal, options?: { cause?: unknown }) {
    super(`${operation.name} failed: ${detail.english}`, {
      cause: options?.cause,
      localized: {
        id: 'errors.hostOperationFailed',
        values: { kind: operation.kind, operation: operation.name, detail: detail.english },
        ...(detail.localized && { parts: { detail: detail.localized } }),
      },
    });
    this.name = 'HostOperationError';
    this.kind = operation.kind;
    this.operation = operation.name;
    this.detail = detail.english;
  }

  /** A project item the edit names is gone (deleted, or another project). */
  static itemGone(operation: HostOperation, itemId: string): HostOperationError {
    return refused(operation, `project item ${itemId} is not in the project`, 'host.itemGone', { itemId });
  }

  /** An audio clip read earlier is no longer on the timeline (clip ids change when the timeline is edited). */
  static clipGone(operation: HostOperation, clipId: string): HostOperationError {
    return refused(operation, `audio clip ${clipId} is no longer on the timeline; read the sequence again`, 'host.clipGone', { clipId });
  }

  /** One duck named the same clip twice. */
  static twoEnvelopes(operation: HostOperation, clipId: string): HostOperationError {
    return refused(operation, `two envelopes for audio clip ${clipId}; merge them into one`, 'host.twoEnvelopes', { clipId });
  }

  /** A selection names a clip the timeline does not have (any more). */
  static clipNotOnTimeline(operation: HostOperation, clipId: string): HostOperationError {
    return refused(operation, `clip ${clipId} is not on the timeline; read the sequence again`, 'host.clipNotOnTimeline', { clipId });
  }

  /** A placement names a track past the last one plus one (the one a placement may add). */
  static trackIndexMissing(operation: HostOperation, trackKind: TrackKind, trackIndex: number): HostOperationError {
    return refused(operation, `${trackKind} track index ${trackIndex} does not exist`, 'host.trackIndexMissing', {
      trackKind,
      trackIndex,
    });
  }

  /** Resolve's scripting places nothing over a taken span and cannot trim: an overwrite is refused up front. */
  static resolveCannotOverwrite(operation: HostOperation): HostOperationError {
    return refused(
      operation,
      'Resolve places nothing over an occupied span and its scripting cannot trim clips; choose free tracks',
      'host.resolveCannotOverwrite',
      {},
    );
  }

  /** Resolve ducks only clips at normal speed (its scripting reads no retiming curve). */
  static resolveRetimed(operation: HostOperation, speed: number): HostOperationError {
    const percent = Math.round(Math.abs(speed) * 100);
    return refused(
      operation,
      `the clip is retimed (its speed is ${percent} %); ClipRelay ducks only clips at normal speed in Resolve`,
      'host.resolveRetimed',
      { percent },
    );
  }
}

/** A refusal worded by the host code: the English detail and its `host` catalog message with the same values. */
export function refused(
  operation: HostOperation,
  english: string,
  id: LocalizedMessage['id'],
  values: NonNullable<LocalizedMessage['values']>,
  cause?: unknown,
): HostOperationError {
  return new HostOperationError(operation, { english, localized: { id, values } }, cause === undefined ? undefined : { cause });
}

/**
 * A placement without `overwrite` found a clip under the span on a target track. Nothing was
 * changed; place on a free track (or a new one), or ask for overwrite explicitly.
 */
export class TrackOccupiedError extends HostOperationError {
  constructor(
    operation: HostOperation,
    readonly trackKind: TrackKind,
    readonly trackIndex: number,
    /** Name of the first clip found under the span. */
    readonly occupiedBy: string,
  ) {
    const track = `${trackKind === 'video' ? 'V' : 'A'}${trackIndex + 1}`;
    super(operation, {
      english: `${track} is occupied by "${occupiedBy}" over the clip's span; ClipRelay never overwrites unless asked to`,
      localized: { id: 'host.trackOccupied', values: { track, occupiedBy } },
    });
    this.name = 'TrackOccupiedError';
  }
}
