import { describe, expect, it } from 'vitest';
import { DEFAULT_PANEL_PREFERENCES } from '../../../src/domain/preferences/panel-preferences';
import { effectivePolicy, parsePresetPack } from '../../../src/domain/presets';

const pack = (name: string, policy: object) => parsePresetPack(JSON.stringify({ schemaVersion: 2, name, policy, presets: [] }));

describe('effectivePolicy: an agency pack pins what editors may change', () => {
  it('applies the stricter cap, the house templates and the intersection of allowed providers', () => {
    const preferences = { ...DEFAULT_PANEL_PREFERENCES, budget: { dailyUsd: 5, perProjectUsd: 50 } };
    const policy = effectivePolicy(preferences, [
      pack('Acme', { budget: { dailyUsd: 2 }, binTemplate: 'Acme AI/{provider}', allowedProviders: ['kling', 'google', 'runway'] }),
      pack('Client X', { budget: { perProjectUsd: 80 }, allowedProviders: ['google', 'runway', 'openai'] }),
    ]);
    expect(policy.budget).toEqual({ dailyUsd: 2, perProjectUsd: 50 });
    expect(policy.binTemplate).toBe('Acme AI/{provider}');
    expect(policy.fileNameTemplate).toBe(DEFAULT_PANEL_PREFERENCES.fileNameTemplate);
    expect(policy.allowedProviders).toEqual(['google', 'runway']);
    expect(policy.pinnedBy).toEqual({ budget: 'Client X', binTemplate: 'Acme', allowedProviders: 'Client X' });
  });

  it('changes nothing without a policy', () => {
    const policy = effectivePolicy(DEFAULT_PANEL_PREFERENCES, [pack('Plain', {})]);
    expect(policy.allowedProviders).toBeNull();
    expect(policy.budget).toEqual({});
  });

  it('refuses a pack whose policy field is wrong, naming it', () => {
    expect(() =>
      parsePresetPack(JSON.stringify({ schemaVersion: 2, name: 'Bad', policy: { budget: { dailyUsd: -1 } }, presets: [] })),
    ).toThrow(/House daily cap must be more than \$0 and at most \$100,000/);
  });
});
