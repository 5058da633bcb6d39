import type { MessageCatalog } from '../en';
import { PL_SHELL } from './shell';
import { PL_GENERATE } from './generate';
import { PL_JOBS } from './jobs';
import { PL_DUCK } from './duck';
import { PL_PRESETS } from './presets';
import { PL_SETTINGS } from './settings';
import { PL_CLI } from './cli';
import { PL_ERRORS } from './errors';
import { PL_SCHEMA } from './schema';
import { PL_DIAGNOSTICS } from './diagnostics';
import { PL_PACKS } from './packs';
import { PL_HOST } from './host';
import { PL_SANDBOX } from './sandbox';

/** Polish: plurals need one/few/many/other (1 klip, 2 klipy, 5 klipów, 1,5 klipu); short forms for the 300 px panel. */
export const PL_MESSAGES: MessageCatalog = {
  ...PL_SHELL,
  ...PL_GENERATE,
  ...PL_JOBS,
  ...PL_DUCK,
  ...PL_PRESETS,
  ...PL_SETTINGS,
  ...PL_CLI,
  ...PL_ERRORS,
  ...PL_SCHEMA,
  ...PL_DIAGNOSTICS,
  ...PL_PACKS,
  ...PL_HOST,
  ...PL_SANDBOX,
};
