import { AppError } from '../shared/app-error';

/**
 * A timeline file ClipRelay cannot fully understand. Writing it back could lose or move what we did not
 * understand, so it is refused instead, naming each part: "track A2, clip "Music 1": a time remap with
 * keyframes (variable speed) is not supported".
 */
export class TimelineNotUnderstoodError extends AppError {
  readonly problems: readonly string[];

  constructor(init: { fileKind: string; problems: readonly string[] }) {
    super(`This ${init.fileKind} cannot be ducked safely, so it was left unchanged: ${init.problems.join('; ')}.`);
    this.name = 'TimelineNotUnderstoodError';
    this.problems = init.problems;
  }
}

/** The file is not a timeline in any format ClipRelay reads (or is damaged). */
export class TimelineFormatError extends AppError {
  constructor(init: { message: string; cause?: unknown }) {
    super(init.message, { cause: init.cause });
    this.name = 'TimelineFormatError';
  }
}

/** The tracks asked for as voice or to duck do not exist, or none could be found by default. */
export class TrackChoiceError extends AppError {
  constructor(message: string) {
    super(message);
    this.name = 'TrackChoiceError';
  }
}
