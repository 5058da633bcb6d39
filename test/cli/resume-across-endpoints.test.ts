import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli';
import { DEMO_KLING_ACCESS_KEY, DEMO_KLING_SECRET_KEY } from '../../src/emulators/demo-credentials';
import { startEmulatorServer, type EmulatorServer } from '../../src/emulators/emulator-server';
import { parseFaultSpec } from '../../src/emulators/faults';
import { captureCliIo } from '../support/capture-cli-io';

const videoBytes = readFileSync(join(__dirname, '../../assets/demo-clip.mp4'));

describe('cliprelay resume: a job is finished where it was created, without flags', () => {
  let first: EmulatorServer;
  let moved: EmulatorServer;
  const dir = mkdtempSync(join(tmpdir(), 'cliprelay-endpoints-'));
  const keys = { KLING_ACCESS_KEY: DEMO_KLING_ACCESS_KEY, KLING_SECRET_KEY: DEMO_KLING_SECRET_KEY, CLIPRELAY_HOME: join(dir, 'home') };
  const tasksAt = (server: EmulatorServer, id: string) => [...server.kling.tasks.values()].filter((task) => task.externalTaskId === id);

  beforeAll(async () => {
    [first, moved] = await Promise.all([startEmulatorServer({ port: 0, videoBytes }), startEmulatorServer({ port: 0, videoBytes })]);
  });
  afterAll(async () => {
    await Promise.all([first.close(), moved.close()]);
  });

  it('records the endpoint and catalog version, and resumes there after KLING_BASE_URL moved on, saying so', async () => {
    first.faults.add(...parseFaultSpec('kling:poll:delay=400*inf'));
    const controller = new AbortController();
    const generate = { ...captureCliIo(dir, { ...keys, KLING_BASE_URL: `${first.url}/kling/` }), signal: controller.signal };
    const running = runCli(
      ['generate', '--provider', 'kling', '--prompt', 'Gulls over the quay', '--out', 'clips', '--poll-ms', '50'],
      generate,
    );
    await expect.poll(() => generate.err.join('')).toMatch(/generating/);
    controller.abort(); // Ctrl-C
    expect(await running).toBe(130);
    first.faults.clear();

    const listing = captureCliIo(dir, keys);
    await runCli(['jobs', '--json'], listing);
    const [job] = JSON.parse(listing.out.join('')).jobs;
    expect(job).toMatchObject({ phase: 'generating', endpoint: `${first.url}/kling` });
    expect(job.catalogVersion).toMatch(/^[0-9a-f]{12}$/);

    // The settings now point at another server (the emulator restarted on another port): no flag given.
    const resume = captureCliIo(dir, { ...keys, KLING_BASE_URL: `${moved.url}/kling` });
    expect(await runCli(['resume', '--poll-ms', '1'], resume)).toBe(0);
    expect(resume.err.join('')).toContain(
      `note: job ${job.id} was created at ${first.url}/kling, not ${moved.url}/kling as your settings say now; it is finished where it was created.`,
    );
    expect(JSON.parse(resume.out.join(''))).toMatchObject({ jobId: job.ref.jobId, provider: 'kling' });
    expect(tasksAt(first, job.id)).toHaveLength(1);
    expect(tasksAt(moved, job.id)).toHaveLength(0);
  });

  it('with --base-url, sends the job where the flag says and tells the user it was created elsewhere', async () => {
    first.faults.add(...parseFaultSpec('kling:poll:delay=400*inf'));
    const controller = new AbortController();
    const generate = { ...captureCliIo(dir, keys), signal: controller.signal };
    const running = runCli(
      [
        'generate',
        '--provider',
        'kling',
        '--prompt',
        'A lighthouse',
        '--out',
        'clips',
        '--base-url',
        `${first.url}/kling`,
        '--poll-ms',
        '50',
      ],
      generate,
    );
    await expect.poll(() => generate.err.join('')).toMatch(/generating/);
    controller.abort();
    expect(await running).toBe(130);
    first.faults.clear();

    // The other server never heard of the job: the flag is obeyed, and the note says why that may fail.
    const resume = captureCliIo(dir, keys);
    const code = await runCli(['resume', '--base-url', `${moved.url}/kling`, '--poll-ms', '1', '--timeout-s', '2'], resume);
    expect(resume.err.join('')).toMatch(new RegExp(`was created at ${first.url.replace(/[.]/g, '\\.')}/kling; --base-url sends it to`));
    expect(code).not.toBe(0);
    const listing = captureCliIo(dir, keys);
    await runCli(['jobs', '--json'], listing);
    const lighthouse = JSON.parse(listing.out.join('')).jobs.find(
      (candidate: { request: { prompt: string } }) => candidate.request.prompt === 'A lighthouse',
    );
    // Kept (never failed on another server's word), and resumable where it was made.
    expect(lighthouse.phase).toBe('generating');
    const again = captureCliIo(dir, keys);
    expect(await runCli(['resume', '--poll-ms', '1'], again)).toBe(0);
    expect(tasksAt(first, lighthouse.id)).toHaveLength(1);
  });
});
