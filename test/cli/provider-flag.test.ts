import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli';
import { loadBuiltinCatalog } from '../../src/providers/catalog';
import { captureCliIo } from '../support/capture-cli-io';
import { tempFoldersRemovedAfterAll } from '../support/temp-folders';

const directory = tempFoldersRemovedAfterAll()('cliprelay-provider-flag-');

// Never the real ~/.cliprelay, and no credentials: nothing here may reach a provider.
const captureIo = () => captureCliIo(directory, { CLIPRELAY_HOME: join(directory, 'home') });
const OFFERED = /Known providers: kling, google, google-vertex, runway, fal, byteplus, comfyui; retired: openai\./;

async function run(argv: string[]) {
  const io = captureIo();
  const code = await runCli(argv, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

describe('an unknown or retired --provider is an error everywhere', () => {
  it('models --provider sora: exit 2, one line with the known ids, no table', async () => {
    const result = await run(['models', '--provider', 'sora']);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toMatch(/^cliprelay: models: unknown provider "sora"\. /);
    expect(result.err).toMatch(OFFERED);
    expect(result.err.trimEnd().split('\n')).toHaveLength(1);
  });

  it('models --check --provider sora: refused the same way before any listing is asked', async () => {
    const result = await run(['models', '--check', '--provider', 'sora']);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toMatch(/unknown provider "sora"/);
  });

  it('models --provider openai: retired, with the day and the replacement from the catalog; --all lists its retired models', async () => {
    const retired = await run(['models', '--provider', 'openai']);
    expect(retired.code).toBe(2);
    expect(retired.out).toBe('');
    expect(retired.err).toMatch(/provider "openai" is retired: Sora 2 (Pro )?\(openai sora-2(-pro)?\) was retired on 2026-09-24/);
    expect(retired.err).toMatch(/Use .* instead\./);
    expect(retired.err).toMatch(/`cliprelay models --all --provider openai` lists its retired models/);

    const all = await run(['models', '--provider', 'openai', '--all']);
    expect(all.code).toBe(0);
    expect(all.out).toMatch(/^openai +sora-2 +Sora 2 +retired 2026-09-24→kling-v3/m);
  });

  it('models --provider with a --catalog that has none of its models: exit 2 instead of an empty table', async () => {
    const klingOnly = { models: loadBuiltinCatalog().models.filter((model) => model.provider === 'kling') };
    writeFileSync(join(directory, 'kling-only.json'), JSON.stringify(klingOnly));
    const result = await run(['models', '--provider', 'runway', '--catalog', 'kling-only.json']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/the catalog has no model of provider "runway"/);
  });

  it('generate --provider sora: exit 2 with the known ids, nothing recorded', async () => {
    const result = await run(['generate', '--provider', 'sora', '--prompt', 'x', '--out', 'clips']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/unknown provider "sora"/);
    expect(result.err).toMatch(/kling, google/);
    expect((await run(['jobs', '--json'])).out).toBe('{"jobs":[]}\n');
  });

  it('generate --provider openai: retired, with the day and the replacement', async () => {
    const result = await run(['generate', '--provider', 'openai', '--prompt', 'x', '--out', 'clips']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/retired on 2026-09-24/);
    expect(result.err).toMatch(/Use .* \((kling|google-vertex) [a-z0-9.-]+\) instead\./);
  });
});

describe('an unknown or retired --model is an error too', () => {
  it('generate --model that no catalog entry has: exit 2 listing the provider’s models', async () => {
    const result = await run(['generate', '--provider', 'kling', '--model', 'kling-v9', '--prompt', 'x', '--out', 'clips']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/Unknown model "kling-v9"\. Known models: kling-v2-6, /);
  });

  it('generate --model of another provider, or a retired one: exit 2 saying why', async () => {
    const foreign = await run(['generate', '--provider', 'kling', '--model', 'gen4.5', '--prompt', 'x', '--out', 'clips']);
    expect(foreign.code).toBe(2);
    expect(foreign.err).toMatch(/belongs to provider "runway", not "kling"/);

    const retired = await run(['generate', '--provider', 'google', '--model', 'veo-3.0-generate-001', '--prompt', 'x', '--out', 'clips']);
    expect(retired.code).toBe(2);
    expect(retired.err).toMatch(/was retired on 2026-06-30/);
  });
});
