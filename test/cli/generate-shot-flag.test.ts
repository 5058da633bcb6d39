import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseShotFlags } from '../../src/cli/parse-shot-flag';
import { runCli } from '../../src/entries/cli';
import { DEMO_KLING_ACCESS_KEY, DEMO_KLING_SECRET_KEY } from '../../src/emulators/demo-credentials';
import { startEmulatorServer, type EmulatorServer } from '../../src/emulators/emulator-server';
import { captureCliIo } from '../support/capture-cli-io';

const DEMO_CLIP = new Uint8Array(readFileSync(join(__dirname, '../../assets/demo-clip.mp4')));
const DEMO_ENV = { KLING_ACCESS_KEY: DEMO_KLING_ACCESS_KEY, KLING_SECRET_KEY: DEMO_KLING_SECRET_KEY };

let server: EmulatorServer;
let workDirectory: string;

const captureIo = () => captureCliIo(workDirectory, { CLIPRELAY_HOME: join(workDirectory, 'home'), ...DEMO_ENV });

beforeAll(async () => {
  server = await startEmulatorServer({ port: 0, videoBytes: DEMO_CLIP, kling: { processingPolls: 1 } });
  workDirectory = mkdtempSync(join(tmpdir(), 'cliprelay-shot-'));
});
afterAll(async () => {
  await server.close();
  rmSync(workDirectory, { recursive: true, force: true });
});

describe('parseShotFlags', () => {
  it('reads SECONDS:PROMPT in order, splitting at the first colon only', () => {
    expect(parseShotFlags(['4:Wide: the harbour', ' 3 : Close-up '])).toEqual([
      { prompt: 'Wide: the harbour', durationSeconds: 4 },
      { prompt: 'Close-up', durationSeconds: 3 },
    ]);
    expect(parseShotFlags(undefined)).toBeUndefined();
  });

  it.each(['Wide shot', '4:', 'x:Wide', '2.5:Wide'])('refuses %j with the expected form', (value) => {
    expect(() => parseShotFlags([value])).toThrow(/--shot 1 must look like "SECONDS:PROMPT"/);
  });
});

describe('cliprelay generate --shot', () => {
  const base = [
    'generate',
    '--provider',
    'kling',
    '--model',
    'kling-v3',
    '--prompt',
    'Harbour at dawn',
    '--out',
    'clips',
    '--poll-ms',
    '1',
  ];

  it('sends the shots as Kling multi_prompt, the clip lasting their total when --seconds is left out', async () => {
    const io = captureIo();
    const code = await runCli(
      [...base, '--shot', '4:Wide: the boat leaves', '--shot', '3:Close-up of the skipper', '--base-url', `${server.url}/kling`],
      io,
    );
    expect(io.err.join('')).not.toMatch(/cliprelay:/);
    expect(code).toBe(0);
    const task = [...server.kling.tasks.values()].at(-1)!;
    expect(task.requestBody).toMatchObject({
      duration: '7',
      multi_shot: true,
      shot_type: 'customize',
      multi_prompt: [
        { index: 1, prompt: 'Wide: the boat leaves', duration: '4' },
        { index: 2, prompt: 'Close-up of the skipper', duration: '3' },
      ],
    });
  });

  it('refuses, before anything is sent, shots that do not add up or a model that takes none', async () => {
    const before = server.kling.tasks.size;
    const mismatch = captureIo();
    expect(
      await runCli([...base, '--seconds', '10', '--shot', '4:a', '--shot', '3:b', '--base-url', `${server.url}/kling`], mismatch),
    ).toBe(2);
    expect(mismatch.err.join('')).toMatch(/The shots add up to 7 s but the clip is 10 s; Kling 3\.0 needs them to match\./);
    const oneShot = captureIo();
    const args = [
      'generate',
      '--provider',
      'kling',
      '--model',
      'kling-v2-6',
      '--prompt',
      'p',
      '--out',
      'clips',
      '--seconds',
      '5',
      '--shot',
      '5:a',
    ];
    expect(await runCli(args, oneShot)).toBe(2);
    expect(oneShot.err.join('')).toMatch(/Kling 2\.6 makes one shot per clip/);
    expect(server.kling.tasks.size).toBe(before);
  });
});
