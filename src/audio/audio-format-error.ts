import { AppError } from '../shared/app-error';

/**
 * An audio file we cannot decode: an unsupported encoding or container, or a corrupt or truncated
 * header. The message names the file and says what to do, e.g.
 * "voice.wav: WAVE format 0x0055 (MP3) is not supported; export PCM WAV or AIFF".
 */
export class AudioFormatError extends AppError {
  constructor(
    readonly fileName: string,
    readonly problem: string,
  ) {
    super(`${fileName}: ${problem}`);
    this.name = 'AudioFormatError';
  }
}
