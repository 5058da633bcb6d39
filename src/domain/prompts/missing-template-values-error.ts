import { AppError } from '../../shared/app-error';

/** A prompt template still has empty `{variables}`; `names` lists them in order. */
export class MissingTemplateValuesError extends AppError {
  readonly names: readonly string[];

  constructor(init: { names: readonly string[] }) {
    const names = init.names.map((name) => `{${name}}`).join(', ');
    // The names are the template's own `{variables}`: a value, so ICU never reads their braces.
    super(`Fill in ${names} first.`, { localized: { id: 'errors.fillInTemplateValues', values: { names } } });
    this.name = 'MissingTemplateValuesError';
    this.names = init.names;
  }
}
