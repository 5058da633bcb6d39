import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli';
import { isModelOffered, loadBuiltinCatalog } from '../../src/providers/catalog';
import { tempFoldersRemovedAfterAll } from '../support/temp-folders';

const makeTempFolder = tempFoldersRemovedAfterAll();

function capture(cwd = process.cwd()) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: { stdout: { write: (text: string) => out.push(text) }, stderr: { write: (text: string) => err.push(text) }, env: {}, cwd },
  };
}

describe('cliprelay models', () => {
  it('lists the built-in catalog as a table and as JSON', async () => {
    const table = capture();
    expect(await runCli(['models', '--provider', 'kling'], table.io)).toBe(0);
    expect(table.out[0]).toMatch(/^PROVIDER\s+MODEL\s+NAME\s+STATUS\s+SECONDS\s+ASPECT\s+AUDIO\s+USD\/S/);
    expect(table.out.join('')).toMatch(/kling\s+kling-v3\s+Kling 3\.0\s+live\s+3-15\s/);
    const json = capture();
    expect(await runCli(['models', '--json'], json.io)).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect(JSON.parse(json.out.join('')).models).toEqual(loadBuiltinCatalog().models.filter((model) => isModelOffered(model, today)));
  });

  it('loads a newer catalog from a file, and refuses a bad one naming the field', async () => {
    const dir = makeTempFolder('cliprelay-catalog-');
    const model = { ...loadBuiltinCatalog().models[0]!, id: 'kling-v9', displayName: 'Kling 9' };
    writeFileSync(join(dir, 'newer.json'), JSON.stringify({ models: [model] }));
    const newer = capture(dir);
    expect(await runCli(['models', '--catalog', 'newer.json'], newer.io)).toBe(0);
    expect(newer.out.join('')).toMatch(/kling-v9\s+Kling 9/);

    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ models: [{ ...model, pricePerSecondUsd: -1 }] }));
    const bad = capture(dir);
    expect(await runCli(['models', '--catalog', 'bad.json'], bad.io)).toBe(1);
    expect(bad.err.join('')).toMatch(/Model '[^']+' → pricePerSecondUsd: must be at least \$0\./);
  });

  it('validates a generate request against a newer catalog before sending anything', async () => {
    const dir = makeTempFolder('cliprelay-catalog-');
    const model = { ...loadBuiltinCatalog().models[0]!, durationsSeconds: [4, 8] };
    writeFileSync(join(dir, 'catalog.json'), JSON.stringify({ models: [model] }));
    const run = capture(dir);
    const env = { KLING_ACCESS_KEY: 'a', KLING_SECRET_KEY: 'b' };
    const code = await runCli(
      [
        'generate',
        '--provider',
        'kling',
        '--prompt',
        'x',
        '--out',
        'o',
        '--seconds',
        '5',
        '--catalog',
        'catalog.json',
        '--base-url',
        'http://127.0.0.1:9',
      ],
      { ...run.io, env },
    );
    expect(code).toBe(2);
    expect(run.err.join('')).toMatch(/Kling 2\.6 accepts 4 or 8 seconds; 5 s was asked/);
  });
});
