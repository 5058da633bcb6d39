import { createRoot } from 'react-dom/client';
import type { ReactElement } from 'react';
import { StartFailureScreen } from './start-failure-screen';

/**
 * Starts a panel: `compose` builds its services and returns what to render. A rejection is shown as the
 * start-failure screen with its cause (never a blank panel, never an unhandled rejection), and logged for
 * the developer console.
 */
export async function startPanel(container: HTMLElement, compose: () => Promise<ReactElement>, reopenHint: string): Promise<void> {
  const root = createRoot(container);
  try {
    root.render(await compose());
  } catch (error) {
    console.error('ClipRelay could not start', error);
    root.render(<StartFailureScreen error={error} reopenHint={reopenHint} />);
  }
}
