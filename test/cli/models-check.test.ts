import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli';
import { helpText } from '../../src/cli/help-command';
import { DEMO_GEMINI_API_KEY } from '../../src/emulators/google';
import { loadBuiltinCatalog } from '../../src/providers/catalog';
import { startGoogleEmulatorServer, type GoogleEmulatorServer } from '../emulators/google/google-emulator-server';
import { tempFoldersRemovedAfterAll } from '../support/temp-folders';

const makeTempFolder = tempFoldersRemovedAfterAll();

function capture(env: Record<string, string> = {}, cwd = process.cwd()) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: { stdout: { write: (text: string) => out.push(text) }, stderr: { write: (text: string) => err.push(text) }, env, cwd },
  };
}

let server: GoogleEmulatorServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('cliprelay models: lifecycle', () => {
  it('shows each model\u2019s status and leaves retired ones out unless --all', async () => {
    const table = capture();
    expect(await runCli(['models'], table.io)).toBe(0);
    const text = table.out.join('');
    expect(table.out[0]).toMatch(/^PROVIDER\s+MODEL\s+NAME\s+STATUS\s+SECONDS/);
    expect(text).toMatch(/kling\s+kling-v2-6\s+Kling 2\.6\s+live\s/);
    expect(text).toMatch(/fal\s+fal-ai\/veo3\s+Veo 3 \(fal\)\s+deprecated→fal-ai\/veo3\.1\s/);
    expect(text).not.toMatch(/sora-2|veo-3\.1-generate-preview/);

    const all = capture();
    expect(await runCli(['models', '--all', '--provider', 'openai'], all.io)).toBe(0);
    expect(all.out.join('')).toMatch(/openai\s+sora-2\s+Sora 2\s+retired 2026-09-24→kling-v3\s/);

    // Without --all a retired provider is refused (exit 2), not answered with an empty list.
    const json = capture();
    expect(await runCli(['models', '--json', '--provider', 'openai'], json.io)).toBe(2);
    expect(json.out).toEqual([]);
    expect(json.err.join('')).toMatch(/provider "openai" is retired/);
  });
});

describe('cliprelay models --check', () => {
  it('asks the configured providers\u2019 own listings and says what could not be checked', async () => {
    server = await startGoogleEmulatorServer({ legacyGeminiVeo: false });
    const run = capture({
      GEMINI_API_KEY: DEMO_GEMINI_API_KEY,
      GOOGLE_GEMINI_BASE_URL: server.baseUrl,
      KLING_ACCESS_KEY: 'a',
      KLING_SECRET_KEY: 'b',
    });
    expect(await runCli(['models', '--check', '--json'], run.io)).toBe(0);
    const checks = JSON.parse(run.out.join('')).checks as {
      provider: string;
      model: string;
      catalogStatus: string;
      result: string;
      detail?: string;
    }[];
    const find = (model: string) => checks.find((check) => check.model === model);
    // The Gemini API no longer lists its Veo ids: the catalog's "retired" is confirmed.
    expect(find('veo-3.1-generate-preview')).toMatchObject({ provider: 'google', catalogStatus: 'retired', result: 'not-served' });
    // …and Gemini Omni, offered on the same key, is confirmed by the same listing.
    expect(find('gemini-omni-1.2-flash')).toMatchObject({ provider: 'google', catalogStatus: 'live', result: 'served' });
    expect(find('kling-v2-6')).toMatchObject({ result: 'not-checkable', detail: 'Kling offers no model listing' });
    expect(find('veo3.1')).toMatchObject({ provider: 'runway', result: 'not-configured', detail: 'set RUNWAYML_API_SECRET' });
    expect(find('veo-3.1-generate-001')).toMatchObject({ result: 'not-configured' });
  });

  it('exits 1 naming an offered model its provider no longer lists (a stale catalog)', async () => {
    server = await startGoogleEmulatorServer({ legacyGeminiVeo: false });
    const dir = makeTempFolder('cliprelay-check-');
    const preview = loadBuiltinCatalog().models.find((model) => model.id === 'veo-3.1-generate-preview')!;
    // A catalog from before the shutdown, still calling the preview id live.
    writeFileSync(
      join(dir, 'old.json'),
      JSON.stringify({ models: [{ ...preview, lifecycle: { status: 'live', sources: preview.lifecycle!.sources, verified: false } }] }),
    );
    const run = capture({ GEMINI_API_KEY: DEMO_GEMINI_API_KEY, GOOGLE_GEMINI_BASE_URL: server.baseUrl }, dir);
    expect(await runCli(['models', '--check', '--catalog', 'old.json'], run.io)).toBe(1);
    expect(run.out.join('')).toMatch(/google\s+veo-3\.1-generate-preview\s+live\s+no\s+NOT SERVED/);
    expect(run.out.join('')).toMatch(/google veo-3\.1-generate-preview: not listed \u2014 the provider does not list this id/);
    expect(run.err.join('')).toMatch(/1 offered model\(s\) are no longer served by their provider: google veo-3\.1-generate-preview/);
  });

  it('reports a listing that fails instead of guessing', async () => {
    server = await startGoogleEmulatorServer();
    const run = capture({ GEMINI_API_KEY: 'wrong-key', GOOGLE_GEMINI_BASE_URL: server.baseUrl });
    expect(await runCli(['models', '--check', '--provider', 'google', '--json'], run.io)).toBe(0);
    const checks = JSON.parse(run.out.join('')).checks as { result: string; detail: string }[];
    expect(checks.every((check) => check.result === 'listing-failed')).toBe(true);
    expect(checks[0]!.detail).toMatch(/API key not valid/);
  });
});

