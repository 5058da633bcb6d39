import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli';
import { DEMO_KLING_ACCESS_KEY, DEMO_KLING_SECRET_KEY } from '../../src/emulators/demo-credentials';
import { startEmulatorServer, type EmulatorServer } from '../../src/emulators/emulator-server';
import { parseFaultSpec } from '../../src/emulators/faults';
import { tempFoldersRemovedAfterAll } from '../support/temp-folders';

const makeTempFolder = tempFoldersRemovedAfterAll();

describe('cliprelay resume: the job knows where it was made, and two resumes never create twice', () => {
  let server: EmulatorServer;
  beforeAll(async () => {
    server = await startEmulatorServer({ port: 0, videoBytes: readFileSync(join(__dirname, '../../assets/demo-clip.mp4')) });
  });
  afterAll(() => server.close());

  const setup = () => {
    const dir = makeTempFolder('cliprelay-resume2-');
    const env = { KLING_ACCESS_KEY: DEMO_KLING_ACCESS_KEY, KLING_SECRET_KEY: DEMO_KLING_SECRET_KEY, CLIPRELAY_HOME: join(dir, 'home') };
    const capture = (signal?: AbortSignal) => {
      const out: string[] = [];
      const err: string[] = [];
      return {
        out,
        err,
        io: { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) }, env, cwd: dir, signal },
      };
    };
    return { dir, env, capture };
  };

  it('finishes a job made against --base-url with a bare `cliprelay resume`', async () => {
    const { capture } = setup();
    server.faults.add(...parseFaultSpec('kling:poll:delay=400*inf'));
    const controller = new AbortController();
    const first = capture(controller.signal);
    const running = runCli(
      ['generate', '--provider', 'kling', '--prompt', 'Gulls', '--out', 'clips', '--base-url', `${server.url}/kling`, '--poll-ms', '50'],
      first.io,
    );
    await expect.poll(() => first.err.join('')).toMatch(/generating/);
    controller.abort();
    expect(await running).toBe(130);
    server.faults.clear();
    const second = capture();
    // Before: without --base-url the resume went to Kling's real API host.
    expect(await runCli(['resume', '--poll-ms', '1'], second.io)).toBe(0);
    expect(JSON.parse(second.out.join(''))).toMatchObject({ provider: 'kling' });
  });

  it('two `resume` processes on one queued job create it once', async () => {
    const { env, capture } = setup();
    const id = `cliprelay-twice-${process.pid}`;
    const job = {
      id,
      providerId: 'kling',
      providerName: 'Kling',
      request: { model: 'kling-v2-6', prompt: 'Twice', durationSeconds: 5, aspectRatio: '16:9', audio: true, clientJobId: id },
      projectName: 'cli',
      createdAtMs: 1,
      updatedAtMs: 1,
      phase: 'queued',
      estimatedCostUsd: 0.35,
      endpoint: `${server.url}/kling`,
      warnings: [],
      downloadAttempts: 0,
    };
    mkdirSync(env.CLIPRELAY_HOME, { recursive: true });
    writeFileSync(join(env.CLIPRELAY_HOME, 'jobs.json'), JSON.stringify({ version: 2, jobs: [job] }));
    const [a, b] = [capture(), capture()];
    await Promise.all([runCli(['resume', '--poll-ms', '1'], a.io), runCli(['resume', '--poll-ms', '1'], b.io)]);
    expect([...server.kling.tasks.values()].filter((task) => task.externalTaskId === id)).toHaveLength(1);
    const listing = capture();
    await runCli(['jobs', '--json'], listing.io);
    expect(JSON.parse(listing.out.join('')).jobs[0]).toMatchObject({ id, phase: 'saved' });
  });
});
