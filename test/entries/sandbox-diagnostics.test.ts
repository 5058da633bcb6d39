import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sandboxDiagnosticsRunner, type SandboxDiagnosticsEnvironment } from '../../src/entries/sandbox/sandbox-diagnostics';
import { probeIndexedDb, probeLocalStorage, type ProbeFetch, type SandboxStorage } from '../../src/entries/sandbox/sandbox-probes';
import { parseDiagnosticsReport } from '../../src/hosts/premiere/premiere-diagnostics-schema';
import { ResolveLikeSandboxHost, SandboxHost, createSandboxState, DEMO_SEQUENCE } from '../../src/hosts/sandbox';
import { EN_DIAGNOSTICS } from '../../src/shared/i18n/catalogs/en/diagnostics';
import { CATALOGS } from '../../src/shared/i18n/catalogs';
import { APP_LOCALES, SOURCE_LOCALE } from '../../src/shared/i18n/app-locale';
import { createTranslator } from '../../src/shared/i18n/translator';
import { diagnosticsOutputIn } from '../../src/ui/diagnostics-section';

const probeMedia = async () => ({ durationSeconds: 1, hasVideo: false, hasAudio: true });

/** A Map behind the Storage calls the probe makes. */
function memoryStorage(): SandboxStorage & { readonly items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

/** An IDBFactory that opens and deletes at once, or fails the open with `error`. */
function fakeIndexedDb(error: DOMException | null = null): IDBFactory & { readonly calls: string[] } {
  const calls: string[] = [];
  const request = (name: string, result: unknown, failure: DOMException | null) => {
    const answer = { result, error: failure, onsuccess: null, onerror: null } as unknown as IDBOpenDBRequest;
    calls.push(name);
    queueMicrotask(() => (failure == null ? answer.onsuccess?.(new Event('success')) : answer.onerror?.(new Event('error'))));
    return answer;
  };
  return {
    calls,
    open: (name: string) => request(`open ${name}`, { close: () => calls.push('close') }, error),
    deleteDatabase: (name: string) => request(`delete ${name}`, undefined, null),
  } as unknown as IDBFactory & { readonly calls: string[] };
}

/** Emulator answers by URL: JSON (an emulator), text (the server alone) or a network failure. */
function fakeFetch(answers: Readonly<Record<string, 'json' | 'text' | Error>>): ProbeFetch {
  return async (url) => {
    const answer = Object.entries(answers).find(([base]) => url.startsWith(base))?.[1] ?? 'text';
    if (answer instanceof Error) throw answer;
    return new Response(answer === 'json' ? '{"error":{}}' : 'Nothing here', {
      status: 404,
      headers: { 'content-type': answer === 'json' ? 'application/json' : 'text/plain' },
    });
  };
}

function environment(overrides: Partial<SandboxDiagnosticsEnvironment> = {}): SandboxDiagnosticsEnvironment {
  const host = new SandboxHost(createSandboxState(DEMO_SEQUENCE), { probeMedia });
  return {
    capabilities: host.capabilities,
    rules: 'premiere',
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0',
    localStorage: () => memoryStorage(),
    indexedDB: fakeIndexedDb(),
    emulators: [
      { provider: 'Kling', url: 'http://127.0.0.1:5173/emulators/kling' },
      { provider: 'Runway', url: 'http://127.0.0.1:5173/emulators/runway' },
    ],
    fetch: fakeFetch({ 'http://127.0.0.1:5173/emulators/kling': 'json', 'http://127.0.0.1:5173/emulators/runway': 'json' }),
    now: () => Date.UTC(2026, 11, 6, 18, 0),
    ...overrides,
  };
}

const SANDBOX_IDS = Object.keys(EN_DIAGNOSTICS).filter((id) =>
  /sandbox|capability|storage|indexedDb|emulator|browser|sectionHostSupports/i.test(id),
) as (keyof typeof EN_DIAGNOSTICS)[];

describe('sandbox Diagnostics', () => {
  it('reports the host, what it supports, storage and each emulator; the copy parses and its facts stay unsettled', async () => {
    const storage = memoryStorage();
    const output = await sandboxDiagnosticsRunner(environment({ localStorage: () => storage }))();
    const text = output.slice(0, output.indexOf('```'));
    expect(text.split('\n').slice(0, 4)).toEqual([
      'ClipRelay diagnostics for the sandbox — 2026-12-06T18:00:00.000Z',
      '',
      '== Host ==',
      '[info] Sandbox host: Sandbox: in memory, with Premiere Pro’s rules',
    ]);
    expect(text).toContain('[info] Browser: Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0');
    expect(text).toContain('[ok]   Volume keyframes: yes');
    expect(text).toContain('[info] Level steps instead of keyframes: no');
    // Absent from the sandbox's capabilities: the seam's documented default (overwrite: yes; stills: no).
    expect(text).toContain('[ok]   Overwrites an occupied span: yes');
    expect(text).toContain('[info] Offers project stills as references: no');
    expect(text).toContain('[ok]   Local storage (project, jobs, settings): works: a probe was written, read back and removed');
    expect(text).toContain('[ok]   IndexedDB database: works: a probe database was opened and deleted');
    expect(text).toContain('[ok]   Kling: answers at /emulators/kling (HTTP 404)');
    expect(text).not.toContain('VERIFY');
    expect(storage.items.size).toBe(0);
    const report = parseDiagnosticsReport(output);
    expect(report.entries.map((entry) => entry.section)).toContain('Provider emulators');
    expect(Object.values(report.facts).every((fact) => fact == null)).toBe(true);
  });

  it('under Resolve’s rules: level steps, no keyframes, no overwrite, retimed clips skipped', async () => {
    const host = new ResolveLikeSandboxHost(createSandboxState(DEMO_SEQUENCE), { probeMedia });
    const text = await sandboxDiagnosticsRunner(environment({ capabilities: host.capabilities, rules: 'resolve' }))();
    expect(text).toContain('Sandbox host: Sandbox (Resolve rules): in memory, with DaVinci Resolve’s rules');
    expect(text).toContain('[info] Volume keyframes: no');
    expect(text).toContain('[ok]   Level steps instead of keyframes: yes');
    expect(text).toContain('[info] Overwrites an occupied span: no');
    expect(text).toContain('[info] Ducks speed-changed and reversed clips: no');
  });

  it('a capability the report has no label for yet is still listed, under its code name', async () => {
    const capabilities = { ...environment().capabilities, mixesStems: true } as SandboxDiagnosticsEnvironment['capabilities'];
    expect(await sandboxDiagnosticsRunner(environment({ capabilities }))()).toContain('[ok]   mixesStems: yes');
  });

  it('says what failed: storage blocked, IndexedDB refused, an emulator missing or not reached', async () => {
    const output = await sandboxDiagnosticsRunner(
      environment({
        localStorage: () => {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
        indexedDB: fakeIndexedDb(new DOMException('The user denied permission {to store}.', 'UnknownError')),
        fetch: fakeFetch({
          'http://127.0.0.1:5173/emulators/kling': 'text',
          'http://127.0.0.1:5173/emulators/runway': new TypeError('Failed to fetch'),
        }),
      }),
    )();
    expect(output).toContain('[FAIL] Local storage (project, jobs, settings): refused: Access is denied for this document.');
    expect(output).toContain('[FAIL] IndexedDB database: refused: The user denied permission {to store}.');
    expect(output).toContain('[FAIL] Kling: no emulator at /emulators/kling: the server answered HTTP 404');
    expect(output).toContain('[FAIL] Runway: not reached at /emulators/runway: Failed to fetch');
    // In French, the browser's own words stay verbatim inside the translated line.
    const french = diagnosticsOutputIn(createTranslator('fr'), output);
    expect(french).toContain('[FAIL] Base de données IndexedDB : refusé : The user denied permission {to store}.');
    expect(french).toContain('[FAIL] Runway : injoignable à /emulators/runway : Failed to fetch');
  });

  it('read-only writes nothing: neither the storage probe key nor a database', async () => {
    const storage = memoryStorage();
    const indexedDB = fakeIndexedDb();
    const output = await sandboxDiagnosticsRunner(environment({ localStorage: () => storage, indexedDB }))({ readOnly: true });
    expect(output).toContain('[info] Local storage (project, jobs, settings): present; nothing written (read-only)');
    expect(output).toContain('[info] IndexedDB database: present; nothing written (read-only)');
    expect(storage.items.size).toBe(0);
    expect(indexedDB.calls).toEqual([]);
    expect(await probeIndexedDb(null, false, 1000)).toEqual({ kind: 'missing' });
    expect(await probeLocalStorage(() => null, false)).toEqual({ kind: 'missing' });
  });

  it('the IndexedDB probe closes its database before deleting it', async () => {
    const indexedDB = fakeIndexedDb();
    expect(await probeIndexedDb(indexedDB, false, 1000)).toEqual({ kind: 'works' });
    expect(indexedDB.calls).toEqual(['open cliprelay-diagnostics-probe', 'close', 'delete cliprelay-diagnostics-probe']);
  });

  it('in French and Chinese every line is said in the language; the JSON stays English with ids', async () => {
    const output = await sandboxDiagnosticsRunner(environment())();
    const english = output.slice(0, output.indexOf('```')).trimEnd().split('\n');
    for (const locale of ['fr', 'zh-Hans'] as const) {
      const said = diagnosticsOutputIn(createTranslator(locale), output);
      const lines = said.slice(0, said.indexOf('```')).trimEnd().split('\n');
      expect(lines.length).toBe(english.length);
      lines.forEach((line, index) => {
        if (line !== '') expect(line, `${locale} line ${index}`).not.toBe(english[index]);
      });
      expect(said.slice(said.indexOf('```'))).toBe(output.slice(output.indexOf('```')));
    }
    expect(diagnosticsOutputIn(createTranslator('fr'), output)).toContain('[ok]   Images clés de volume : oui');
  });

  it.each(APP_LOCALES.filter((locale) => locale !== SOURCE_LOCALE))('%s says every sandbox message in its own words', (locale) => {
    const same = SANDBOX_IDS.filter((id) => CATALOGS[locale][id] === CATALOGS[SOURCE_LOCALE][id]);
    expect(SANDBOX_IDS.length).toBeGreaterThan(25);
    expect(same).toEqual([]);
  });

  it('host-written text (the browser, a host name, an error) is shown verbatim in every language, never read as ICU', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: fc.constantFrom('{', '}', "'", '#', 'a', ' ', '<') }), async (written) => {
        const capabilities = { ...environment().capabilities, name: written };
        const output = await sandboxDiagnosticsRunner(
          environment({
            userAgent: written,
            capabilities,
            fetch: fakeFetch({ 'http://127.0.0.1:5173/emulators/kling': new Error(written) }),
          }),
        )();
        for (const locale of APP_LOCALES) {
          const said = diagnosticsOutputIn(createTranslator(locale), output);
          const { t } = createTranslator(locale);
          expect(said).toContain(t('diagnostics.line', { label: t('diagnostics.browser'), value: written }));
          expect(said).toContain(t('diagnostics.sandboxHostRules', { name: written, rules: 'premiere' }));
        }
      }),
      { numRuns: 40 },
    );
  });
});
