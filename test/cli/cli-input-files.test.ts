import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli';
import { DEMO_KLING_ACCESS_KEY, DEMO_KLING_SECRET_KEY } from '../../src/emulators/demo-credentials';
import { startEmulatorServer, type EmulatorServer } from '../../src/emulators/emulator-server';
import { captureCliIo } from '../support/capture-cli-io';
import { encodeWav } from '../support/encode-test-audio';
import { tempFoldersRemovedAfterAll } from '../support/temp-folders';
import { demoClip } from '../workflows/jobs/emulated-job-session';

const tempFolder = tempFoldersRemovedAfterAll();
let directory: string;

beforeAll(() => {
  directory = tempFolder('cliprelay-cli-inputs-');
  writeFileSync(join(directory, 'quiet.wav'), encodeWav([new Float32Array(4_800)], 48_000, { kind: 'int', bits: 16 }));
  mkdirSync(join(directory, 'takes'));
  writeFileSync(
    join(directory, 'bad-pack.json'),
    JSON.stringify({
      schemaVersion: 2,
      name: 'House',
      presets: [{ id: 'interview', name: 'Interview', depthDb: 6, attackSeconds: 0.3, releaseSeconds: 0.6, holdSeconds: 1 }],
    }),
  );
});

async function run(argv: string[]) {
  const io = captureCliIo(directory, { CLIPRELAY_HOME: join(directory, 'home') });
  const code = await runCli(argv, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

describe('CLI inputs that are not there: one line, usage exit code, before any work', () => {
  it.each([
    [['analyze', 'missing.wav'], 'analyze: the audio file missing.wav does not exist (DIR/missing.wav).'],
    [['analyze', 'takes'], 'analyze: the audio file takes is a folder, not a file (DIR/takes).'],
    [['analyze', 'quiet.wav', '--pack', 'house.json'], 'analyze: --pack house.json does not exist (DIR/house.json).'],
    [['plan', '--voice', 'quiet.wav', '--voice', 'take2.wav', '--clip', '0:1'], 'plan: --voice take2.wav does not exist (DIR/take2.wav).'],
    [
      ['plan', '--voice', 'quiet.wav', '--clip', '0:1', '--bed', 'takes/bed.wav'],
      'plan: --bed takes/bed.wav does not exist (DIR/takes/bed.wav).',
    ],
  ])('%j', async (argv, line) => {
    const { code, out, err } = await run(argv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(`cliprelay: ${line.replaceAll('DIR', directory)}\n`);
  });

  it('a pack with a wrong field is a usage error naming the preset and the field in words', async () => {
    const { code, err } = await run(['analyze', 'quiet.wav', '--pack', 'bad-pack.json', '--preset', 'interview']);
    expect(code).toBe(2);
    expect(err).toBe("cliprelay: Cannot use bad-pack.json. Preset 'Interview' → duck depth: must be between −24 and −1 dB.\n");
  });
});

describe('generate: a missing --image or an --out that cannot be made is refused before the provider is asked', () => {
  let server: EmulatorServer;
  beforeAll(async () => {
    server = await startEmulatorServer({ port: 0, videoBytes: demoClip });
    writeFileSync(join(directory, 'notes.txt'), 'not a folder');
  });
  afterAll(() => server.close());

  it.each([
    [['--out', 'clips', '--image', 'missing.png'], /^cliprelay: generate: cannot read --image .*missing\.png\n$/],
    [['--out', 'notes.txt/clips'], /^cliprelay: generate: --out .*notes\.txt\/clips cannot be created: .*notes\.txt is not a folder\.\n$/],
  ])('%j', async (extra, line) => {
    const before = server.kling.tasks.size;
    const io = captureCliIo(directory, {
      KLING_ACCESS_KEY: DEMO_KLING_ACCESS_KEY,
      KLING_SECRET_KEY: DEMO_KLING_SECRET_KEY,
      CLIPRELAY_HOME: join(directory, 'home'),
    });
    const code = await runCli(
      [
        'generate',
        '--provider',
        'kling',
        '--prompt',
        'A lighthouse at dusk',
        '--base-url',
        `${server.url}/kling`,
        '--poll-ms',
        '1',
        ...extra,
      ],
      io,
    );
    expect(code).toBe(2);
    expect(io.err.join('')).toMatch(line);
    expect(server.kling.tasks.size).toBe(before);
  });
});
