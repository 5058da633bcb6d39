import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SpectrumButton } from '../../../src/ui/spectrum/spectrum-button';
import { SpectrumCheckbox } from '../../../src/ui/spectrum/spectrum-checkbox';
import { SpectrumPicker } from '../../../src/ui/spectrum/spectrum-picker';
import { SpectrumProgressBar } from '../../../src/ui/spectrum/spectrum-progress-bar';
import { SpectrumTextArea, SpectrumTextField } from '../../../src/ui/spectrum/spectrum-text-field';
import { TabBar } from '../../../src/ui/tab-bar';

const html = (element: React.ReactElement) => renderToStaticMarkup(element).replaceAll('<!-- -->', '');
const noop = () => undefined;

describe('Spectrum elements as the panel renders them (the same tags in Premiere and the sandbox)', () => {
  it('renders accent, ordinary and quiet buttons as sp-button and sp-action-button, named by text or label', () => {
    expect(
      html(
        <SpectrumButton emphasis="accent" onPress={noop}>
          Generate
        </SpectrumButton>,
      ),
    ).toBe('<sp-button variant="accent" treatment="fill" size="s">Generate</sp-button>');
    expect(
      html(
        <SpectrumButton onPress={noop} disabled>
          Preview
        </SpectrumButton>,
      ),
    ).toBe('<sp-button variant="secondary" treatment="outline" size="s" disabled="">Preview</sp-button>');
    expect(
      html(
        <SpectrumButton emphasis="quiet" label="Read the sequence again" onPress={noop}>
          Refresh
        </SpectrumButton>,
      ),
    ).toBe('<sp-action-button quiet="" size="s" aria-label="Read the sequence again">Refresh</sp-action-button>');
  });

  it('says aria-expanded as text, since React drops a false attribute on custom elements', () => {
    expect(
      html(
        <SpectrumButton emphasis="quiet" expanded={false} onPress={noop}>
          More
        </SpectrumButton>,
      ),
    ).toContain('aria-expanded="false"');
    expect(
      html(
        <SpectrumButton emphasis="quiet" expanded onPress={noop}>
          More
        </SpectrumButton>,
      ),
    ).toContain('aria-expanded="true"');
  });

  it("renders a picker in Premiere's documented markup: a labelled sp-picker, its items in sp-menu slot=options, the current one selected", () => {
    const markup = html(
      <SpectrumPicker
        label="Duck where"
        name="voice-source"
        value="b"
        options={[
          { value: 'a', label: 'A' },
          { value: 'b', label: 'B' },
        ]}
        onChange={noop}
      />,
    );
    expect(markup).toMatch(
      /^<div class="field"><sp-field-label for="([^"]+)">Duck where<\/sp-field-label><sp-picker id="\1" name="voice-source" label="Duck where" data-label="Duck where" value="b"><sp-menu slot="options"><sp-menu-item value="a">A<\/sp-menu-item><sp-menu-item value="b" selected="">B<\/sp-menu-item><\/sp-menu><\/sp-picker><\/div>$/,
    );
  });

  it('renders text fields with a visible label and the label as the accessible name; a secret one as password', () => {
    expect(html(<SpectrumTextField label="Kling · Access key" name="KLING_ACCESS_KEY" value="" secret onChange={noop} />)).toMatch(
      /<sp-textfield id="[^"]+" name="KLING_ACCESS_KEY" label="Kling · Access key" value="" type="password">/,
    );
    expect(html(<SpectrumTextArea label="Prompt" name="prompt" rows={3} value="harbour" onChange={noop} />)).toMatch(
      /<sp-field-label for="([^"]+)">Prompt<\/sp-field-label><sp-textarea id="\1" name="prompt" label="Prompt" value="harbour" rows="3">/,
    );
  });

  it('renders a checkbox named by its text, ticked only when checked', () => {
    expect(html(<SpectrumCheckbox label="Native audio" name="audio" checked onChange={noop} />)).toBe(
      '<sp-checkbox name="audio" checked="">Native audio</sp-checkbox>',
    );
    expect(html(<SpectrumCheckbox label="Native audio" name="audio" checked={false} onChange={noop} />)).toBe(
      '<sp-checkbox name="audio">Native audio</sp-checkbox>',
    );
  });

  it('renders progress as sp-progressbar value of 100, or indeterminate when unknown', () => {
    expect(html(<SpectrumProgressBar label="Progress of Harbour" fraction={0.426} />)).toBe(
      '<sp-progressbar aria-label="Progress of Harbour" size="small" max="100" value="43"></sp-progressbar>',
    );
    expect(html(<SpectrumProgressBar label="Progress of Harbour" fraction={null} />)).toBe(
      '<sp-progressbar aria-label="Progress of Harbour" size="small" max="100" indeterminate=""></sp-progressbar>',
    );
    expect(html(<SpectrumProgressBar label="p" fraction={7} />)).toContain('value="100"');
  });

  it('renders the tabs as quiet action buttons with the tab role, the active one selected', () => {
    const markup = html(
      <TabBar
        tabs={[
          { id: 'generate', label: 'Generate' },
          { id: 'jobs', label: 'Jobs', badge: '2' },
        ]}
        active="jobs"
        onSelect={noop}
      />,
    );
    expect(markup).toContain('<div class="tab-bar" role="tablist" aria-label="ClipRelay sections">');
    expect(markup).toMatch(
      /<sp-action-button quiet="" size="s" role="tab" id="tab-generate" aria-selected="false" aria-controls="panel-generate" tabIndex="-1">Generate<\/sp-action-button>/,
    );
    expect(markup).toMatch(
      /<sp-action-button quiet="" size="s" role="tab" id="tab-jobs" selected="" aria-selected="true" aria-controls="panel-jobs" tabIndex="0">Jobs<span class="tab-badge">2<\/span><\/sp-action-button>/,
    );
  });
});
