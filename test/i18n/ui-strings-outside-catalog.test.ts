import { describe, expect, it } from 'vitest';
import { uiStringsOutsideCatalog } from './ui-strings-outside-catalog';

describe('uiStringsOutsideCatalog (the checker the panel will run under once its strings use t())', () => {
  it('finds JSX text and visible attributes written as literals', () => {
    const source = `export const A = () => (
  <div>
    <sp-button label="Save keys">Save keys</sp-button>
    <sp-textfield placeholder={'What to avoid'} aria-label={\`Prompt\`} />
  </div>
);`;
    expect(uiStringsOutsideCatalog('a.tsx', source)).toEqual([
      { line: 3, text: 'Save keys' },
      { line: 3, text: 'Save keys' },
      { line: 4, text: 'What to avoid' },
      { line: 4, text: 'Prompt' },
    ]);
  });

  it('passes catalog calls, symbols, numbers, the brand and non-visible attributes', () => {
    const source = `export const B = ({ t }) => (
  <div className="tab-bar" data-testid="generate">
    <sp-button label={t('settings.saveKeys')}>{t('settings.saveKeys')}</sp-button>
    <span>· — 300 ×</span>
    <h1>ClipRelay</h1>
    <sp-menu-item value="voice">{t('role.voice')}</sp-menu-item>
  </div>
);`;
    expect(uiStringsOutsideCatalog('b.tsx', source)).toEqual([]);
  });
});
