import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { premiereDiagnosticsRunner, runPremiereDiagnostics } from '../../../src/hosts/premiere/premiere-diagnostics';
import { diagnosticsReportJson, formatDiagnosticsReport } from '../../../src/hosts/premiere/premiere-diagnostics-report';
import { DIAGNOSTICS_SCHEMA_VERSION, parseDiagnosticsReport } from '../../../src/hosts/premiere/premiere-diagnostics-schema';
import { PremiereHost } from '../../../src/hosts/premiere/premiere-host';
import { runResolveDiagnostics } from '../../../src/hosts/resolve';
import type { LocalizedMessage } from '../../../src/shared/app-error';
import { readDiagnosticsBody } from '../../../src/shared/diagnostics/diagnostics-body-schema';
import { DiagnosticsLog, formatDiagnosticsBody, type DiagnosticsBody } from '../../../src/shared/diagnostics/diagnostics-lines';
import { diagnosticsText, hostText } from '../../../src/shared/diagnostics/diagnostics-text';
import { CATALOGS } from '../../../src/shared/i18n/catalogs';
import { createTranslator } from '../../../src/shared/i18n/translator';
import { createFakePremiere, type FakePremiereOptions } from '../../support/fake-premierepro';
import { createFakeResolve } from '../../support/fake-resolve';
import { CONTRACT_SCENARIO } from '../nle-host-contract';
import { scenario } from './premiere-fixtures';

/** Reports written by the build before the report had catalog messages (same fakes, same clock). */
const golden = (name: string) => readFileSync(new URL(`./diagnostics-golden/${name}`, import.meta.url), 'utf8');

function setup(options: FakePremiereOptions = {}) {
  const fake = createFakePremiere(scenario, options);
  const host = new PremiereHost(fake.ppro, { delay: async () => undefined });
  return {
    fake,
    options: {
      host,
      hostInfo: { hostName: 'premierepro', hostVersion: '26.3.0', uxpVersion: 'uxp-8.3.0', pluginVersion: '0.1.0', uiLocale: 'en_US' },
      runtimeFeatures: { TextEncoder: false, TextDecoder: false, fetch: true },
      manifest: { manifestVersion: 5, minVersion: '25.6.0' },
      now: () => Date.UTC(2026, 2, 1, 9, 0),
    },
  };
}

const fullReport = async () => {
  const { fake, options } = setup();
  return runPremiereDiagnostics(fake.ppro, options);
};
const resolveNow = () => Date.UTC(2026, 11, 6, 12, 0, 0);
const textOf = (output: string) => output.slice(0, output.indexOf('\n```json'));
const jsonOf = (output: string) => output.slice(output.indexOf('{', output.indexOf('```json')), output.lastIndexOf('}') + 1);
const sameInEnglish = (locale: 'fr' | 'zh-Hans', message: LocalizedMessage) => CATALOGS[locale][message.id] === CATALOGS.en[message.id];

describe('the Diagnostics report in English', () => {
  it('is the text it was before the catalog, byte for byte (Premiere, full and without host info)', async () => {
    expect(formatDiagnosticsReport(await fullReport())).toBe(golden('premiere-26.3-full.en.txt'));
    const { fake, options } = setup({ profile: '25.6' });
    const bare = await runPremiereDiagnostics(fake.ppro, { ...options, hostInfo: null, runtimeFeatures: undefined, manifest: undefined });
    expect(formatDiagnosticsReport(bare)).toBe(golden('premiere-25.6-no-host-info.en.txt'));
  });

  it('is the text it was for Resolve, now followed by its JSON block', () => {
    const full = runResolveDiagnostics(createFakeResolve(CONTRACT_SCENARIO, { profile: '21.1' }).resolve, {
      bridgeVersion: '2.0.0',
      now: resolveNow,
    });
    expect(textOf(full)).toBe(golden('resolve-21.1-full.en.txt'));
    const readOnly = runResolveDiagnostics(createFakeResolve(CONTRACT_SCENARIO, { profile: '18.5' }).resolve, {
      bridgeVersion: null,
      readOnly: true,
      now: resolveNow,
    });
    expect(textOf(readOnly)).toBe(golden('resolve-18.5-read-only.en.txt'));
    expect(readDiagnosticsBody(jsonOf(full))).toMatchObject({ host: 'resolve', generatedAt: '2026-12-06T12:00:00.000Z' });
  });
});

