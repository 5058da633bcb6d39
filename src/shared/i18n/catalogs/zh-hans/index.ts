import type { MessageCatalog } from '../en';
import { ZH_HANS_SHELL } from './shell';
import { ZH_HANS_GENERATE } from './generate';
import { ZH_HANS_JOBS } from './jobs';
import { ZH_HANS_DUCK } from './duck';
import { ZH_HANS_PRESETS } from './presets';
import { ZH_HANS_SETTINGS } from './settings';
import { ZH_HANS_CLI } from './cli';
import { ZH_HANS_ERRORS } from './errors';
import { ZH_HANS_SCHEMA } from './schema';
import { ZH_HANS_DIAGNOSTICS } from './diagnostics';
import { ZH_HANS_PACKS } from './packs';
import { ZH_HANS_HOST } from './host';
import { ZH_HANS_SANDBOX } from './sandbox';

/** Simplified Chinese: Premiere's own zh_CN terms (序列, 播放指示器, 素材箱, 关键帧); full-width punctuation. */
export const ZH_HANS_MESSAGES: MessageCatalog = {
  ...ZH_HANS_SHELL,
  ...ZH_HANS_GENERATE,
  ...ZH_HANS_JOBS,
  ...ZH_HANS_DUCK,
  ...ZH_HANS_PRESETS,
  ...ZH_HANS_SETTINGS,
  ...ZH_HANS_CLI,
  ...ZH_HANS_ERRORS,
  ...ZH_HANS_SCHEMA,
  ...ZH_HANS_DIAGNOSTICS,
  ...ZH_HANS_PACKS,
  ...ZH_HANS_HOST,
  ...ZH_HANS_SANDBOX,
};
