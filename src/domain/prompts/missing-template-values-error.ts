import { AppError } from '../../shared/app-error';

/** A prompt template still has empty `{variables}`; `names` lists them in order. */
export class MissingTemplateValuesError extends AppError {
  readonly names: readonly string[];

  constructor(init: { names: readonly string[] }) {
    super(`Fill in ${init.names.map((name) => `{${name}}`).join(', ')} first.`);
    this.name = 'MissingTemplateValuesError';
    this.names = init.names;
  }
}