describe('the Diagnostics report in the editor’s language', () => {
  it('gives every section, label and VERIFY question a catalog id; values without one are host-written text', async () => {
    const report = await fullReport();
    for (const entry of report.entries) {
      expect(entry.messages?.section?.id, entry.section).toMatch(/^diagnostics\./);
      expect(entry.messages?.label?.id, entry.label).toMatch(/^diagnostics\./);
    }
    for (const verdict of report.verdicts) {
      expect(verdict.messages?.question?.id).toMatch(/^diagnostics\./);
      expect(verdict.messages?.answer?.id).toMatch(/^diagnostics\./);
    }
    // Host-written values: the plugin's version, Premiere's component signatures and value shapes.
    expect(report.entries.filter((entry) => entry.messages?.value == null).map((entry) => entry.label)).toEqual([
      'ClipRelay',
      expect.stringMatching(/^3 clip\(s\) like /),
      'Level value shape',
    ]);
  });

  it.each(['fr', 'zh-Hans'] as const)(
    'in %s leaves no English section, label or question (names that are the same in both aside)',
    async (locale) => {
      const report = await fullReport();
      const body: DiagnosticsBody = { host: 'premiere', ...report };
      const text = formatDiagnosticsBody(body, createTranslator(locale));
      const english = formatDiagnosticsReport(report);
      expect(text).not.toBe(english);
      const lines = text.split('\n');
      // Entry lines come in report order after their mark ("[info] " is 7 characters, as are the others).
      const entryLines = lines.filter((line) => /^\[(ok|warn|FAIL|info)\]/.test(line)).slice(0, report.entries.length);
      for (const [index, entry] of report.entries.entries()) {
        const saysEnglish = [': ', ' : ', '：'].some((separator) => entryLines[index]!.slice(7).startsWith(`${entry.label}${separator}`));
        if (!sameInEnglish(locale, entry.messages!.label!)) expect(saysEnglish, entry.label).toBe(false);
        if (!sameInEnglish(locale, entry.messages!.section!)) expect(lines).not.toContain(`== ${entry.section} ==`);
      }
      for (const verdict of report.verdicts) expect(text).not.toContain(verdict.question);
      // The marks stay ASCII: support reads any report.
      expect(lines.filter((line) => /^\[(ok|warn|FAIL|info)\]/.test(line))).toHaveLength(report.entries.length + report.verdicts.length);
    },
  );

  it('says numbers the locale’s way in French and keeps host values verbatim', async () => {
    const text = formatDiagnosticsBody({ host: 'premiere', ...(await fullReport()) }, createTranslator('fr'));
    expect(text.startsWith('Diagnostic ClipRelay — 2026-03-01T09:00:00.000Z\n')).toBe(true);
    expect(text).toContain('== Projet et séquence ==\n[info] Projet : Fake Project.prproj (/projects/Fake Project.prproj)');
    expect(text).toContain('[info] Tête de lecture : 3,000 s');
    expect(text).toContain('[ok]   Premiere atteint minVersion : 26.3.0 contre 25.6.0');
    expect(text).toContain('[info] ClipRelay : 0.1.0');
    expect(text).toContain('== Points à VÉRIFIER (research/premiere-uxp.md §6) ==');
    expect(text).toMatch(/\n\[ok\] {3}1\. Base temporelle des images clés \(inPoint ≠ 0\) — temps du MÉDIA/);
  });

  it('uses full-width punctuation in Chinese', async () => {
    const text = formatDiagnosticsBody({ host: 'premiere', ...(await fullReport()) }, createTranslator('zh-Hans'));
    expect(text).toContain('[info] 播放指示器：3.000 秒');
    expect(text).toContain('== 项目和序列 ==');
  });

  it('counts clips with Polish plurals', () => {
    const log = new DiagnosticsLog(diagnosticsText('diagnostics.sectionSpeedChanged'));
    for (const count of [1, 3, 5])
      log.add(
        diagnosticsText('diagnostics.speedKeyframeMapping'),
        diagnosticsText('diagnostics.speedChangedClipsSkipped', { count, reversedCount: 0 }),
        'warn',
      );
    const text = formatDiagnosticsBody({ host: 'resolve', generatedAt: 'now', entries: log.entries, verdicts: [] }, createTranslator('pl'));
    expect(text).toContain('1 klip, odwróconych: 0');
    expect(text).toContain('3 klipy, odwróconych: 0');
    expect(text).toContain('5 klipów, odwróconych: 0');
  });

  it('says a Resolve report in French from its JSON', () => {
    const output = runResolveDiagnostics(createFakeResolve(CONTRACT_SCENARIO, { profile: '21.1' }).resolve, {
      bridgeVersion: '2.0.0',
      now: resolveNow,
    });
    const text = formatDiagnosticsBody(readDiagnosticsBody(jsonOf(output))!, createTranslator('fr'));
    expect(text.startsWith('Diagnostic ClipRelay pour DaVinci Resolve — 2026-12-06T12:00:00.000Z\n')).toBe(true);
    expect(text).toContain('[ok]   recordFrame est absolu : placé 10 images après le début (10 demandées)');
    expect(text).toContain('[info] Version : 21.1.0.12');
  });

  it('shows text the host wrote verbatim in every language, ICU characters included (property)', () => {
    const icuLike = fc.string({ unit: fc.constantFrom('{', '}', "'", '#', 'a', ' ', '<', 'é'), maxLength: 24 });
    const translators = (['en', 'fr', 'pl', 'zh-Hans'] as const).map((locale) => createTranslator(locale));
    fc.assert(
      fc.property(icuLike, icuLike, (name, version) => {
        const log = new DiagnosticsLog(diagnosticsText('diagnostics.sectionHost'));
        log.add(diagnosticsText('diagnostics.project'), diagnosticsText('diagnostics.projectAt', { name, path: version }));
        log.add(diagnosticsText('diagnostics.clipRelay'), hostText(version));
        expect(log.entries[0]!.value).toBe(`${name} (${version})`);
        // What the panel reads back from the JSON says the same values, never parsed as ICU.
        const body = readDiagnosticsBody(JSON.stringify({ generatedAt: 'now', entries: log.entries }))!;
        for (const translator of translators) {
          const text = formatDiagnosticsBody(body, translator);
          expect(text).toContain(name);
          expect(text).toContain(`${version}\n`);
        }
      }),
    );
  });
});

