import { AppError } from '../shared/app-error';

/** A provider was picked before its keys were saved; says which fields to fill in. */
export class MissingCredentialsError extends AppError {
  constructor(provider: string, fields: readonly string[]) {
    super(`${provider} needs its ${fields.join(' and ')}: enter them under Provider keys, then Generate again.`, {
      localized: { id: 'errors.missingCredentials', values: { provider }, lists: { fields } },
    });
    this.name = 'MissingCredentialsError';
  }
}
