import type { AppLocale } from '../app-locale';
import { CA_MESSAGES } from './ca';
import { EN_MESSAGES, type MessageCatalog } from './en';
import { FR_MESSAGES } from './fr';
import { PL_MESSAGES } from './pl';
import { ZH_HANS_MESSAGES } from './zh-hans';

export type { MessageId } from './en';

/** Every locale's catalog; all are bundled (a few kilobytes each), so switching language needs no loading. */
export const CATALOGS: Readonly<Record<AppLocale, MessageCatalog>> = {
  en: EN_MESSAGES,
  fr: FR_MESSAGES,
  ca: CA_MESSAGES,
  pl: PL_MESSAGES,
  'zh-Hans': ZH_HANS_MESSAGES,
};

/** Each locale's name in its own language, for the language picker (never translated: a reader finds their own). */
export const LOCALE_NATIVE_NAMES: Readonly<Record<AppLocale, string>> = {
  en: 'English',
  fr: 'Français',
  ca: 'Català',
  pl: 'Polski',
  'zh-Hans': '简体中文',
};
