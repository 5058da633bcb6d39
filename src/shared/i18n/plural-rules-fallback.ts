import { APP_LOCALES } from './app-locale';

/**
 * CLDR cardinal plural rules for our five languages only, for a runtime whose `Intl` has no PluralRules (UXP's is not
 * documented; Diagnostics reports what it has). Without it, every plural message would show its raw ICU source. Integer
 * and decimal operands as CLDR defines them: `i` integer digits, `v` count of visible fraction digits.
 */
function cardinalCategory(language: string, value: number): Intl.LDMLPluralRule {
  const n = Math.abs(value);
  const v = Number.isInteger(n) ? 0 : 1;
  const i = Math.floor(n);
  switch (language) {
    case 'fr':
      return i === 0 || i === 1 ? 'one' : i !== 0 && i % 1_000_000 === 0 && v === 0 ? 'many' : 'other';
    case 'pl':
      if (v !== 0) return 'other';
      if (i === 1) return 'one';
      if ([2, 3, 4].includes(i % 10) && ![12, 13, 14].includes(i % 100)) return 'few';
      return 'many';
    case 'zh':
      return 'other';
    case 'ca': // like English, plus CLDR's "many" for whole millions (as French has)
      return i === 1 && v === 0 ? 'one' : i !== 0 && i % 1_000_000 === 0 && v === 0 ? 'many' : 'other';
    default: // en
      return i === 1 && v === 0 ? 'one' : 'other';
  }
}

class PluralRulesFallback {
  private readonly language: string;

  constructor(locales?: string | readonly string[]) {
    const first = (Array.isArray(locales) ? locales[0] : locales) as string | undefined;
    this.language = (first ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  }

  select(value: number): Intl.LDMLPluralRule {
    return cardinalCategory(this.language, value);
  }

  resolvedOptions() {
    return { locale: this.language, type: 'cardinal', pluralCategories: ['one', 'few', 'many', 'other'] };
  }

  static supportedLocalesOf(locales: string | readonly string[]): string[] {
    const asked = typeof locales === 'string' ? [locales] : [...locales];
    return asked.filter((tag) => APP_LOCALES.some((locale) => tag.toLowerCase().startsWith(locale.split('-')[0]!)));
  }
}

export const PLURAL_RULES_FALLBACK_NAME = 'ClipRelay plural rules (en, fr, ca, pl, zh)';

/** Installs the fallback on `intl` only when it has no working PluralRules; true when it did. Idempotent. */
export function installPluralRulesFallback(intl: typeof Intl): boolean {
  if (typeof intl.PluralRules === 'function') return false;
  Object.defineProperty(intl, 'PluralRules', { value: PluralRulesFallback, configurable: true, writable: true });
  return true;
}
