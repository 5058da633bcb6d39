import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DEFAULT_PANEL_PREFERENCES, panelPreferencesSchema } from '../../src/domain/preferences/panel-preferences';
import { PANEL_PREFERENCES_VOCABULARY } from '../../src/domain/preferences/panel-preferences-vocabulary';
import { presetPackSchema } from '../../src/domain/presets';
import { PRESET_PACK_VOCABULARY } from '../../src/domain/presets/preset-pack-vocabulary';
import {
  describeSchemaError,
  describeSchemaIssues,
  isSchemaError,
  type DescribeIssuesOptions,
} from '../../src/shared/schema-issue-sentences';

function sentencesFor(schema: z.ZodType, input: unknown, options: Omit<DescribeIssuesOptions, 'schema' | 'input'> = {}): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return describeSchemaIssues(result.error.issues, { schema, input, ...options });
}

const preferences = (changes: Record<string, unknown>) =>
  sentencesFor(panelPreferencesSchema, { ...DEFAULT_PANEL_PREFERENCES, ...changes }, { vocabulary: PANEL_PREFERENCES_VOCABULARY });

const goodPreset = { id: 'interview', name: 'Interview', depthDb: -9, attackSeconds: 0.3, releaseSeconds: 0.6, holdSeconds: 1 };
const pack = (presets: unknown[], extra: Record<string, unknown> = {}) =>
  sentencesFor(presetPackSchema, { schemaVersion: 3, name: 'Acme', presets, ...extra }, { vocabulary: PRESET_PACK_VOCABULARY });

describe('schema issues in the user\u2019s words: settings', () => {
  it.each([
    [{ budget: { dailyUsd: Number('twelve') } }, ['Daily cap must be a number of dollars']],
    [{ budget: { dailyUsd: 0 } }, ['Daily cap must be more than $0 and at most $100,000']],
    [{ budget: { perProjectUsd: 250_000 } }, ['Per-project cap must be more than $0 and at most $100,000']],
    [{ budget: { dailyUsd: '5' } }, ['Daily cap must be a number of dollars']],
    [{ binTemplate: '' }, ['Bins must not be empty']],
    [
      { fileNameTemplate: '{client}_{slug}' },
      ['File names has unknown {client}; use {project}, {provider}, {model}, {date}, {time}, {slug}, {variation} or {job}'],
    ],
    [{ maxConcurrentPerProvider: 0 }, ['Jobs at once per provider must be between 1 and 10']],
    [{ maxConcurrentPerProvider: 2.5 }, ['Jobs at once per provider must be a whole number between 1 and 10']],
    [{ colour: 'red' }, ['“colour” is not a known field']],
    [{ promptTemplates: [{ id: 'a', name: 'Aerial', text: '' }] }, ["Prompt template 'Aerial' → text: must not be empty"]],
  ])('%j → %j', (changes, expected) => {
    expect(preferences(changes)).toEqual(expected);
  });

  it('joins several problems into one paragraph with full stops', () => {
    const input = { ...DEFAULT_PANEL_PREFERENCES, binTemplate: '', budget: { dailyUsd: Number.NaN } };
    const result = panelPreferencesSchema.safeParse(input);
    expect(
      describeSchemaError(result.error!.issues, { schema: panelPreferencesSchema, vocabulary: PANEL_PREFERENCES_VOCABULARY, input }),
    ).toBe('Bins must not be empty. Daily cap must be a number of dollars.');
  });
});

describe('schema issues in the user\u2019s words: preset packs', () => {
  it.each([
    [[{ ...goodPreset, depthDb: 3 }], ["Preset 'Interview' → duck depth: must be between −24 and −1 dB"]],
    [[{ ...goodPreset, depthDb: 'loud' }], ["Preset 'Interview' → duck depth: must be a number of decibels (dB)"]],
    [[{ ...goodPreset, holdSeconds: undefined }], ["Preset 'Interview' → hold: is required"]],
    [[{ ...goodPreset, attackSeconds: 9 }], ["Preset 'Interview' → fade down: must be between 0.02 and 5 s"]],
    [[{ ...goodPreset, name: '' }], ['Preset 1 → name: must not be empty']],
    [[goodPreset, { ...goodPreset, name: 'Promo', id: 'Promo Mix' }], ["Preset 'Promo' → id: use lowercase letters, digits and dashes"]],
    [[{ ...goodPreset, volume: 3 }], ["Preset 'Interview': “volume” is not a known field"]],
    [[{ ...goodPreset, detection: { bandLowHz: 5 } }], ["Preset 'Interview' → detection.bandLowHz: must be between 20 and 1,000 Hz"]],
    [[{ ...goodPreset, targetGapDb: 50 }], ["Preset 'Interview' → target gap: must be between 0 and 40 dB"]],
  ])('%j → %j', (presets, expected) => {
    expect(pack(presets)).toEqual(expected);
  });

  it('names the pack-level fields and literal versions', () => {
    expect(pack([], { schemaVersion: 4 })).toEqual(['Schema version must be 3']);
    expect(pack([], { policy: { budget: { dailyUsd: -1 } } })).toEqual(['House daily cap must be more than $0 and at most $100,000']);
    expect(pack([], { presets: 'none' })).toEqual(['Presets must be a list']);
  });
});

