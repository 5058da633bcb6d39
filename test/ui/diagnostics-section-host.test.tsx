import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { AppLocale } from '../../src/shared/i18n/app-locale';
import { DiagnosticsSection, type DiagnosticsHost } from '../../src/ui/diagnostics-section';
import { MessagesProvider } from '../../src/ui/i18n/use-messages';

const section = (locale: AppLocale, host?: DiagnosticsHost) =>
  renderToStaticMarkup(
    <MessagesProvider locale={locale}>
      <DiagnosticsSection run={() => Promise.resolve('')} host={host} clipboard={null} />
    </MessagesProvider>,
  );

describe('the Diagnostics section names the host it probes', () => {
  it('speaks of Premiere and its scratch sequence by default, word for word as before', () => {
    const html = section('en');
    expect(html).toContain(
      'Checks this Premiere install against what ClipRelay relies on. Unless read-only, it edits only a scratch sequence it creates and deletes.',
    );
    expect(html).toContain('Read-only (skip the scratch sequence)');
    expect(html).toContain('Keep the scratch sequence to inspect it');
  });

  it('speaks of DaVinci Resolve and a scratch timeline in Resolve, in each language', () => {
    expect(section('en', 'resolve')).toContain('scratch timeline');
    expect(section('en', 'resolve')).not.toContain('Premiere');
    expect(section('fr', 'resolve')).toContain('Vérifie ce DaVinci Resolve');
    expect(section('fr', 'resolve')).toContain('Garder la timeline de test');
    expect(section('pl', 'resolve')).toContain('testową oś czasu');
    expect(section('zh-Hans', 'resolve')).toContain('临时时间线');
  });

  it('offers no scratch timeline to keep in the sandbox, which makes none', () => {
    for (const locale of ['en', 'fr', 'ca', 'pl', 'zh-Hans'] as const) {
      const html = section(locale, 'sandbox');
      expect(html).not.toContain('diagnostics-keep-scratch');
      expect(html).not.toMatch(/Premiere|séquence|seqüència|sekwencj|序列/);
    }
    expect(section('en', 'sandbox')).toContain('Read-only (write nothing to storage)');
  });
});
