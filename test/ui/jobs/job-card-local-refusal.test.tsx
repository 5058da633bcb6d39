import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulatorServer, type EmulatorServer } from '../../../src/emulators/emulator-server';
import { JobCard, type JobActions } from '../../../src/ui/jobs/job-card';
import { memoryLedgerStorage } from '../../support/memory-ledger-storage';
import { demoClip, emulatedJobSession, emulatedRequest } from '../../workflows/jobs/emulated-job-session';

const actions: JobActions = { cancel: () => {}, retry: () => {}, recreate: () => {}, reuse: () => {} };

/**
 * Our own validation is never "the provider did not answer": a Kling prompt over 2,500 characters
 * that reaches the runner (a job resumed from an older ledger skips the Generate tab's catalog
 * check) is refused locally, and its card says so in words, offering no Retry that cannot work.
 */
describe('a job card for a request refused on our side', () => {
  let emulator: EmulatorServer;
  beforeAll(async () => {
    emulator = await startEmulatorServer({ port: 0, videoBytes: demoClip });
  });
  afterAll(() => emulator.close());

  it('names the length and the limit, says nothing was sent, and offers Reuse but not Retry or Create again', async () => {
    const { runner } = await emulatedJobSession(emulator, memoryLedgerStorage());
    const id = `refused-${process.pid}`;
    await runner.submit({
      request: emulatedRequest('kling', id, 'a'.repeat(2_600)),
      providerId: 'kling',
      providerName: 'Kling',
      projectName: 'P',
      estimatedCostUsd: 0.5,
    });
    const job = (await runner.settled(id))!;
    const html = renderToStaticMarkup(<JobCard job={job} nowMs={Date.now()} actions={actions} />);
    // Worded by the runner from zod's issue, or by the strict wire-body check: either way the length and the limit.
    expect(html).toMatch(/[Pp]rompt is 2,600 characters; Kling (takes at most|accepts up to) 2,500\b/);
    expect(html).toContain('Nothing was sent, so nothing was charged');
    expect(html).not.toMatch(/>Retry<|Create again|did not answer|never arrived|unconfirmed|dashboard/i);
    expect(html).toContain('Reuse');
    expect([...emulator.kling.tasks.values()].filter((task) => task.externalTaskId === id)).toHaveLength(0);
  });
});