describe('schema issues without a vocabulary', () => {
  const schema = z.strictObject({
    gainDb: z.number().min(-60).max(12),
    delayMs: z.number().int().nonnegative(),
    mode: z.enum(['fast', 'slow', 'exact']),
    tags: z.array(z.string()).min(1).max(3),
    site: z.url(),
  });
  const good = { gainDb: 0, delayMs: 10, mode: 'fast', tags: ['a'], site: 'https://example.com' };

  it.each([
    [{ gainDb: 40 }, ['gainDb must be between −60 and 12 dB']],
    [{ delayMs: -5 }, ['delayMs must be at least 0 ms']],
    [{ mode: 'slower' }, ['mode must be one of "fast", "slow" or "exact"']],
    [{ tags: [] }, ['tags must have at least one entry']],
    [{ tags: ['a', 'b', 'c', 'd'] }, ['tags must have at most 3 entries']],
    [{ site: 'example' }, ['site must be a web address (https://…)']],
  ])('%j → %j', (changes, expected) => {
    expect(sentencesFor(schema, { ...good, ...changes })).toEqual(expected);
  });

  it('names the whole value when it is not even an object, and tells a thrown ZodError by its shape', () => {
    expect(sentencesFor(schema, 'text')).toEqual(['The value must be a group of named fields']);
    let thrown: unknown;
    try {
      schema.parse({ ...good, gainDb: Number.NaN });
    } catch (error) {
      thrown = error;
    }
    expect(isSchemaError(thrown)).toBe(true);
    expect(isSchemaError(new Error('x'))).toBe(false);
    expect(describeSchemaError((thrown as z.ZodError).issues)).toBe('gainDb must be a number of decibels (dB).');
  });
});

/** What zod says in its own voice: none of it may reach a person. */
const JARGON = /expected|received|invalid_type|too_small|too_big|unrecognized|NaN|\{\s*"|"\s*:|\[\s*\{|Invalid input/i;

describe('no zod jargon, whatever the input', () => {
  // Text a person typed is echoed (a preset's name, an unknown key); without quotes, colons or brackets in it, any `{"` or `":`
  // in a sentence can only be a JSON dump of ours.
  const typed = fc.string({ unit: fc.constantFrom('a', 'B', 'é', '{', '}', '_', ' ', '-', '1', "'") });
  const anyValue = fc.oneof(
    fc.anything({ key: typed, values: [fc.boolean(), fc.integer(), fc.double(), typed, fc.constant(null)] }),
    fc.double(),
    fc.integer({ min: -1_000_000, max: 1_000_000 }),
    typed,
    fc.constant(Number.NaN),
    fc.constant(undefined),
  );
  const presetLike = fc.record(
    {
      id: anyValue,
      name: anyValue,
      depthDb: anyValue,
      attackSeconds: anyValue,
      releaseSeconds: anyValue,
      holdSeconds: anyValue,
      targetGapDb: anyValue,
      minDepthDb: anyValue,
      maxDepthDb: anyValue,
      detection: fc.oneof(anyValue, fc.record({ bandLowHz: anyValue, openAboveFloorDb: anyValue, closeAboveFloorDb: anyValue })),
      locked: anyValue,
      extra: anyValue,
    },
    { requiredKeys: [] },
  );

  it('preset packs', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            schemaVersion: anyValue,
            name: anyValue,
            presets: fc.oneof(anyValue, fc.array(presetLike, { maxLength: 3 })),
            policy: anyValue,
          },
          { requiredKeys: [] },
        ),
        (input) => {
          for (const sentence of sentencesFor(presetPackSchema, input, { vocabulary: PRESET_PACK_VOCABULARY })) {
            expect(sentence).not.toMatch(JARGON);
            expect(sentence.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('settings', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            fileNameTemplate: anyValue,
            binTemplate: anyValue,
            budget: fc.oneof(anyValue, fc.record({ dailyUsd: anyValue, perProjectUsd: anyValue }, { requiredKeys: [] })),
            maxConcurrentPerProvider: anyValue,
            presetPacks: anyValue,
            promptTemplates: fc.oneof(anyValue, fc.array(fc.record({ id: anyValue, name: anyValue, text: anyValue }), { maxLength: 2 })),
            unknownSetting: anyValue,
          },
          { requiredKeys: [] },
        ),
        (input) => {
          for (const sentence of sentencesFor(panelPreferencesSchema, input, { vocabulary: PANEL_PREFERENCES_VOCABULARY })) {
            expect(sentence).not.toMatch(JARGON);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
