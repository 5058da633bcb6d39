import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { panelPreferencesSchema } from '../../../src/domain/preferences/panel-preferences';
import { createSandboxState, DEMO_SEQUENCE, SandboxHost } from '../../../src/hosts/sandbox';
import { describeImport } from '../../../src/ui/generate/import-preview';
import { PlacementField } from '../../../src/ui/generate/placement-field';

const fields = { project: 'P', provider: 'Kling', model: 'kling-v3' };

async function demoSequence() {
  return new SandboxHost(createSandboxState(DEMO_SEQUENCE), { probeMedia: () => Promise.reject(new Error('unused')) }).readActiveSequence();
}

describe('where the clip goes', () => {
  it('previews the placement the runner will make: at the playhead, never on the voice-over', async () => {
    const sequence = await demoSequence();
    expect(describeImport(sequence, 5, 'ClipRelay/{provider}', fields)).toBe(
      'Import into bin ClipRelay › Kling; place 5 s at 0:03.00 on V1 + A2, audio linked, nothing overwritten.',
    );
  });

  it('takes a new audio track rather than the voice-over even when the voice-over is free there', async () => {
    const sequence = await demoSequence();
    const atTen = { ...sequence, playheadSeconds: 20, audioTracks: sequence.audioTracks.slice(0, 1) };
    expect(describeImport(atTen, 5, 'ClipRelay', fields)).toContain('on V1 + A2 (new)');
  });

  it('says the timeline is left alone for "Add to bin only"', async () => {
    const sequence = await demoSequence();
    expect(describeImport(sequence, 5, 'ClipRelay/{provider}', fields, { binOnly: true })).toBe(
      'Import into bin ClipRelay › Kling only; the timeline is left as it is.',
    );
  });

  it('offers both choices under an accessible label, remembered in the preferences (timeline by default)', () => {
    const html = renderToStaticMarkup(<PlacementField value="bin" onChange={() => {}} />);
    expect(html).toMatch(
      /<sp-field-label for="([^"]+)">Place the clip<\/sp-field-label><sp-picker id="\1" name="placement" label="Place the clip" data-label="Place the clip" value="bin">/,
    );
    expect(html).toContain('<sp-menu-item value="timeline">On the timeline at the playhead</sp-menu-item>');
    expect(html).toContain('<sp-menu-item value="bin" selected="">Add to bin only</sp-menu-item>');
    expect(panelPreferencesSchema.parse({}).newClipPlacement).toBe('timeline');
  });
});
