import type { MessageCatalog } from '../en';
import { CA_SHELL } from './shell';
import { CA_GENERATE } from './generate';
import { CA_JOBS } from './jobs';
import { CA_DUCK } from './duck';
import { CA_PRESETS } from './presets';
import { CA_SETTINGS } from './settings';
import { CA_CLI } from './cli';
import { CA_ERRORS } from './errors';
import { CA_SCHEMA } from './schema';
import { CA_DIAGNOSTICS } from './diagnostics';
import { CA_PACKS } from './packs';
import { CA_HOST } from './host';
import { CA_SANDBOX } from './sandbox';

/** Catalan (Catalonia, Valencia, Balearic Islands, Andorra): short forms for the 300 px panel; typographic apostrophes. */
export const CA_MESSAGES: MessageCatalog = {
  ...CA_SHELL,
  ...CA_GENERATE,
  ...CA_JOBS,
  ...CA_DUCK,
  ...CA_PRESETS,
  ...CA_SETTINGS,
  ...CA_CLI,
  ...CA_ERRORS,
  ...CA_SCHEMA,
  ...CA_DIAGNOSTICS,
  ...CA_PACKS,
  ...CA_HOST,
  ...CA_SANDBOX,
};
