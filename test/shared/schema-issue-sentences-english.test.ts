import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { panelPreferencesSchema } from '../../src/domain/preferences/panel-preferences';
import { PANEL_PREFERENCES_VOCABULARY } from '../../src/domain/preferences/panel-preferences-vocabulary';
import { presetPackSchema } from '../../src/domain/presets';
import { PRESET_PACK_VOCABULARY } from '../../src/domain/presets/preset-pack-vocabulary';
import { createTranslator } from '../../src/shared/i18n/translator';
import { describeSchemaError, type SchemaVocabulary, type Wording } from '../../src/shared/schema-issue-sentences';
import * as before from './schema-issue-sentences-english-oracle';

/**
 * English said through the `schema` catalog area is, byte for byte, what the builder said before it had one
 * (the oracle is that builder, frozen): for random documents against the real schemas and for random issues.
 */
const en = createTranslator('en');
type Issue = z.core.$ZodIssue;

/** The vocabulary with every catalog label in its English words, as the old builder took it. */
function inEnglish(vocabulary: SchemaVocabulary): before.SchemaVocabulary {
  const say = (wording: Wording) => (typeof wording === 'string' ? wording : (en.t as (id: string) => string)(wording.id));
  return {
    ...(vocabulary.whole == null ? {} : { whole: say(vocabulary.whole) }),
    items: Object.fromEntries(Object.entries(vocabulary.items ?? {}).map(([key, item]) => [key, { ...item, name: say(item.name) }])),
    fields: Object.fromEntries(
      Object.entries(vocabulary.fields ?? {}).map(([key, field]) => [
        key,
        typeof field === 'object' && 'name' in field ? { ...field, name: say(field.name) } : say(field),
      ]),
    ),
  };
}

function expectSameEnglish(issues: readonly Issue[], options: { schema?: z.ZodType; input?: unknown; vocabulary?: SchemaVocabulary }) {
  const old = { ...options, vocabulary: options.vocabulary == null ? undefined : inEnglish(options.vocabulary) };
  expect(describeSchemaError(issues, options)).toBe(before.describeSchemaError(issues, old));
  expect(describeSchemaError(issues, { ...options, translator: en })).toBe(before.describeSchemaError(issues, old));
}

const typed = fc.string({ unit: fc.constantFrom('a', 'B', 'é', '{', '}', '_', ' ', '-', '1', "'", '#') });
const anyValue = fc.oneof(
  fc.anything({ key: typed, values: [fc.boolean(), fc.integer(), fc.double(), typed, fc.constant(null)] }),
  fc.double(),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  typed,
  fc.constant(undefined),
);

describe('English through the catalog is today\u2019s English', () => {
  it('for random preset packs', () => {
    const preset = fc.record(
      {
        id: anyValue,
        name: anyValue,
        depthDb: anyValue,
        attackSeconds: anyValue,
        holdSeconds: anyValue,
        targetGapDb: anyValue,
        extra: anyValue,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.record(
          {
            schemaVersion: fc.oneof(fc.constant(3), anyValue),
            name: anyValue,
            presets: fc.oneof(anyValue, fc.array(preset, { maxLength: 3 })),
            policy: anyValue,
          },
          { requiredKeys: [] },
        ),
        (input) => {
          const result = presetPackSchema.safeParse(input, { reportInput: true });
          if (!result.success)
            expectSameEnglish(result.error.issues, { schema: presetPackSchema, input, vocabulary: PRESET_PACK_VOCABULARY });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('for random settings', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            fileNameTemplate: anyValue,
            binTemplate: anyValue,
            budget: fc.oneof(anyValue, fc.record({ dailyUsd: anyValue, perProjectUsd: anyValue }, { requiredKeys: [] })),
            maxConcurrentPerProvider: anyValue,
            promptTemplates: fc.oneof(anyValue, fc.array(fc.record({ id: anyValue, name: anyValue, text: anyValue }), { maxLength: 2 })),
            unknownSetting: anyValue,
          },
          { requiredKeys: [] },
        ),
        (input) => {
          const result = panelPreferencesSchema.safeParse(input);
          if (!result.success)
            expectSameEnglish(result.error.issues, { schema: panelPreferencesSchema, input, vocabulary: PANEL_PREFERENCES_VOCABULARY });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('for random issues of every kind, with and without a vocabulary', () => {
    const path = fc.array(
      fc.oneof(fc.constantFrom('presets', 'depthDb', 'gainDb', 'name', 'delayMs', 'budget', 'dailyUsd', 'widthHz'), fc.nat(3)),
      {
        maxLength: 4,
      },
    );
    // Small and round limits too: the plural and empty-list forms hang on 0, 1 and 2.
    const limit = fc.oneof(
      fc.constantFrom(0, 1, 2, 1000, -24, 0.02, 100_000),
      fc.integer({ min: -100_000, max: 100_000 }),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    );
    const issue: fc.Arbitrary<Issue> = fc.oneof(
      fc.record({
        code: fc.constant('invalid_type' as const),
        expected: fc.constantFrom('number', 'int', 'string', 'boolean', 'array', 'object', 'date', 'bigint'),
        path,
        message: fc.constant('Invalid input'),
        input: anyValue,
      }),
      fc.record({
        code: fc.constantFrom('too_small' as const, 'too_big' as const),
        origin: fc.constantFrom('string', 'array', 'set', 'number', 'int', 'bigint', 'date'),
        minimum: limit,
        maximum: limit,
        inclusive: fc.boolean(),
        path,
        message: fc.constant('Too small'),
        input: anyValue,
      }),
      fc.record({
        code: fc.constant('invalid_value' as const),
        values: fc.array(fc.oneof(typed, fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null)), { maxLength: 5 }),
        path,
        message: fc.constant('Invalid option'),
      }),
      fc.record({ code: fc.constant('not_multiple_of' as const), divisor: limit, path, message: fc.constant('Invalid') }),
      fc.record({
        code: fc.constant('invalid_format' as const),
        format: fc.constantFrom('url', 'email', 'datetime', 'date', 'uuid', 'regex'),
        path,
        message: fc.oneof(
          fc.constant('Invalid string'),
          fc.constant('use lowercase letters, digits and dashes'),
          fc.constant('must be a slug'),
        ),
      }),
      fc.record({
        code: fc.constant('unrecognized_keys' as const),
        keys: fc.array(typed, { minLength: 1, maxLength: 3 }),
        path,
        message: fc.constant('Unrecognized'),
      }),
      fc.record({
        code: fc.constantFrom('invalid_union' as const, 'invalid_key' as const, 'invalid_element' as const),
        path,
        message: fc.constant('Invalid input'),
      }),
      fc.record({
        code: fc.constant('custom' as const),
        path,
        message: fc.oneof(typed, fc.constant('has unknown {client}; use {project}')),
      }),
    ) as unknown as fc.Arbitrary<Issue>;
    const vocabulary = fc.constantFrom(undefined, PRESET_PACK_VOCABULARY, PANEL_PREFERENCES_VOCABULARY);
    fc.assert(
      fc.property(fc.array(issue, { maxLength: 3 }), vocabulary, anyValue, (issues, words, input) => {
        expectSameEnglish(issues, { vocabulary: words, input });
      }),
      { numRuns: 400 },
    );
  });
});
