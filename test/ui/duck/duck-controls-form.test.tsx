import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { controlsFromPreset, type DuckControlName } from '../../../src/domain/ducking/duck-controls';
import { ControlSlider } from '../../../src/ui/duck/control-slider';
import { DuckControlsForm } from '../../../src/ui/duck/duck-controls-form';
import { builtinPreset } from '../../support/builtin-preset';
import { byName, findElements, renderedTree } from './element-tree';

const standard = builtinPreset('standard');
const presets = [builtinPreset('light'), standard, builtinPreset('strong')];
const text = (element: React.ReactElement) => renderToStaticMarkup(element).replaceAll('<!-- -->', '');

function form(options: { customName?: string | null; locked?: readonly DuckControlName[]; speechDetected?: boolean } = {}) {
  const onControlChange = vi.fn();
  const onBaseChange = vi.fn();
  const props = {
    presets,
    basePresetId: 'standard',
    customName: options.customName ?? null,
    controls: controlsFromPreset(standard),
    lockedBy: (control: DuckControlName) => (options.locked?.includes(control) === true ? 'Acme house mix' : null),
    speechDetected: options.speechDetected ?? true,
    onBaseChange,
    onControlChange,
  };
  return { props, onControlChange, onBaseChange, tree: renderedTree(() => DuckControlsForm(props)) };
}

describe('Duck tab controls', () => {
  it('shows every Essential Sound control with its unit, filled from the preset', () => {
    const html = text(<DuckControlsForm {...form().props} />);
    for (const label of [
      'Reduce by (dB)',
      'Sensitivity (1–10)',
      'Fade down (s)',
      'Fade up (s)',
      'Hold (s)',
      'Padding before speech (s)',
      'Padding after speech (s)',
      'Fade shape',
    ])
      expect(html).toMatch(new RegExp(`<sp-(slider|picker) [^>]*label="${label.replace(/[()]/g, '\\$&')}"`));
    expect(html).toContain('<sp-slider name="depthDb" label="Reduce by (dB)" min="-24" max="-1" step="0.5" value="-9">');
    expect(html).toContain('<sp-label slot="label">Reduce by (dB)</sp-label>');
    expect(html).toContain('name="depthDb-value" label="Reduce by (dB), exact value" value="-9"');
    expect(html).toContain('name="sensitivity" label="Sensitivity (1–10)" min="1" max="10" step="1" value="5"');
    expect(html).toContain('<sp-field-label for="');
    expect(html).toMatch(
      /<sp-picker [^>]*name="duck-base-preset" label="Start from" data-label="Start from" value="standard"><sp-menu slot="options">/,
    );
    expect(html).toContain('<sp-menu-item value="standard" selected="">Standard (−9 dB)</sp-menu-item>');
  });

  it('says when Sensitivity and padding do nothing (whole voice clips)', () => {
    const note = 'Sensitivity and padding apply when ducking where the voice speaks';
    expect(text(<DuckControlsForm {...form({ speechDetected: false }).props} />)).toContain(note);
    expect(text(<DuckControlsForm {...form().props} />)).not.toContain(note);
  });

  it('names the edited settings "Custom (from …)" in the Start from list', () => {
    const html = text(<DuckControlsForm {...form({ customName: 'Custom (from Standard)' }).props} />);
    expect(html).toContain('<sp-menu-item value="standard" selected="">Custom (from Standard)</sp-menu-item>');
    expect(html).toContain('<sp-menu-item value="light">Light (−6 dB)</sp-menu-item>');
  });

  it('passes each control change on by name, and a new starting preset', () => {
    const { tree, onControlChange, onBaseChange } = form();
    const sliders = findElements(tree, (element) => element.type === ControlSlider);
    expect(sliders.map((slider) => slider.props.name)).toEqual([
      'depthDb',
      'sensitivity',
      'attackSeconds',
      'releaseSeconds',
      'holdSeconds',
      'prePadSeconds',
      'postPadSeconds',
    ]);
    (sliders[0]!.props.onChange as (value: number) => void)(-12);
    expect(onControlChange).toHaveBeenCalledWith('depthDb', -12);
    (byName(tree, 'fadeShape').props.onChange as (value: string) => void)('smooth');
    expect(onControlChange).toHaveBeenCalledWith('fadeShape', 'smooth');
    (byName(tree, 'duck-base-preset').props.onChange as (value: string) => void)('strong');
    expect(onBaseChange).toHaveBeenCalledWith('strong');
  });

  it('disables what a pack locks and says which pack', () => {
    const html = text(<DuckControlsForm {...form({ locked: ['depthDb', 'fadeShape'] }).props} />);
    expect(html).toMatch(/<div class="control-slider row" title="Locked by Acme house mix"><div class="grow"><sp-slider name="depthDb"/);
    expect(html).toContain('name="depthDb" label="Reduce by (dB)" min="-24" max="-1" step="0.5" value="-9" disabled=""');
    expect(html).toContain('name="depthDb-value" label="Reduce by (dB), exact value" value="-9" disabled=""');
    expect(html).toMatch(
      /<div class="field" title="Locked by Acme house mix"><sp-field-label [^>]*>Fade shape<\/sp-field-label><sp-picker [^>]*name="fadeShape" label="Fade shape" data-label="Fade shape" value="linear" disabled="">/,
    );
    expect(html).toMatch(/name="holdSeconds" label="Hold \(s\)" min="0" max="10" step="0.1" value="1">/);
  });
});

describe('a slider with its number field', () => {
  const slider = (onChange: (value: number) => void) =>
    renderedTree(() =>
      ControlSlider({ name: 'holdSeconds', label: 'Hold (s)', value: 1, min: 0, max: 10, step: 0.1, lockedBy: null, onChange }),
    );

  it.each([
    { typed: '2.5', expected: 2.5 },
    { typed: '0,3', expected: 0.3 },
    { typed: '40', expected: 10 },
    { typed: '-3', expected: 0 },
  ])('typing $typed gives $expected', ({ typed, expected }) => {
    const onChange = vi.fn();
    (byName(slider(onChange), 'holdSeconds-value').props.onChange as (text: string) => void)(typed);
    expect(onChange).toHaveBeenCalledWith(expected);
  });

  it('ignores text that is not a number, and an emptied field', () => {
    const onChange = vi.fn();
    const field = byName(slider(onChange), 'holdSeconds-value').props.onChange as (text: string) => void;
    field('abc');
    field(' ');
    expect(onChange).not.toHaveBeenCalled();
  });
});