describe('the JSON for machines', () => {
  it('stays English with the message ids, in the same schema version, and reads back', async () => {
    const { fake, options } = setup();
    const copied = await premiereDiagnosticsRunner(fake.ppro, options)();
    const parsed = parseDiagnosticsReport(copied);
    expect(parsed.schemaVersion).toBe(DIAGNOSTICS_SCHEMA_VERSION);
    expect(parsed.entries.find((entry) => entry.label === 'Manifest')).toEqual({
      section: 'Host',
      label: 'Manifest',
      value: 'v5 package loaded; minVersion 25.6.0',
      status: 'info',
      messages: {
        section: { id: 'diagnostics.sectionHost' },
        label: { id: 'diagnostics.manifest' },
        value: { id: 'diagnostics.manifestLoaded', values: { manifestVersion: 5, minVersion: '25.6.0' } },
      },
    });
    expect(JSON.parse(JSON.stringify(diagnosticsReportJson(await fullReport())))).toEqual(JSON.parse(jsonOf(copied)));
  });

  it('still reads a report saved by the build before the messages, and says it (in English) in another language', () => {
    const saved = golden('premiere-26.3-copied-v1.txt');
    expect(saved).not.toContain('"messages"');
    const parsed = parseDiagnosticsReport(saved);
    expect(parsed.entries).toHaveLength(63);
    expect(parsed.facts.keyframeTimeBase).toBe('media');
    const body = readDiagnosticsBody(jsonOf(saved))!;
    expect(formatDiagnosticsBody(body)).toBe(textOf(saved));
    const french = formatDiagnosticsBody(body, createTranslator('fr'));
    expect(french).toContain("[info] Premiere Pro : 26.3.0 (from require('uxp').host.version)");
  });
});
