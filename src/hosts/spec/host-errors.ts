import { AppError, type LocalizedMessage } from '../../shared/app-error';
import type { TrackKind } from './sequence-snapshot';

/** No project or no active sequence: the user has to open one first. */
export class HostUnavailableError extends AppError {
  constructor(message: string, localized?: LocalizedMessage) {
    super(message, { localized });
    this.name = 'HostUnavailableError';
  }
}

/** The host refused or failed an edit; nothing was changed. */
export class HostOperationError extends AppError {
  constructor(
    readonly operation: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${operation} failed: ${message}`, options);
    this.name = 'HostOperationError';
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
    super(operation, `${track} is occupied by "${occupiedBy}" over the clip's span; ClipRelay never overwrites unless asked to`);
    this.name = 'TrackOccupiedError';
  }
}
