import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MessagesProvider, useMessages } from '../../src/ui/i18n/use-messages';

function DuckTabLabel() {
  const { t, formatMoney } = useMessages();
  return (
    <span>
      {t('tab.duck')} · {formatMoney(2)}
    </span>
  );
}

describe('useMessages', () => {
  it('speaks English with no provider', () => {
    expect(renderToStaticMarkup(<DuckTabLabel />)).toBe('<span>Duck · $2.00</span>');
  });
  it('speaks the provider’s locale', () => {
    expect(
      renderToStaticMarkup(
        <MessagesProvider locale="zh-Hans">
          <DuckTabLabel />
        </MessagesProvider>,
      ),
    ).toBe('<span>闪避 · US$2.00</span>');
    expect(
      renderToStaticMarkup(
        <MessagesProvider locale="ca">
          <DuckTabLabel />
        </MessagesProvider>,
      ),
    ).toMatch(/^<span>Atenua · 2,00\sUSD<\/span>$/);
  });
});
