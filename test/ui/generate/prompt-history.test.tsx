import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { panelPreferencesSchema } from '../../../src/domain/preferences/panel-preferences';
import { PROMPT_HISTORY_LIMIT, rememberPrompt, searchPrompts } from '../../../src/ui/generate/prompt-history';
import { PromptHistoryPicker } from '../../../src/ui/generate/prompt-history-picker';

describe('prompt history', () => {
  it('keeps the newest first, moves a repeated prompt up instead of listing it twice, and ignores blanks', () => {
    let history: string[] = [];
    for (const prompt of ['harbour at dawn', 'gulls over water', '  harbour at dawn  ', '   ']) history = rememberPrompt(history, prompt);
    expect(history).toEqual(['harbour at dawn', 'gulls over water']);
  });

  it(`keeps the last ${PROMPT_HISTORY_LIMIT} prompts`, () => {
    let history: string[] = [];
    for (let index = 1; index <= 60; index++) history = rememberPrompt(history, `prompt ${index}`);
    expect(history).toHaveLength(50);
    expect([history[0], history[49]]).toEqual(['prompt 60', 'prompt 11']);
  });

  it('finds prompts holding every word of the search, in any case and order', () => {
    const history = ['Foggy harbour at dawn, gulls', 'Neon street at night', 'Harbour cranes at dusk'];
    expect(searchPrompts(history, 'HARBOUR dawn')).toEqual(['Foggy harbour at dawn, gulls']);
    expect(searchPrompts(history, 'harbour')).toEqual(['Foggy harbour at dawn, gulls', 'Harbour cranes at dusk']);
    expect(searchPrompts(history, '  ')).toEqual(history);
    expect(searchPrompts(history, 'desert')).toEqual([]);
  });

  it('is stored in the preferences, empty by default', () => {
    expect(panelPreferencesSchema.parse({}).promptHistory).toEqual([]);
    expect(panelPreferencesSchema.parse({ promptHistory: ['a'] }).promptHistory).toEqual(['a']);
  });

  it('shows a closed, labelled toggle when there is a history, and nothing without one', () => {
    expect(renderToStaticMarkup(<PromptHistoryPicker history={[]} onUse={() => {}} />)).toBe('');
    const html = renderToStaticMarkup(<PromptHistoryPicker history={['a', 'b']} onUse={() => {}} />);
    expect(html).toContain('aria-expanded="false"');
    expect(html).toContain('aria-expanded="false">Earlier prompts (2)</sp-action-button>');
  });
});
