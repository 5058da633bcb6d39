import { createRoot } from 'react-dom/client';
import type { ReactElement } from 'react';
import { panelLocale } from './i18n/panel-locale';
import { MessagesProvider } from './i18n/use-messages';
import { createTranslator } from '../shared/i18n/translator';
import { StartFailureScreen } from './start-failure-screen';

/** Where each runtime's editor reopens the panel, said on the start-failure screen. */
type ReopenHintId = 'start.reopenPremiere' | 'start.reopenResolve' | 'start.reopenSandbox';

/**
 * Starts a panel: `compose` builds its services and returns what to render. A rejection is shown as the
 * start-failure screen with its cause (never a blank panel, never an unhandled rejection), and logged for
 * the developer console. The screen speaks the runtime's language (`runtime`: Premiere's `uxp` module or the
 * browser's `navigator`), as the panel would before its preferences are read.
 */
export async function startPanel(
  container: HTMLElement,
  compose: () => Promise<ReactElement>,
  reopenHintId: ReopenHintId,
  runtime: () => Parameters<typeof panelLocale>[1] = () => ({}),
): Promise<void> {
  const root = createRoot(container);
  try {
    root.render(await compose());
  } catch (error) {
    console.error('ClipRelay could not start', error);
    const locale = panelLocaleOrEnglish(runtime);
    root.render(
      <MessagesProvider locale={locale}>
        <StartFailureScreen error={error} reopenHint={createTranslator(locale).t(reopenHintId)} />
      </MessagesProvider>,
    );
  }
}

/** A runtime that failed to start may fail to say its language too (no `uxp` module): English then. */
function panelLocaleOrEnglish(runtime: () => Parameters<typeof panelLocale>[1]) {
  try {
    return panelLocale('auto', runtime());
  } catch {
    return 'en' as const;
  }
}
