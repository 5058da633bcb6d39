import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StartFailureScreen } from '../../src/ui/start-failure-screen';

/** A named error like the ones start-up meets (storage, host). */
class StorageUnreadableError extends Error {
  override name = 'StorageUnreadableError';
}

describe('the start-failure screen', () => {
  it('says the panel could not start, why, what to try, and the error kind for a bug report', () => {
    const html = renderToStaticMarkup(
      <StartFailureScreen
        error={new StorageUnreadableError('The job list could not be read: disk is locked')}
        reopenHint="close and reopen the panel"
      />,
    );
    expect(html).toContain('role="alert"');
    expect(html).toContain('ClipRelay could not start');
    expect(html).toContain('The job list could not be read: disk is locked');
    expect(html).toContain('Try again: close and reopen the panel.');
    expect(html).toContain('Technical: StorageUnreadableError');
  });

  it('shows a thrown non-Error as text', () => {
    const html = renderToStaticMarkup(<StartFailureScreen error="host missing" reopenHint="reload" />);
    expect(html).toContain('host missing');
    expect(html).toContain('Technical: string');
  });
});
