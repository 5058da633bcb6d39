import { AppError } from '../../shared/app-error';

/**
 * A lost create could be neither found nor proven absent: several listed tasks carry our marks, or
 * the listing is longer than we read. The job stays unconfirmed, never posted again; the message
 * names what the editor can check in the ModelArk console.
 */
export class BytePlusUnconfirmedJobError extends AppError {
  constructor(
    readonly clientJobId: string,
    reason: string,
  ) {
    super(
      `BytePlus could not confirm whether job ${clientJobId} exists (${reason}). Check the task list in the ModelArk console before generating again, so it is not paid twice.`,
    );
    this.name = 'BytePlusUnconfirmedJobError';
  }
}
