import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DiagnosticsReportView, DiagnosticsSection, copyReport, splitDiagnosticsOutput } from '../../src/ui/diagnostics-section';

const TEXT = 'ClipRelay diagnostics — 2026-12-06\n\n== Host ==\n[info] Premiere Pro: 26.3.2\n';
const JSON_BLOCK = '{\n  "schemaVersion": 1\n}';
const OUTPUT = `${TEXT}\n\`\`\`json cliprelay-diagnostics\n${JSON_BLOCK}\n\`\`\`\n`;

describe('DiagnosticsSection', () => {
  it('offers the run button and both options, and no report before a run', () => {
    const html = renderToStaticMarkup(<DiagnosticsSection run={async () => 'report'} clipboard={null} />);
    expect(html).toMatch(/<sp-button [^>]*>Run diagnostics<\/sp-button>/);
    expect(html).toContain('Read-only (skip the scratch sequence)');
    expect(html).toContain('Keep the scratch sequence to inspect it');
    expect(html).not.toContain('<sp-textarea');
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

  it('splits the text from the JSON block, and leaves a plain text report whole', () => {
    expect(splitDiagnosticsOutput(OUTPUT)).toEqual({ text: TEXT, json: JSON_BLOCK, fence: '```json cliprelay-diagnostics' });
    expect(splitDiagnosticsOutput(TEXT)).toEqual({ text: TEXT, json: null });
  });

  it('shows the text and offers Copy (text and JSON) and Copy JSON; only Copy without JSON', () => {
    const html = renderToStaticMarkup(<DiagnosticsReportView output={OUTPUT} clipboard={null} />);
    expect(html).toContain('Premiere Pro: 26.3.2');
    expect(html).not.toContain('schemaVersion');
    expect(html).toContain('>Copy (text and JSON)</sp-action-button>');
    expect(html).toContain('>Copy JSON</sp-action-button>');
    const plain = renderToStaticMarkup(<DiagnosticsReportView output={TEXT} clipboard={null} />);
    expect(plain).toContain('>Copy</sp-action-button>');
    expect(plain).not.toContain('Copy JSON');
  });
});
