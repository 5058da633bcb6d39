import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/shared/i18n/translator';
import { reportedJobAction } from '../../../src/ui/jobs/reported-job-action';
import { SecretUnreadableError } from '../../../src/platform/secret-unreadable-error';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a job-card click that fails is said, not swallowed', () => {
  it('reports the failure in words, and clears the previous one on the next click', async () => {
    const problems: (string | null)[] = [];
    const retry = reportedJobAction(
      'retry',
      async () => {
        throw new SecretUnreadableError({ secretName: 'KLING_ACCESS_KEY', cause: new Error('decryption failed') });
      },
      (message) => problems.push(message),
      createTranslator('en'),
    );
    retry('job-1');
    await settle();
    expect(problems).toEqual([
      null,
      'Could not retry the job: Secure storage could not read KLING_ACCESS_KEY (decryption failed). Enter the key again in Settings → Provider keys; if that fails too, restart Premiere Pro.',
    ]);
  });

  it('says nothing when the action works', async () => {
    const problems: (string | null)[] = [];
    const ids: string[] = [];
    reportedJobAction(
      'cancel',
      async (id) => void ids.push(id),
      (message) => problems.push(message),
      createTranslator('en'),
    )('job-2');
    await settle();
    expect([ids, problems]).toEqual([['job-2'], [null]]);
  });
});
