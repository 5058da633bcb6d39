import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BUILTIN_DUCK_PRESETS } from '../../../src/domain/ducking';
import type { AppLocale } from '../../../src/shared/i18n/app-locale';
import { createTranslator } from '../../../src/shared/i18n/translator';
import { customDuckPresetName, duckPresetName } from '../../../src/ui/duck/duck-preset-name';
import { PresetButtons } from '../../../src/ui/duck/preset-buttons';
import { DuckOutcome } from '../../../src/ui/duck/duck-outcome';
import { DuckProgressLine } from '../../../src/ui/duck/duck-progress-line';
import { DuckRolesField } from '../../../src/ui/duck/duck-roles-field';
import { EnvelopePreview } from '../../../src/ui/duck/envelope-preview';
import { MessagesProvider } from '../../../src/ui/i18n/use-messages';
import type { DuckingResult } from '../../../src/workflows/apply-ducking';
import type { ActionState } from '../../../src/ui/use-async-action';

const html = (locale: AppLocale, node: ReactNode) =>
  renderToStaticMarkup(<MessagesProvider locale={locale}>{node}</MessagesProvider>).replaceAll('<!-- -->', '');

/** A finished duck: `clips` envelopes of `keyframesEach` points under `regions` voice regions. */
function ducked(clips: number, regions: number, keyframesEach: number): ActionState<DuckingResult> {
  const envelopes = Array.from({ length: clips }, (_, index) => ({
    clipId: `c${index}`,
    points: Array.from({ length: keyframesEach }, (_unused, point) => ({ timeSeconds: point, gainDb: -9 })),
  }));
  const voiceRegions = Array.from({ length: regions }, (_, index) => ({ startSeconds: index * 4, endSeconds: index * 4 + 2 }));
  return { status: 'done', result: { envelopes, voiceRegions, warnings: [] } as unknown as DuckingResult };
}

describe('the Duck tab in the panel’s language', () => {
  it('keeps the English outcome line word for word', () => {
    expect(html('en', <DuckOutcome state={ducked(2, 3, 4)} />)).toContain(
      'Ducked 2 clips under 3 voice regions (8 keyframes, one undo step).',
    );
  });

  it('says the outcome in French, with French plurals', () => {
    const line = html('fr', <DuckOutcome state={ducked(2, 1, 4)} />);
    expect(line).toContain('2 clips baissés sous 1 zone de voix (8 images clés, une seule annulation).');
    expect(html('fr', <DuckOutcome state={ducked(0, 1, 0)} />)).toContain('Rien à baisser');
  });

  it('uses Polish one/few/many forms (5 klipów, 2 fragmentami, 22 klatki)', () => {
    const line = html('pl', <DuckOutcome state={ducked(5, 2, 5)} />);
    // 5 clips × 5 points = 25 keyframes: "many" (klatek kluczowych).
    expect(line).toContain('Wyciszono 5 klipów pod 2 fragmentami głosu (25 klatek kluczowych, jeden krok cofania).');
    expect(html('pl', <DuckOutcome state={ducked(1, 1, 22)} />)).toContain('Wyciszono 1 klip pod 1 fragmentem głosu (22 klatki kluczowe');
  });

  it('names the roles and the note in Catalan, and the envelope caption with a Catalan decimal comma', () => {
    const roles = html('ca', <DuckRolesField duckRoles={['music']} onChange={() => undefined} />);
    expect(roles).toContain('Música');
    expect(roles).not.toContain('>Music<');
    const caption = html(
      'ca',
      <EnvelopePreview
        envelope={{
          clipId: 'a',
          points: [
            { timeSeconds: 1.5, gainDb: 0 },
            { timeSeconds: 3.25, gainDb: -9 },
          ],
        }}
        label="A2 Music"
      />,
    );
    expect(caption).toContain('A2 Music: 2 fotogrames clau, 1,50–3,25 s');
    expect(caption).toContain('aria-label="Guany previst per a A2 Music"');
  });

  it('shows analysis progress in Chinese with a locale percent', () => {
    const line = html(
      'zh-Hans',
      <DuckProgressLine progress={{ phase: 'voice', mediaPath: '/media/vo.wav', mediaIndex: 1, mediaCount: 2, fraction: 0.4 }} />,
    );
    expect(line).toContain('正在 vo.wav 中查找语音（1/2）40%');
    expect(
      html(
        'fr',
        <DuckProgressLine progress={{ phase: 'bed', mediaPath: 'C:\\m\\bed.wav', mediaIndex: 2, mediaCount: 2, fraction: null }} />,
      ),
    ).toContain('Mesure de bed.wav (2/2)');
  });
});

describe('built-in preset names in the panel’s language', () => {
  const builtin = (id: string) => BUILTIN_DUCK_PRESETS.find((preset) => preset.id === id)!;

  it('keeps English as written and translates the built-ins, a pack’s own names untouched', () => {
    expect(duckPresetName(builtin('standard'), createTranslator('en'))).toBe('Standard (−9 dB)');
    expect(customDuckPresetName(builtin('light'), 'Custom (from Light)', createTranslator('en'))).toBe('Custom (from Light)');
    expect(duckPresetName(builtin('strong'), createTranslator('zh-Hans'))).toBe('强（−12 dB）');
    expect(customDuckPresetName(builtin('standard'), 'Custom (from Standard)', createTranslator('fr'))).toBe(
      'Personnalisé (d’après Standard)',
    );
    const packPreset = { ...builtin('standard'), id: 'acme-vo', name: 'Acme VO bed' };
    expect(duckPresetName(packPreset, createTranslator('pl'))).toBe('Acme VO bed');
    // A pack reusing a built-in id under its own name keeps its name.
    expect(duckPresetName({ id: 'standard', name: 'Acme standard' }, createTranslator('ca'))).toBe('Acme standard');
  });

  it('labels the preset buttons in Polish', () => {
    const buttons = html('pl', <PresetButtons presets={BUILTIN_DUCK_PRESETS} disabled={false} onApply={() => undefined} />);
    expect(buttons).toContain('Lekkie (−6 dB)');
    expect(buttons).toContain('aria-label="Presety wyciszania"');
  });
});
