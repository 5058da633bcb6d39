import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { personalTemplateNameProblem, promptLibrary, searchPromptLibrary } from '../../../src/domain/packs';
import { parsePresetPack } from '../../../src/domain/presets';
import { agencyPack } from '../../support/pack-fixtures';

const pack = parsePresetPack(JSON.stringify(agencyPack({ version: 4 })));
const personal = [
  { id: 'cafe', name: 'Café terrace', text: 'A busy café terrace in {city}, morning chatter' },
  { id: 'drone-night', name: 'Night city', text: 'Drone flight over {city} at night' },
];
const library = promptLibrary([pack], personal);

describe('the prompt library', () => {
  it('lists the pack\u2019s templates (versioned with the pack) before the editor\u2019s own, with their variables', () => {
    expect(library.map((template) => template.key)).toEqual([
      'pack:Acme house mix:aerial',
      'pack:Acme house mix:product',
      'personal:cafe',
      'personal:drone-night',
    ]);
    expect(library[0]).toMatchObject({
      variables: ['place', 'time of day'],
      source: { kind: 'pack', packName: 'Acme house mix', packVersion: 4 },
    });
    expect(library[2]!.source).toEqual({ kind: 'personal' });
  });

  it('searches names, tags, text and variables, ignoring case and accents, best match first', () => {
    // A tag match (aerial is tagged drone) ranks above a match in the text.
    expect(searchPromptLibrary(library, 'DRONE').map((template) => template.id)).toEqual(['aerial', 'drone-night']);
    expect(searchPromptLibrary(library, 'cafe').map((template) => template.id)).toEqual(['cafe']);
    expect(searchPromptLibrary(library, 'city night').map((template) => template.id)).toEqual(['drone-night']);
    expect(searchPromptLibrary(library, 'surface').map((template) => template.id)).toEqual(['product']);
    expect(searchPromptLibrary(library, '  ')).toEqual(library);
    expect(searchPromptLibrary(library, 'volcano')).toEqual([]);
  });

  it('finds only templates that contain every word, and whatever the case of the query', () => {
    const words = fc.constantFrom('aerial', 'city', 'drone', 'café', 'soft', 'night', 'acme', 'x', 'of', 'product');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 3 }), (picked) => {
        const query = picked.join(' ');
        const found = searchPromptLibrary(library, query);
        expect(searchPromptLibrary(library, query.toUpperCase())).toEqual(found);
        for (const template of found) {
          const haystack = `${template.name} ${template.tags.join(' ')} ${template.text} ${template.variables.join(' ')}`
            .normalize('NFKD')
            .replace(/[\u0300-\u036f]/g, '')
            .toLowerCase();
          for (const word of picked) expect(haystack).toContain(word.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''));
        }
        expect(new Set(found.map((template) => template.key)).size).toBe(found.length);
      }),
    );
  });

  it('applies the agency\u2019s naming rule to personal templates', () => {
    expect(personalTemplateNameProblem('ACME – Night city', [pack])).toBeNull();
    expect(personalTemplateNameProblem('Night city', [pack])).toBe(
      `"Night city" does not follow the naming rule: start with the client code and a dash, e.g. 'ACME – Aerial'`,
    );
    expect(personalTemplateNameProblem('anything', [])).toBeNull();
  });
});
