import { AppError } from '../../shared/app-error';

/** The sandbox server refused a media read or write; `status` is its HTTP answer. */
export class SandboxServerError extends AppError {
  readonly status: number;

  constructor(init: { message: string; status: number }) {
    super(init.message);
    this.name = 'SandboxServerError';
    this.status = init.status;
  }
}
