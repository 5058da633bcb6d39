import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli';
import { DEMO_KLING_ACCESS_KEY, DEMO_KLING_SECRET_KEY } from '../../src/emulators/demo-credentials';
import { startEmulatorServer, type EmulatorServer } from '../../src/emulators/emulator-server';
import { parseFaultSpec } from '../../src/emulators/faults';
import { tempFoldersRemovedAfterAll } from '../support/temp-folders';

const makeTempFolder = tempFoldersRemovedAfterAll();

describe('cliprelay resume: killing the CLI loses nothing', () => {
  let server: EmulatorServer;
  const dir = makeTempFolder('cliprelay-resume-');
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

  beforeAll(async () => {
    server = await startEmulatorServer({ port: 0, videoBytes: readFileSync(join(__dirname, '../../assets/demo-clip.mp4')) });
  });
  afterAll(() => server.close());

  it('keeps an interrupted job in the ledger and finishes it on resume, with one provider task', async () => {
    server.faults.add(...parseFaultSpec('kling:poll:delay=400*inf'));
    const controller = new AbortController();
    const first = capture(controller.signal);
    const running = runCli(
      [
        'generate',
        '--provider',
        'kling',
        '--prompt',
        'Storm over the pier',
        '--out',
        'clips',
        '--base-url',
        `${server.url}/kling`,
        '--poll-ms',
        '50',
      ],
      first.io,
    );
    await expect.poll(() => first.err.join('')).toMatch(/generating/);
    controller.abort(); // Ctrl-C
    expect(await running).toBe(130);
    expect(first.err.join('')).toMatch(/kept in the ledger: run `cliprelay resume`/);
    server.faults.clear();

    const listing = capture();
    await runCli(['jobs', '--json'], listing.io);
    const [job] = JSON.parse(listing.out.join('')).jobs;
    expect(job.phase).toBe('generating');

    const second = capture();
    expect(await runCli(['resume', '--base-url', `${server.url}/kling`, '--poll-ms', '1'], second.io)).toBe(0);
    const result = JSON.parse(second.out.join(''));
    expect(result.path).toBe(join(dir, 'clips', `storm-over-the-pier-kling-${job.ref.jobId}.mp4`));
    expect([...server.kling.tasks.values()].filter((task) => task.externalTaskId === job.id)).toHaveLength(1);

    const again = capture();
    expect(await runCli(['resume'], again.io)).toBe(0);
    expect(again.err.join('')).toMatch(/Nothing to resume/);
  });
});
