import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { loadBuiltinCatalog } from '../../../src/providers/catalog';
import { PromptFields } from '../../../src/ui/generate/prompt-fields';
import { promptLength } from '../../../src/ui/generate/prompt-length';

const text = (element: React.ReactElement) => renderToStaticMarkup(element).replaceAll('<!-- -->', '');
const fields = (prompt: string, maxPromptChars?: number) =>
  text(
    <PromptFields
      prompt={prompt}
      negativePrompt=""
      maxPromptChars={maxPromptChars}
      modelName="Kling 3.0"
      onPromptChange={() => {}}
      onNegativePromptChange={() => {}}
    />,
  );

describe('the prompt counter', () => {
  it("counts against the model's limit with thousands separators", () => {
    expect(promptLength('x'.repeat(2431), 2500, 'Kling 3.0')).toEqual({ counter: '2,431 / 2,500', over: false, refusal: null });
    expect(promptLength('x'.repeat(2500), 2500, 'Kling 3.0')?.over).toBe(false);
  });

  it('turns into a refusal, before anything is sent, one character past the limit', () => {
    const length = promptLength('x'.repeat(2600), 2500, 'Kling 3.0');
    expect(length?.over).toBe(true);
    expect(length?.refusal).toBe(
      'The prompt is 2,600 characters; Kling 3.0 takes at most 2,500. Shorten it by 100 to generate; nothing is sent until then.',
    );
  });

  it('shows no counter for a model the catalog gives no limit', () => {
    expect(promptLength('anything', undefined, 'Sora 2')).toBeNull();
    expect(fields('anything')).not.toContain('prompt-count');
  });

  it('renders the counter tied to the prompt field, and the refusal as an alert when over', () => {
    const within = fields('x'.repeat(2431), 2500);
    expect(within).toContain('aria-describedby="prompt-count"');
    expect(within).toContain('aria-label="Prompt length: 2,431 / 2,500 characters">2,431 / 2,500</span>');
    expect(within).not.toContain('role="alert"');
    const over = fields('x'.repeat(2501), 2500);
    expect(over).toMatch(/<sp-textarea [^>]*invalid=""/);
    expect(over).toMatch(/role="alert"[^>]*>The prompt is 2,501 characters; Kling 3.0 takes at most 2,500/);
  });

  it('agrees with the catalog: Kling models carry a limit the counter uses', () => {
    const kling = loadBuiltinCatalog().models.filter((model) => model.provider === 'kling');
    expect(kling.length).toBeGreaterThan(0);
    expect(kling.every((model) => model.maxPromptChars === 2500)).toBe(true);
  });
});
