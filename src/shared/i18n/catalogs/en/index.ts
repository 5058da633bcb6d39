import { EN_SHELL } from './shell';
import { EN_GENERATE } from './generate';
import { EN_JOBS } from './jobs';
import { EN_DUCK } from './duck';
import { EN_PRESETS } from './presets';
import { EN_SETTINGS } from './settings';
import { EN_CLI } from './cli';
import { EN_ERRORS } from './errors';
import { EN_SCHEMA } from './schema';
import { EN_PACKS } from './packs';
import { EN_HOST } from './host';
import { EN_SANDBOX } from './sandbox';
import { EN_DIAGNOSTICS } from './diagnostics';

/**
 * English, the source catalog: every message id is defined here first, in ICU MessageFormat. Other locales must
 * carry the same ids with the same placeholders (test/i18n/catalog-completeness.test.ts). Keep panel strings short:
 * the panel is 300 px wide and French and Polish run about a third longer.
 */
export const EN_MESSAGES = {
  ...EN_SHELL,
  ...EN_GENERATE,
  ...EN_JOBS,
  ...EN_DUCK,
  ...EN_PRESETS,
  ...EN_SETTINGS,
  ...EN_CLI,
  ...EN_ERRORS,
  ...EN_SCHEMA,
  ...EN_PACKS,
  ...EN_HOST,
  ...EN_SANDBOX,
  ...EN_DIAGNOSTICS,
} as const;

/** Every message id: the English catalog is the one source. */
export type MessageId = keyof typeof EN_MESSAGES;

/** A locale's catalog: every id, no other (the compiler refuses a missing key). */
export type MessageCatalog = Readonly<Record<MessageId, string>>;
