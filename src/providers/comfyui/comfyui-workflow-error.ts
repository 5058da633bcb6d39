import { AppError } from '../../shared/app-error';

/**
 * The user's ComfyUI workflow cannot be used as it is: not API-format JSON, a node without
 * `class_type`, a link to a missing node, a placeholder missing or misspelt. Raised before anything
 * is sent; every problem is listed so one edit fixes them all.
 */
export class ComfyUiWorkflowError extends AppError {
  constructor(readonly problems: readonly string[]) {
    super(`The ComfyUI workflow cannot be used: ${problems.join('; ')}.`);
    this.name = 'ComfyUiWorkflowError';
  }
}