describe('the CLI and the shut-down Sora API', () => {
  it('refuses generate --provider openai before anything is sent, saying the API is retired and what to use', async () => {
    const run = capture({ OPENAI_API_KEY: 'sk-test' });
    expect(await runCli(['generate', '--provider', 'openai', '--prompt', 'x', '--out', 'o'], run.io)).toBe(2);
    expect(run.err.join('')).toMatch(
      /OpenAI Sora offers no model any more\. Sora 2 \(openai sora-2\) was retired on 2026-09-24 .*Use Kling 3\.0 \(kling kling-v3\) instead\./,
    );
  });

  it('lists in --help only providers that still offer a model: not OpenAI; the Gemini API again, for Gemini Omni', () => {
    expect(helpText()).not.toMatch(/openai|OPENAI_API_KEY/);
    expect(helpText()).toMatch(/GEMINI_API_KEY/);
    expect(helpText()).toMatch(/--provider kling\|google\|google-vertex\|runway\|fal\|byteplus\|comfyui /);
  });

  it('says which unverified entries a listing confirmed and which remain unconfirmed, and why', async () => {
    server = await startGoogleEmulatorServer({ legacyGeminiVeo: false });
    const dir = makeTempFolder('cliprelay-unverified-');
    const catalog = loadBuiltinCatalog().models;
    const omni = catalog.find((model) => model.id === 'gemini-omni-1.1-flash')!;
    const seedance = catalog.find((model) => model.id === 'seedance2')!;
    const verifiedVeo = catalog.find((model) => model.id === 'veo3.1')!;
    // A Gemini API entry only third parties vouch for, one on a provider without a listing, one already verified.
    const unverified = (model: typeof omni) => ({ ...model, lifecycle: { ...model.lifecycle!, verified: false } });
    writeFileSync(join(dir, 'catalog.json'), JSON.stringify({ models: [unverified(omni), unverified(seedance), verifiedVeo] }));
    const env = { GEMINI_API_KEY: DEMO_GEMINI_API_KEY, GOOGLE_GEMINI_BASE_URL: server.baseUrl, RUNWAYML_API_SECRET: 'key_x' };

    const text = capture(env, dir);
    expect(await runCli(['models', '--check', '--catalog', 'catalog.json'], text.io)).toBe(0);
    const out = text.out.join('');
    expect(out).toMatch(/^PROVIDER\s+MODEL\s+CATALOG\s+VERIFIED\s+CHECK/);
    expect(out).toMatch(/google\s+gemini-omni-1\.1-flash\s+live\s+no\s+served \(confirmed by listing\)/);
    expect(out).toMatch(/Confirmed by listing \(1\): google gemini-omni-1\.1-flash\./);
    expect(out).toMatch(
      /Still unconfirmed \(1\):\n {2}runway seedance2: not checkable \u2014 Runway offers no model listing; one generation with this model settles it\n/,
    );
    expect(out).not.toMatch(/Still unconfirmed[\s\S]*veo3\.1/);

    const json = capture({ GEMINI_API_KEY: DEMO_GEMINI_API_KEY, GOOGLE_GEMINI_BASE_URL: server.baseUrl }, dir);
    expect(await runCli(['models', '--check', '--json', '--catalog', 'catalog.json'], json.io)).toBe(0);
    const report = JSON.parse(json.out.join('')) as {
      checks: { model: string; catalogVerified: boolean }[];
      unverified: { confirmed: { model: string }[]; unconfirmed: { model: string; outcome: string; reason: string }[] };
    };
    expect(report.checks.find((check) => check.model === 'veo3.1')?.catalogVerified).toBe(true);
    expect(report.unverified.confirmed.map((entry) => entry.model)).toEqual(['gemini-omni-1.1-flash']);
    expect(report.unverified.unconfirmed).toEqual([
      {
        provider: 'runway',
        model: 'seedance2',
        outcome: 'not checked',
        reason: 'no credentials (set RUNWAYML_API_SECRET) to ask its listing',
      },
    ]);
  });
});

describe('cliprelay models: VERIFIED', () => {
  it('shows the catalog\u2019s certainty per model and says how to confirm the unverified ones', async () => {
    const table = capture();
    expect(await runCli(['models', '--provider', 'runway'], table.io)).toBe(0);
    const text = table.out.join('');
    expect(table.out[0]).toMatch(/\sUSD\/S\s+VERIFIED\n$/);
    expect(text).toMatch(/runway\s+veo3\.1\s.*\syes\n/);
    expect(text).toMatch(/runway\s+seedance2\s.*\sno\n/);
    const unverified = loadBuiltinCatalog().models.filter(
      (model) => model.provider === 'runway' && model.lifecycle?.verified !== true,
    ).length;
    expect(text).toContain(`${unverified} model(s) are unverified`);
    expect(text).toContain('cliprelay models --check');
  });
});
