import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DiagnosticsSection, copyReport } from '../../src/ui/diagnostics-section';

describe('DiagnosticsSection', () => {
  it('offers the run button and both options, and no report before a run', () => {
    const html = renderToStaticMarkup(<DiagnosticsSection run={async () => 'report'} clipboard={null} />);
    expect(html).toContain('>Run diagnostics</button>');
    expect(html).toContain('Read-only (skip the scratch sequence)');
    expect(html).toContain('Keep the scratch sequence to inspect it');
    expect(html).not.toContain('<textarea');
  });

  it('copies through the clipboard, and says what to do without one or when it fails', async () => {
    const copied: string[] = [];
    expect(await copyReport('text', { writeText: async (text) => void copied.push(text) })).toBe('Copied.');
    expect(copied).toEqual(['text']);
    expect(await copyReport('text', null)).toMatch(/copy it by hand/);
    expect(await copyReport('text', {})).toMatch(/copy it by hand/);
    // UXP's clipboard: setContent with a text/plain entry.
    const contents: unknown[] = [];
    expect(await copyReport('uxp text', { setContent: async (content) => void contents.push(content) })).toBe('Copied.');
    expect(contents).toEqual([{ 'text/plain': 'uxp text' }]);
    expect(
      await copyReport('text', {
        writeText: async () => {
          throw new Error('permission denied');
        },
      }),
    ).toBe('Could not copy (permission denied): select the report and copy it by hand.');
  });
});
