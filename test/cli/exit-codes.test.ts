import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, runCli, type CliIo } from '../../src/cli';
import { DEMO_KLING_ACCESS_KEY, DEMO_KLING_SECRET_KEY } from '../../src/emulators/demo-credentials';
import { startEmulatorServer, type EmulatorServer } from '../../src/emulators/emulator-server';
import { parseFaultSpec } from '../../src/emulators/faults';
import { captureCliIo } from '../support/capture-cli-io';
import { tempFoldersRemovedAfterAll } from '../support/temp-folders';

const DEMO_CLIP_PATH = join(__dirname, '../../assets/demo-clip.mp4');
const directory = tempFoldersRemovedAfterAll()('cliprelay-exit-codes-');
let server: EmulatorServer;

beforeAll(async () => {
  server = await startEmulatorServer({ port: 0, videoBytes: readFileSync(DEMO_CLIP_PATH) });
});
afterAll(() => server.close());

const klingEnv = () => ({
  KLING_ACCESS_KEY: DEMO_KLING_ACCESS_KEY,
  KLING_SECRET_KEY: DEMO_KLING_SECRET_KEY,
  CLIPRELAY_HOME: join(directory, 'home'),
});
const generate = (prompt: string) => [
  'generate',
  '--provider',
  'kling',
  '--prompt',
  prompt,
  '--out',
  'clips',
  '--base-url',
  `${server.url}/kling`,
  '--poll-ms',
  '20',
];

describe('exit codes: what the help says is what the commands return', () => {
  it('the help lists exactly 0, 1, 2 and 130, the codes the commands return', async () => {
    const io = captureCliIo(directory);
    await runCli(['--help'], io);
    const listed = /\nExit codes:\n((?: {2}\d+ +.+\n)+)/
      .exec(io.out.join(''))![1]!
      .trimEnd()
      .split('\n')
      .map((line) => Number(line.trim().split(' ')[0]));
    expect(listed).toEqual([EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED]);
    expect(listed).toEqual([0, 1, 2, 130]);
  });

  it('0: done', async () => {
    expect(await runCli(['models', '--provider', 'kling'], captureCliIo(directory))).toBe(0);
  });

  it('1: the job failed at the provider', async () => {
    server.faults.add(...parseFaultSpec('kling:create:400'));
    const io = captureCliIo(directory, klingEnv());
    try {
      expect(await runCli(generate('A job the provider refuses'), io)).toBe(1);
    } finally {
      server.faults.clear();
    }
    expect(io.out).toEqual([]);
    expect(io.err.join('')).toMatch(/^cliprelay: Kling rejected the request: .*HTTP 400/m);
  });

  it('1: an audio file that is not WAV or AIFF', async () => {
    writeFileSync(join(directory, 'notes.wav'), 'not a recording');
    const io = captureCliIo(directory);
    expect(await runCli(['analyze', 'notes.wav'], io)).toBe(1);
    expect(io.err.join('')).toMatch(/^cliprelay: .*notes\.wav/);
  });

  it('2: a bad flag, and missing credentials, before anything is sent', async () => {
    const badFlag = captureCliIo(directory);
    expect(await runCli(['models', '--provder', 'kling'], badFlag)).toBe(2);
    expect(badFlag.err.join('')).toMatch(/--provder/);

    const before = server.kling.tasks.size;
    const noKeys = captureCliIo(directory, { CLIPRELAY_HOME: join(directory, 'home') });
    expect(await runCli(generate('No keys'), noKeys)).toBe(2);
    expect(noKeys.err.join('')).toMatch(/KLING_ACCESS_KEY/);
    expect(server.kling.tasks.size).toBe(before);
  });

  it('130: Ctrl-C while a job runs; the job stays in the ledger', async () => {
    server.faults.add(...parseFaultSpec('kling:poll:delay=400*inf'));
    const controller = new AbortController();
    const io: CliIo & { err: string[] } = { ...captureCliIo(directory, klingEnv()), signal: controller.signal };
    try {
      const running = runCli(generate('Interrupted on purpose'), io);
      await expect.poll(() => io.err.join('')).toMatch(/generating/);
      controller.abort();
      expect(await running).toBe(130);
    } finally {
      server.faults.clear();
    }
    expect(io.err.join('')).toMatch(/run `cliprelay resume`/);
  });

  it('0: `emulate` stopped by Ctrl-C, its normal end', async () => {
    const controller = new AbortController();
    const io = { ...captureCliIo(directory), signal: controller.signal, demoClipPaths: [DEMO_CLIP_PATH] };
    const running = runCli(['emulate', '--port', '0'], io);
    await expect.poll(() => io.out.length).toBeGreaterThan(0);
    controller.abort();
    expect(await running).toBe(0);
  });
});
