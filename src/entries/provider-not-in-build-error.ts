import { AppError } from '../shared/app-error';

/** A job names a provider this build does not have (a ledger written by another version of ClipRelay). */
export class ProviderNotInBuildError extends AppError {
  readonly providerId: string;

  constructor(init: { providerId: string }) {
    super(`No provider "${init.providerId}" in this build. Update ClipRelay, or cancel the job.`);
    this.name = 'ProviderNotInBuildError';
    this.providerId = init.providerId;
  }
}
