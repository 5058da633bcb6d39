import type { z } from 'zod';
import { readStoredJson } from './read-stored-json';
import { StoredDataDamagedError } from './stored-data-damaged-error';

/**
 * For documents that have safe defaults (panel preferences, settings): absent is the default; damaged is
 * copied aside first (so a hand edit is never lost), then `replaceDamaged` puts the default in its place (so
 * the next read neither finds it again nor keeps another copy), with `onDamaged` told where the copy went.
 * Any other failure (the disk) is the caller's to see.
 */
export async function readStoredJsonOrDefault<Schema extends z.ZodType>(options: {
  readonly text: string | null;
  readonly schema: Schema;
  readonly document: string;
  readonly fallback: z.output<Schema>;
  readonly keepAside: (text: string, nowMs: number) => Promise<string>;
  /** Writes the fallback over the damaged document once its copy is safe. */
  readonly replaceDamaged: () => Promise<void>;
  readonly onDamaged?: (damage: StoredDataDamagedError) => void;
  readonly now?: () => number;
}): Promise<z.output<Schema>> {
  try {
    return readStoredJson(options.text, options.schema, options.document) ?? options.fallback;
  } catch (error) {
    if (!(error instanceof StoredDataDamagedError)) throw error;
    const keptAsidePath = await options.keepAside(options.text!, (options.now ?? Date.now)());
    await options.replaceDamaged();
    options.onDamaged?.(new StoredDataDamagedError({ document: options.document, detail: error.detail, keptAsidePath, cause: error }));
    return options.fallback;
  }
}
