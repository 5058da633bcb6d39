import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli';
import { DEMO_KLING_ACCESS_KEY, DEMO_KLING_SECRET_KEY } from '../../src/emulators/demo-credentials';
import { tempFoldersRemovedAfterAll } from '../support/temp-folders';

const makeTempFolder = tempFoldersRemovedAfterAll();

/** A loopback port nothing listens on: taken from the system, then closed again. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('cliprelay generate against an address nothing answers on', () => {
  it('fails at once with the reason, records the job as not created (no "unconfirmed" wait), and exits non-zero', async () => {
    const dir = makeTempFolder('cliprelay-unreachable-');
    const err: string[] = [];
    const out: string[] = [];
    const io = {
      stdout: { write: (t: string) => out.push(t) },
      stderr: { write: (t: string) => err.push(t) },
      env: { KLING_ACCESS_KEY: DEMO_KLING_ACCESS_KEY, KLING_SECRET_KEY: DEMO_KLING_SECRET_KEY, CLIPRELAY_HOME: join(dir, 'home') },
      cwd: dir,
    };
    const base = `http://127.0.0.1:${await closedPort()}/kling`;
    const code = await runCli(
      [
        'generate',
        '--provider',
        'kling',
        '--prompt',
        'harbour',
        '--out',
        'clips',
        '--base-url',
        base,
        '--poll-ms',
        '1',
        '--timeout-s',
        '30',
      ],
      io,
    );
    expect(code).toBe(1);
    expect(err.join('')).toMatch(/Could not reach Kling \(ECONNREFUSED\)/);
    expect(err.join('')).not.toMatch(/unconfirmed|did not confirm/);
    const jobs: string[] = [];
    await runCli(['jobs', '--json'], { ...io, stdout: { write: (t: string) => jobs.push(t) } });
    expect(JSON.parse(jobs.join(''))).toMatchObject({ jobs: [{ phase: 'failed', providerHold: 'none', problem: { retryable: true } }] });
  });
});
