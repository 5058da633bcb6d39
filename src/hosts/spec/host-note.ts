import { AppError, type LocalizedMessage } from '../../shared/app-error';

/**
 * Something a host tells the editor after an edit went through (how it had to do it, what it could not record):
 * the English the CLI prints, and its catalog message where it has one, so the panel says it in its language.
 */
export interface HostNote {
  readonly message: string;
  readonly localized?: LocalizedMessage;
}

/**
 * An error's own catalog message as the part `name` of a note's message, so the error is said in the note's language;
 * none where it has no catalog message (its English, the note's value, is shown as it came).
 */
export function errorPart(name: string, error: unknown): { parts?: Readonly<Record<string, LocalizedMessage>> } {
  return AppError.isInstance(error) && error.localized != null ? { parts: { [name]: error.localized } } : {};
}
