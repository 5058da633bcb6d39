import { describe, expect, it } from 'vitest';
import { openSignedPack } from '../../../src/domain/packs';
import { parsePresetPack, PASTED_PACK_SOURCE, PresetPackError } from '../../../src/domain/presets';
import type { LocalizedMessage } from '../../../src/shared/app-error';
import type { AppLocale } from '../../../src/shared/i18n/app-locale';
import { describeErrorIn } from '../../../src/shared/i18n/describe-error-in';
import { createTranslator } from '../../../src/shared/i18n/translator';
import { PackHostNotAllowedError } from '../../../src/workflows/packs/pack-host-not-allowed-error';

/** The refusal parsePresetPack throws for this text. */
function refusal(text: string, source = PASTED_PACK_SOURCE, locale?: AppLocale): PresetPackError {
  try {
    parsePresetPack(text, source, locale == null ? undefined : createTranslator(locale));
  } catch (error) {
    if (error instanceof PresetPackError) return error;
    throw error;
  }
  throw new Error('the pack was accepted');
}

/** The catalog's English for a message and the sentences after it, joined as the English message joins them. */
function catalogEnglish(localized: LocalizedMessage): string {
  const t = createTranslator('en').t as (id: string, values?: LocalizedMessage['values']) => string;
  return [t(localized.id, localized.values), ...(localized.also ?? []).map(catalogEnglish)].join(' ');
}

const say = (locale: AppLocale, error: unknown) => describeErrorIn(createTranslator(locale), error);

/** Every problem found before a pack's fields are checked. */
const PROBLEMS: readonly (readonly [string, string])[] = [
  ['empty', '   '],
  ['cut short', '{"schemaVersion": 3, "name": "Acme"'],
  ['a mistake at a line and column', '{\n  "schemaVersion": 3,\n  "name": "Acme",,\n}'],
  ['not an object', '[1, 2]'],
  ['a newer format', '{"schemaVersion": 99, "name": "Acme", "presets": []}'],
  ['no format version', '{"name": "Acme", "presets": []}'],
  ['an unknown format version', '{"schemaVersion": "three", "name": "Acme", "presets": []}'],
  ['a version 3 field in a version 2 pack', '{"schemaVersion": 2, "name": "Acme", "presets": [], "version": 4}'],
];

describe('a pack refused before its fields are checked', () => {
  it.each(PROBLEMS)('(%s) says in English, through the catalog, exactly the message the CLI prints', (_, text) => {
    for (const source of [PASTED_PACK_SOURCE, 'acme.json']) {
      const error = refusal(text, source);
      expect(error.localized).toBeDefined();
      expect(catalogEnglish(error.localized!)).toBe(error.message);
      expect(say('en', error)).toBe(error.message);
    }
  });

  it('keeps the English the CLI and the browser tests read', () => {
    expect(refusal('').message).toBe('Cannot use the pasted pack. It is empty.');
    expect(refusal(PROBLEMS[2]![1], 'acme.json').message).toBe(
      'Cannot use acme.json. It is not valid JSON (a mistake near line 3, column 18).',
    );
  });

  it('is said in French: the pasted pack, the JSON mistake with its line and column, the format version', () => {
    expect(say('fr', refusal(''))).toBe('Impossible d’utiliser le pack collé. Il est vide.');
    expect(say('fr', refusal(PROBLEMS[2]![1], 'acme.json'))).toBe(
      'Impossible d’utiliser acme.json. Ce n’est pas du JSON valide (erreur vers la ligne 3, colonne 18).',
    );
    expect(say('fr', refusal(PROBLEMS[4]![1]))).toBe(
      'Impossible d’utiliser le pack collé. La version de schéma 99 est plus récente que celle que lit cette version de ClipRelay (3) ; mettez ClipRelay à jour.',
    );
    expect(say('fr', refusal(PROBLEMS[7]![1]))).toBe(
      'Impossible d’utiliser le pack collé. « version » est un champ de la version 3 du schéma ; mettez schemaVersion à 3 pour l’utiliser.',
    );
  });

  it('is said in Polish and Chinese', () => {
    expect(say('pl', refusal('[1]'))).toBe(
      'Nie można użyć wklejonego pakietu. Musi to być obiekt JSON z polami schemaVersion, name i presets.',
    );
    expect(say('zh-Hans', refusal('{"name": "Acme"}'))).toBe('无法使用粘贴的预设包。必须提供架构版本（1、2 或 3）。');
  });

  it('says the fields the schema refused in the panel’s language after the pack’s name in it', () => {
    const text = JSON.stringify({
      schemaVersion: 3,
      name: 'Acme',
      presets: [{ id: 'interview', name: 'Interview', depthDb: 3, attackSeconds: 0.3, releaseSeconds: 0.6, holdSeconds: 1 }],
    });
    expect(say('fr', refusal(text, PASTED_PACK_SOURCE, 'fr'))).toBe(
      'Impossible d’utiliser le pack collé. Préréglage « Interview » → profondeur d’atténuation : doit être entre −24 et −1 dB.',
    );
    const english = refusal(text);
    expect(catalogEnglish(english.localized!)).toBe(english.message);
  });

  it('a signed pack file that is not JSON is said in French too', () => {
    let error: unknown;
    try {
      openSignedPack('{"format": ', { source: 'acme.cliprelay-pack.json' });
    } catch (thrown) {
      error = thrown;
    }
    expect(say('fr', error)).toBe(
      'Impossible d’utiliser acme.cliprelay-pack.json. Ce n’est pas du JSON valide (il est peut-être tronqué).',
    );
  });
});

describe('a pack host this build may not reach', () => {
  it('says the same in English through the catalog, and in French', () => {
    for (const allowedHosts of [[], ['packs.acme.example', 'cdn.acme.example']]) {
      const error = new PackHostNotAllowedError({ host: 'evil.example', allowedHosts });
      expect(catalogEnglish(error.localized!)).toBe(error.message);
    }
    expect(say('fr', new PackHostNotAllowedError({ host: 'evil.example', allowedHosts: ['packs.acme.example'] }))).toMatch(
      /^Cette version de ClipRelay ne peut récupérer des packs que depuis packs\.acme\.example, pas depuis evil\.example\./,
    );
  });
});
