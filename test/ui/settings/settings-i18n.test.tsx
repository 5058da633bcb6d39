import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PANEL_PREFERENCES, panelPreferencesSchema } from '../../../src/domain/preferences/panel-preferences';
import type { AppLocale } from '../../../src/shared/i18n/app-locale';
import { createTranslator } from '../../../src/shared/i18n/translator';
import { DiagnosticsSection, copyReport, intlSupportLines } from '../../../src/ui/diagnostics-section';
import { MessagesProvider } from '../../../src/ui/i18n/use-messages';
import { PANEL_CSS } from '../../../src/ui/panel-styles';
import { cachedPreferences } from '../../../src/ui/preferences-cache';
import { LanguagePicker } from '../../../src/ui/settings/language-picker';
import { PreferencesForm } from '../../../src/ui/settings/preferences-form';
import { StartFailureScreen } from '../../../src/ui/start-failure-screen';
import { TabBar } from '../../../src/ui/tab-bar';

const html = (locale: AppLocale, node: ReactNode) =>
  renderToStaticMarkup(<MessagesProvider locale={locale}>{node}</MessagesProvider>).replaceAll('<!-- -->', '');

describe('Settings and the shell in the panel’s language', () => {
  it('offers "same as Premiere" in the panel’s language and every language in its own name', () => {
    const picker = html('fr', <LanguagePicker value="pl" onChange={() => undefined} />);
    expect(picker).toContain('data-label="Langue"');
    expect(picker).toContain('>Comme Premiere<');
    expect(picker).toMatch(/<sp-menu-item value="pl" selected="">Polski<\/sp-menu-item>/);
    for (const name of ['English', 'Français', 'Català', '简体中文']) expect(picker).toContain(`>${name}<`);
  });

  it('says naming and budget in Polish, the currency in its labels', () => {
    const form = html('pl', <PreferencesForm preferences={DEFAULT_PANEL_PREFERENCES} onSave={async () => undefined} />);
    expect(form).toContain('Nazwy i budżet');
    expect(form).not.toContain('Naming and budget');
    expect(form).toContain('USD');
  });

  it('names the tabs and the Diagnostics controls in Catalan', () => {
    const tabs = html(
      'ca',
      <TabBar
        tabs={[
          { id: 'duck', label: createTranslator('ca').t('tab.duck') },
          { id: 'settings', label: createTranslator('ca').t('tab.settings') },
        ]}
        active="duck"
        onSelect={() => undefined}
      />,
    );
    expect(tabs).toContain('aria-label="Seccions de ClipRelay"');
    const diagnostics = html('ca', <DiagnosticsSection run={async () => ''} clipboard={null} />);
    expect(diagnostics).toContain('Executa el diagnòstic');
  });

  it('says the start failure as one sentence in Chinese', () => {
    const screen = html('zh-Hans', <StartFailureScreen error="host missing" reopenHint="重新加载页面" />);
    expect(screen).toContain('请重试：重新加载页面。如果问题反复出现');
    expect(screen).toContain('技术信息：string');
  });

  it('copies with words in the panel’s language (English by default)', async () => {
    expect(await copyReport('text', null)).toBe('No clipboard here: select the report and copy it by hand.');
    expect(await copyReport('text', null, createTranslator('fr').t)).toMatch(/^Pas de presse-papiers ici/);
  });
});

describe('Diagnostics reports the runtime’s Intl', () => {
  it('says what a runtime lacks and which polyfill would supply it, in French', () => {
    const lines = intlSupportLines(createTranslator('fr'), { NumberFormat: Intl.NumberFormat, DateTimeFormat: Intl.DateTimeFormat });
    expect(lines[0]).toBe('Langue du panneau : Français. Ce que l’Intl de cet environnement offre :');
    expect(lines).toContain('Intl.PluralRules : absent (@formatjs/intl-pluralrules le fournirait)');
    expect(lines).toContain('Intl.NumberFormat : ok');
    expect(lines.at(-1)).toMatch(/^Polyfills Intl nécessaires ici : .*@formatjs\/intl-pluralrules/);
  });

  it('finds nothing missing in Node’s full ICU', () => {
    const lines = intlSupportLines(createTranslator('en'));
    expect(lines.filter((line) => line.startsWith('Intl.'))).toEqual(
      ['PluralRules', 'NumberFormat', 'DateTimeFormat', 'RelativeTimeFormat', 'ListFormat'].map((name) => `Intl.${name}: ok`),
    );
  });
});

describe('the language preference', () => {
  it('loads preferences stored before it existed as "auto", keeps a chosen language and refuses an unknown one', () => {
    const { language: _absent, ...older } = DEFAULT_PANEL_PREFERENCES;
    expect(panelPreferencesSchema.parse(older).language).toBe('auto');
    expect(panelPreferencesSchema.parse({ ...older, language: 'zh-Hans' }).language).toBe('zh-Hans');
    expect(panelPreferencesSchema.safeParse({ ...older, language: 'de' }).success).toBe(false);
  });

  it('tells subscribers (the panel’s language, the sandbox header) what was saved', async () => {
    const cached = cachedPreferences({ read: async () => DEFAULT_PANEL_PREFERENCES, write: async () => undefined });
    const heard: string[] = [];
    const stop = cached.subscribe!((saved) => heard.push(saved.language));
    await cached.write({ ...DEFAULT_PANEL_PREFERENCES, language: 'ca' });
    stop();
    await cached.write({ ...DEFAULT_PANEL_PREFERENCES, language: 'fr' });
    expect(heard).toEqual(['ca']);
  });

  it('draws Chinese with fonts macOS and Windows have, before the Linux fallback (Latin text keeps its fonts)', () => {
    const stack = /\.cliprelay-panel:lang\(zh\) \{[^}]*font-family: ([^;]+);/.exec(PANEL_CSS)?.[1] ?? '';
    const at = (font: string) => stack.indexOf(font);
    expect(at('"PingFang SC"')).toBeGreaterThan(0);
    expect(at('"Microsoft YaHei"')).toBeGreaterThan(0);
    expect(at('"Noto Sans CJK SC"')).toBeGreaterThan(Math.max(at('"PingFang SC"'), at('"Microsoft YaHei"')));
    expect(stack.trim().endsWith('sans-serif')).toBe(true);
    expect(/\.cliprelay-panel \{[^}]*font-family: ([^;]+);/.exec(PANEL_CSS)?.[1]).not.toContain('CJK');
  });
});

describe('the automatic choice says what it follows', () => {
  it('Premiere in Premiere, the system elsewhere (the sandbox, Resolve)', () => {
    expect(html('en', <LanguagePicker value="auto" onChange={() => undefined} />)).toContain('selected="">Same as Premiere<');
    expect(html('pl', <LanguagePicker value="auto" followsPremiere={false} onChange={() => undefined} />)).toContain(
      'selected="">Jak w systemie<',
    );
  });
});
