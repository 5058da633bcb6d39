import { AppError } from '../../shared/app-error';

/** No project or no active sequence: the user has to open one first. */
export class HostUnavailableError extends AppError {
  constructor(message: string) {
    super(message);
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
