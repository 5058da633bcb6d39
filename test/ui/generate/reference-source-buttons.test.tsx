import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { NleHost } from '../../../src/hosts/spec';
import { ReferenceSourceButtons } from '../../../src/ui/generate/reference-source-buttons';

function hostWith(capabilities: Partial<NleHost['capabilities']>, methods: Partial<NleHost> = {}) {
  return {
    capabilities: { name: 'Fake', writesGainKeyframes: true, writesProvenance: true, ducksRetimedClips: true, ...capabilities },
    readActiveSequence: async () => {
      throw new Error('not read while rendering');
    },
    ...methods,
  } as NleHost;
}

const captureSequenceFrame = async () => ({ bytes: new Uint8Array(), mimeType: 'image/png' as const, fileName: 'f.png' });
const listProjectStills = async () => [];
const readProjectStill = captureSequenceFrame;
const draw = (host: NleHost) => renderToStaticMarkup(<ReferenceSourceButtons host={host} onImage={() => undefined} />);

describe('reference image sources from the editor', () => {
  it('offers the frame at the playhead and a project still where the host can give both', () => {
    const html = draw(
      hostWith({ capturesSequenceFrames: true, readsProjectStills: true }, { captureSequenceFrame, listProjectStills, readProjectStill }),
    );
    expect(html).toContain('aria-label="Use the frame at the playhead as the reference image"');
    expect(html).toContain('>Frame at playhead<');
    expect(html).toContain('aria-label="Use a still image from the project as the reference image"');
    expect(html).toContain('>From project…<');
  });

  it('offers only what the capabilities say, even when the method exists', () => {
    const html = draw(hostWith({ capturesSequenceFrames: true }, { captureSequenceFrame, listProjectStills, readProjectStill }));
    expect(html).toContain('>Frame at playhead<');
    expect(html).not.toContain('From project');
  });

  it('renders nothing on a host that can give neither', () => {
    expect(draw(hostWith({}))).toBe('');
  });
});
