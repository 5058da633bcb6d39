import { AppError } from '../shared/app-error';

/** The bytes are not an MP4/MOV we can read, or lack the part (the `moov` box) we need. */
export class Mp4FormatError extends AppError {
  constructor(message: string) {
    super(message);
    this.name = 'Mp4FormatError';
  }
}
