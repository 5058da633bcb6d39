import type { MessageCatalog } from '../en';
import { FR_SHELL } from './shell';
import { FR_GENERATE } from './generate';
import { FR_JOBS } from './jobs';
import { FR_DUCK } from './duck';
import { FR_PRESETS } from './presets';
import { FR_SETTINGS } from './settings';
import { FR_CLI } from './cli';
import { FR_ERRORS } from './errors';
import { FR_SCHEMA } from './schema';
import { FR_DIAGNOSTICS } from './diagnostics';
import { FR_PACKS } from './packs';
import { FR_HOST } from './host';
import { FR_SANDBOX } from './sandbox';

/** French (France, Canada, Belgium, Switzerland): short forms for the 300 px panel; typographic apostrophes (ICU quotes with '). */
export const FR_MESSAGES: MessageCatalog = {
  ...FR_SHELL,
  ...FR_GENERATE,
  ...FR_JOBS,
  ...FR_DUCK,
  ...FR_PRESETS,
  ...FR_SETTINGS,
  ...FR_CLI,
  ...FR_ERRORS,
  ...FR_SCHEMA,
  ...FR_DIAGNOSTICS,
  ...FR_PACKS,
  ...FR_HOST,
  ...FR_SANDBOX,
};
