import type { PresetPackInput } from '../../src/domain/presets';

/** An agency pack as the pack tests share it: a locked preset, a policy, a client list, two shared prompts. */
export function agencyPack(overrides: Partial<PresetPackInput> = {}): PresetPackInput {
  return {
    schemaVersion: 3,
    name: 'Acme house mix',
    version: 1,
    organisation: 'Acme Films',
    policy: {
      budget: { dailyUsd: 200, perClientMonthlyUsd: 500 },
      allowedProviders: ['kling', 'google'],
      clients: { tagFrom: 'list', names: ['Globex', 'Initech'] },
      reportPrompts: 'hash',
    },
    prompts: {
      namingRule: { pattern: '^[A-Z]{2,8} – ', description: "start with the client code and a dash, e.g. 'ACME – Aerial'" },
      templates: [
        { id: 'aerial', name: 'ACME – Aerial', text: 'Slow aerial shot of {place} at {time of day}', tags: ['drone', 'establishing'] },
        { id: 'product', name: 'ACME – Product hero', text: 'Close-up of {product} on {surface}, soft light' },
      ],
    },
    presets: [{ id: 'promo', name: 'Promo', depthDb: -10, attackSeconds: 0.3, releaseSeconds: 0.6, holdSeconds: 1, locked: true }],
    ...overrides,
  };
}

/** A fixed 32-byte seed per name, so test keys are stable and distinct. */
export function testSeed(name: string): Uint8Array {
  const seed = new Uint8Array(32);
  for (let index = 0; index < 32; index++) seed[index] = (name.charCodeAt(index % name.length) * (index + 7)) & 0xff;
  return seed;
}
