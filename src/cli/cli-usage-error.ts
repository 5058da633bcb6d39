import { AppError, type LocalizedMessage } from '../shared/app-error';

/**
 * The command line cannot work as given; the CLI exits with 2 and prints the message (in the --lang language when a
 * catalog message comes with it; English is `message` word for word, what scripts read).
 */
export class CliUsageError extends AppError {
  constructor(message: string, localized?: LocalizedMessage) {
    super(message, localized == null ? undefined : { localized });
    this.name = 'CliUsageError';
  }
}
