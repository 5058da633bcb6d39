import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { parseDiagnosticsReport } from '../../src/hosts/premiere/premiere-diagnostics-schema';
import { DiagnosticsLog, formatDiagnosticsBody } from '../../src/shared/diagnostics/diagnostics-lines';
import { diagnosticsText, hostText } from '../../src/shared/diagnostics/diagnostics-text';
import type { AppLocale } from '../../src/shared/i18n/app-locale';
import { CATALOGS } from '../../src/shared/i18n/catalogs';
import { createTranslator } from '../../src/shared/i18n/translator';
import { DiagnosticsReportView, diagnosticsOutputIn } from '../../src/ui/diagnostics-section';
import { MessagesProvider } from '../../src/ui/i18n/use-messages';

/** A small Premiere run's answer as the runner gives it: English text, then the JSON with the message ids. */
function premiereOutput(): string {
  const log = new DiagnosticsLog(diagnosticsText('diagnostics.sectionHost'));
  log.add(
    diagnosticsText('diagnostics.premierePro'),
    diagnosticsText('diagnostics.premiereVersionFrom', { version: '26.3.2', source: 'ppro.Application.version' }),
  );
  log.add(diagnosticsText('diagnostics.clipRelay'), hostText('0.9.0 {beta}'));
  log.begin(diagnosticsText('diagnostics.sectionProjectAndSequence'));
  log.add(diagnosticsText('diagnostics.playhead'), diagnosticsText('diagnostics.seconds', { seconds: 1234.5 }));
  log.verdict(
    5,
    diagnosticsText('diagnostics.verify5'),
    'info',
    diagnosticsText('diagnostics.verify5Answer', { lookupCount: 'none', file: 'none', foundCount: 0 }),
  );
  const report = { host: 'premiere' as const, generatedAt: '2026-12-06T10:00:00.000Z', entries: log.entries, verdicts: log.verdicts };
  const json = JSON.stringify({ schemaVersion: 1, ...report, host: undefined, facts: {} }, null, 2);
  return `${formatDiagnosticsBody(report)}\n\`\`\`json cliprelay-diagnostics\n${json}\n\`\`\`\n`;
}

const html = (locale: AppLocale, node: ReactNode) =>
  renderToStaticMarkup(<MessagesProvider locale={locale}>{node}</MessagesProvider>).replaceAll('<!-- -->', '');

describe('the Diagnostics report in the panel’s language', () => {
  it('leaves an English run as it came', () => {
    const output = premiereOutput();
    expect(diagnosticsOutputIn(createTranslator('en'), output)).toBe(output);
    expect(output).toContain('[info] Playhead: 1234.500 s');
  });

  it('says the text in French, numbers the French way, and keeps the JSON block English with its ids and fence', () => {
    const output = premiereOutput();
    const french = diagnosticsOutputIn(createTranslator('fr'), output);
    expect(french).toContain('== Hôte ==\n[info] Premiere Pro : 26.3.2 (via ppro.Application.version)\n[info] ClipRelay : 0.9.0 {beta}');
    expect(french).toMatch(/\[info\] Tête de lecture : 1\s234,500 s/);
    expect(french).toContain('[info] 5. Délai de fin d’import et meilleure recherche — aucun import dans cette session');
    expect(french.slice(french.indexOf('```json'))).toBe(output.slice(output.indexOf('```json')));
    // What Copy gives still parses: the fence names the block.
    expect(parseDiagnosticsReport(french).entries[0]).toMatchObject({
      label: 'Premiere Pro',
      value: '26.3.2 (from ppro.Application.version)',
    });
  });

  it('shows a Chinese report in the view, and keeps a report with no JSON (or JSON it cannot read) as it came', () => {
    const view = html(
      'zh-Hans',
      <DiagnosticsReportView output={diagnosticsOutputIn(createTranslator('zh-Hans'), premiereOutput())} clipboard={null} />,
    );
    expect(view).toContain('播放指示器：1,234.500 秒');
    expect(view).not.toContain('Playhead');
    const plain = 'ClipRelay diagnostics — now\n\n== Host ==\n[info] UXP: 8.3\n';
    expect(diagnosticsOutputIn(createTranslator('pl'), plain)).toBe(plain);
    // A newer build's message this build does not know keeps its English; the rest is said in Polish.
    const newer = premiereOutput().replace('"diagnostics.playhead"', '"diagnostics.somethingNewer"');
    expect(diagnosticsOutputIn(createTranslator('pl'), newer)).toContain('[info] Playhead: 1');
    expect(diagnosticsOutputIn(createTranslator('pl'), newer)).toContain('== Projekt i sekwencja ==');
    // A language whose file could not be read leaves the Premiere build's English stub (ids with empty messages): English.
    const catalog = CATALOGS.pl as Record<string, string>;
    const saved = catalog['diagnostics.playhead']!;
    catalog['diagnostics.playhead'] = '';
    try {
      expect(diagnosticsOutputIn(createTranslator('pl'), premiereOutput())).toContain('[info] Playhead: 1');
    } finally {
      catalog['diagnostics.playhead'] = saved;
    }
    const unreadable = `${plain}\n\`\`\`json\n{ "schemaVersion": 9 }\n\`\`\`\n`;
    expect(diagnosticsOutputIn(createTranslator('pl'), unreadable)).toBe(unreadable);
  });
});
