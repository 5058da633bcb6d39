import { AppError } from '../shared/app-error';

/** The command line cannot work as given; the CLI exits with 2 and prints the message. */
export class CliUsageError extends AppError {
  constructor(message: string) {
    super(message);
    this.name = 'CliUsageError';
  }
}
