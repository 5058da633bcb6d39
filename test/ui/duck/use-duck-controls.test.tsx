import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DuckTabPreset } from '../../../src/ui/duck/duck-tab-preset';
import { useDuckControls } from '../../../src/ui/duck/use-duck-controls';
import { builtinPreset } from '../../support/builtin-preset';

function Probe({ presets }: { presets: readonly DuckTabPreset[] }) {
  const settings = useDuckControls(presets);
  return (
    <output>
      {settings.basePresetId}|{settings.preset?.name}|{settings.controls?.depthDb}|{String(settings.customName)}|
      {String(settings.lockedBy('depthDb'))}|{String(settings.lockedBy('holdSeconds'))}
    </output>
  );
}

const text = (presets: readonly DuckTabPreset[]) =>
  renderToStaticMarkup(<Probe presets={presets} />)
    .replaceAll('<!-- -->', '')
    .replace(/<\/?output>/g, '');

describe('the controls a Duck tab starts with', () => {
  it('starts from Standard, unedited, nothing locked', () => {
    expect(text([builtinPreset('light'), builtinPreset('standard')])).toBe('standard|Standard (−9 dB)|-9|null|null|null');
  });

  it('names the pack that locks a control of the starting preset, and only that control', () => {
    const house: DuckTabPreset = {
      ...builtinPreset('standard'),
      name: 'Acme standard',
      depthDb: -10,
      lockedFields: ['depthDb'],
      source: 'Acme house mix',
    };
    expect(text([house])).toBe('standard|Acme standard|-10|null|Acme house mix|null');
  });

  it('starts from the first preset when there is no Standard', () => {
    expect(text([builtinPreset('strong')])).toBe('strong|Strong (−12 dB)|-12|null|null|null');
  });
});
