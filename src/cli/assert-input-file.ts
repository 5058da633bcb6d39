import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { CliUsageError } from './cli-usage-error';

/**
 * Makes sure an input the command was given (a voice recording, a bed, a pack, an image) is a
 * readable file before any work starts, so a typo ends in one line and the usage exit code rather
 * than a decoder's or the file system's error halfway through. `what` names it as typed:
 * "--voice voice.wav", "the audio file take1.wav".
 */
export async function assertInputFile(command: string, what: string, path: string): Promise<void> {
  const info = await stat(path).catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new CliUsageError(`${command}: ${what} does not exist (${path}).`);
    if (code === 'EACCES' || code === 'EPERM') throw new CliUsageError(`${command}: ${what} cannot be read: permission denied (${path}).`);
    throw new CliUsageError(`${command}: ${what} cannot be read (${code ?? 'unknown error'}, ${path}).`);
  });
  if (info.isDirectory()) throw new CliUsageError(`${command}: ${what} is a folder, not a file (${path}).`);
  await access(path, constants.R_OK).catch(() => {
    throw new CliUsageError(`${command}: ${what} cannot be read: permission denied (${path}).`);
  });
}
