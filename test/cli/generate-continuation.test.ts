import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/entries/cli';
import { DEMO_KLING_ACCESS_KEY, DEMO_KLING_SECRET_KEY } from '../../src/emulators/demo-credentials';
import { startEmulatorServer, type EmulatorServer } from '../../src/emulators/emulator-server';
import { DEMO_GEMINI_API_KEY } from '../../src/emulators/google/google-demo-credentials';
import { captureCliIo, type CapturedCliIo } from '../support/capture-cli-io';

const DEMO_CLIP = new Uint8Array(readFileSync(join(__dirname, '../../assets/demo-clip.mp4')));

let server: EmulatorServer;
let workDirectory: string;

const captureIo = () =>
  captureCliIo(workDirectory, {
    CLIPRELAY_HOME: join(workDirectory, 'home'),
    GEMINI_API_KEY: DEMO_GEMINI_API_KEY,
    GOOGLE_GEMINI_BASE_URL: `${server.url}/google`,
    KLING_ACCESS_KEY: DEMO_KLING_ACCESS_KEY,
    KLING_SECRET_KEY: DEMO_KLING_SECRET_KEY,
    KLING_BASE_URL: `${server.url}/kling`,
  });

async function generate(args: readonly string[]): Promise<{ code: number; io: CapturedCliIo }> {
  const io = captureIo();
  const code = await runCli(['generate', '--out', 'clips', '--poll-ms', '1', ...args], io);
  return { code, io };
}

beforeAll(async () => {
  server = await startEmulatorServer({ port: 0, videoBytes: DEMO_CLIP, kling: { processingPolls: 1 } });
  workDirectory = mkdtempSync(join(tmpdir(), 'cliprelay-continue-'));
});
afterAll(async () => {
  await server.close();
  rmSync(workDirectory, { recursive: true, force: true });
});

describe('cliprelay generate --extend / --edit', () => {
  it('extends an earlier Gemini Omni job by its interaction, with its provider and model as defaults', async () => {
    const first = await generate(['--provider', 'google', '--prompt', 'A tram crosses the bridge at dusk', '--seconds', '6']);
    expect(first.code, first.io.err.join('')).toBe(0);
    const firstJob = JSON.parse(first.io.out.join('')) as { jobId: string };
    const [earlier] = [...server.google.interactions.values()];

    const extended = await generate(['--extend', firstJob.jobId, '--prompt', 'It reaches the far bank', '--seconds', '6']);
    expect(extended.code, extended.io.err.join('')).toBe(0);
    expect(JSON.parse(extended.io.out.join(''))).toMatchObject({ provider: 'google', model: 'gemini-omni-1.2-flash' });
    const later = [...server.google.interactions.values()].at(-1)!;
    expect(later.requestBody).toMatchObject({ previous_interaction_id: earlier!.id });
  });

  it('refuses to continue a job whose model cannot, or a job that is not in the ledger, before anything is sent', async () => {
    const kling = await generate(['--provider', 'kling', '--prompt', 'Rain on a neon street']);
    expect(kling.code, kling.io.err.join('')).toBe(0);
    const klingJob = JSON.parse(kling.io.out.join('')) as { jobId: string };
    const tasksBefore = server.kling.tasks.size;

    const refused = await generate(['--edit', klingJob.jobId, '--prompt', 'Make it snow']);
    expect(refused.code).toBe(2);
    expect(refused.io.err.join('')).toMatch(/Kling 2\.6 cannot continue an earlier generation/);
    expect(server.kling.tasks.size).toBe(tasksBefore);

    const missing = await generate(['--extend', 'no-such-job', '--prompt', 'x']);
    expect(missing.code).toBe(2);
    expect(missing.io.err.join('')).toMatch(/no job "no-such-job" in the ledger/);
  });
});
