import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli';
import { DEMO_KLING_ACCESS_KEY, DEMO_KLING_SECRET_KEY } from '../../src/emulators/demo-credentials';
import { startEmulatorServer, type EmulatorServer } from '../../src/emulators/emulator-server';
import { parseFaultSpec } from '../../src/emulators/faults';
import { captureCliIo } from '../support/capture-cli-io';

describe('generate --timeout-s bounds the download too', () => {
  let server: EmulatorServer;
  const dir = mkdtempSync(join(tmpdir(), 'cliprelay-deadline-'));
  const env = { KLING_ACCESS_KEY: DEMO_KLING_ACCESS_KEY, KLING_SECRET_KEY: DEMO_KLING_SECRET_KEY, CLIPRELAY_HOME: join(dir, 'home') };

  beforeAll(async () => {
    server = await startEmulatorServer({ port: 0, videoBytes: readFileSync(join(__dirname, '../../assets/demo-clip.mp4')) });
  });
  afterAll(() => server.close());

  it('stops a download the server stalls, keeps the job downloading, and resume finishes it', async () => {
    // The CDN sends 2,000 bytes and then nothing, keeping the connection open (stall timer: 30 s).
    server.faults.add(...parseFaultSpec('kling:download:stall@2000*inf'));
    const io = captureCliIo(dir, env);
    const args = ['generate', '--provider', 'kling', '--prompt', 'Slow harbour', '--out', 'clips', '--base-url', `${server.url}/kling`];
    const code = await runCli([...args, '--poll-ms', '1', '--timeout-s', '1'], io);
    expect(code).not.toBe(0);
    expect(io.err.join('')).toMatch(/download did not finish within 1 s and was stopped; the job is kept/);
    expect(readdirSync(join(dir, 'clips')).filter((name) => name.endsWith('.mp4'))).toEqual([]);

    const listing = captureCliIo(dir, env);
    await runCli(['jobs', '--json'], listing);
    const [job] = JSON.parse(listing.out.join('')).jobs;
    expect(job.phase).toBe('downloading');

    server.faults.clear();
    const resume = captureCliIo(dir, env);
    expect(await runCli(['resume', '--poll-ms', '1'], resume)).toBe(0);
    expect(JSON.parse(resume.out.join(''))).toMatchObject({ jobId: job.ref.jobId });
  });
});
