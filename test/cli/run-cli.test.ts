import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo, type GenerateResult } from '../../src/entries/cli';
import { DEMO_KLING_ACCESS_KEY, DEMO_KLING_SECRET_KEY } from '../../src/emulators/demo-credentials';
import { startEmulatorServer, type EmulatorServer } from '../../src/emulators/emulator-server';

const REPO = join(__dirname, '../..');
const DEMO_CLIP = new Uint8Array(readFileSync(join(REPO, 'assets/demo-clip.mp4')));
const DEMO_ENV = { KLING_ACCESS_KEY: DEMO_KLING_ACCESS_KEY, KLING_SECRET_KEY: DEMO_KLING_SECRET_KEY };

interface CapturedIo extends CliIo {
  readonly out: string[];
  readonly err: string[];
}

function captureIo(overrides: Partial<CliIo> = {}): CapturedIo {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text) },
    cwd: workDirectory,
    ...overrides,
    // Never the real ~/.cliprelay: each test run keeps its ledger in the temp directory.
    env: { CLIPRELAY_HOME: join(workDirectory, 'home'), ...overrides.env },
  };
}

let server: EmulatorServer;
let workDirectory: string;

beforeAll(async () => {
  server = await startEmulatorServer({ port: 0, videoBytes: DEMO_CLIP, kling: { processingPolls: 2 } });
  workDirectory = mkdtempSync(join(tmpdir(), 'cliprelay-cli-'));
});
afterAll(async () => {
  await server.close();
  rmSync(workDirectory, { recursive: true, force: true });
});

describe('cliprelay generate', () => {
  it('generates against the emulator, writes the clip and prints one JSON line', async () => {
    const io = captureIo({ env: DEMO_ENV });
    const code = await runCli(
      [
        'generate',
        '--provider',
        'kling',
        '--prompt',
        'A fox crossing a snowy road',
        '--out',
        'clips',
        '--base-url',
        `${server.url}/kling`,
        '--poll-ms',
        '1',
      ],
      io,
    );

    expect(io.err.join('')).not.toMatch(/cliprelay:/);
    expect(code).toBe(0);
    expect(io.out).toHaveLength(1);
    const result = JSON.parse(io.out[0]!) as GenerateResult;
    const task = [...server.kling.tasks.values()].at(-1)!;
    expect(result).toEqual({
      path: join(workDirectory, 'clips', `a-fox-crossing-a-snowy-road-kling-${task.taskId}.mp4`),
      provider: 'kling',
      model: 'kling-v2-6',
      jobId: task.taskId,
      durationSeconds: 5,
      hasAudio: true,
    });
    expect(Buffer.from(readFileSync(result.path)).equals(Buffer.from(DEMO_CLIP))).toBe(true);
    expect(readdirSync(join(workDirectory, 'clips')).filter((name) => name.endsWith('.part'))).toEqual([]);
    expect(task.requestBody).toMatchObject({ model_name: 'kling-v2-6', duration: '5', aspect_ratio: '16:9', sound: 'on' });

    const progress = io.err.join('');
    expect(progress).toMatch(/^kling: recorded cliprelay-[\w-]+ in .*jobs\.json/);
    expect(progress).toMatch(
      new RegExp(
        `kling: job ${task.taskId} generating\n[\\s\\S]*kling: job ${task.taskId} downloading[\\s\\S]*kling: job ${task.taskId} saved\n`,
      ),
    );
    // Recorded in the ledger, where `cliprelay jobs` finds it.
    const jobsIo = captureIo();
    expect(await runCli(['jobs', '--json'], jobsIo)).toBe(0);
    expect(JSON.parse(jobsIo.out.join('')).jobs[0]).toMatchObject({ phase: 'saved', mediaPath: result.path, ref: { jobId: task.taskId } });
  });

  it('passes the options through: model, seconds, aspect, audio off', async () => {
    const io = captureIo({ env: DEMO_ENV });
    const code = await runCli(
      [
        'generate',
        '--provider=kling',
        '--prompt=Rain on a window',
        `--out=${join(workDirectory, 'v3')}`,
        '--model',
        'kling-v3',
        '--seconds',
        '12',
        '--aspect',
        '9:16',
        '--audio',
        'off',
        '--base-url',
        `${server.url}/kling`,
        '--poll-ms',
        '1',
      ],
      io,
    );
    expect(code).toBe(0);
    const task = [...server.kling.tasks.values()].at(-1)!;
    expect(task.requestBody).toMatchObject({ model_name: 'kling-v3', duration: '12', aspect_ratio: '9:16', sound: 'off' });
  });

  it('exits 2 naming both variables when credentials are missing, and sends nothing', async () => {
    const before = server.kling.tasks.size;
    const io = captureIo({ env: { KLING_ACCESS_KEY: 'only-one' } });
    const code = await runCli(
      ['generate', '--provider', 'kling', '--prompt', 'x', '--out', 'clips', '--base-url', `${server.url}/kling`],
      io,
    );

    expect(code).toBe(2);
    expect(io.out).toEqual([]);
    const stderr = io.err.join('');
    expect(stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(stderr).toMatch(/KLING_ACCESS_KEY/);
    expect(stderr).toMatch(/KLING_SECRET_KEY/);
    expect(stderr).not.toContain('only-one');
    expect(server.kling.tasks.size).toBe(before);
  });

  it('exits 2 with the catalog\u2019s explanation for a duration the model does not take', async () => {
    const io = captureIo({ env: DEMO_ENV });
    const code = await runCli(['generate', '--provider', 'kling', '--prompt', 'x', '--out', 'clips', '--seconds', '7'], io);
    expect(code).toBe(2);
    expect(io.err.join('')).toBe('cliprelay: Kling 2.6 accepts 5 or 10 seconds; 7 s was asked.\n');
  });

  it('exits 2 on an unknown flag instead of ignoring it', async () => {
    const io = captureIo({ env: DEMO_ENV });
    expect(await runCli(['generate', '--provider', 'kling', '--prompt', 'x', '--out', 'o', '--secs', '5'], io)).toBe(2);
    expect(io.err.join('')).toMatch(/--secs/);
  });

  it('exits 1 with one line and no file when the job is moderated', async () => {
    const out = join(workDirectory, 'moderated');
    const io = captureIo({ env: DEMO_ENV });
    const code = await runCli(
      [
        'generate',
        '--provider',
        'kling',
        '--prompt',
        'forbidden [moderate]',
        '--out',
        out,
        '--base-url',
        `${server.url}/kling`,
        '--poll-ms',
        '1',
      ],
      io,
    );
    expect(code).toBe(1);
    const errorLines = io.err
      .join('')
      .split('\n')
      .filter((line) => line.startsWith('cliprelay:'));
    expect(errorLines).toHaveLength(1);
    expect(errorLines[0]).toMatch(/^cliprelay: Kling refused the content: .*risk control/);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 1 with Kling\u2019s reason when the keys are wrong, without printing them', async () => {
    const io = captureIo({ env: { KLING_ACCESS_KEY: 'AK-wrong-1234', KLING_SECRET_KEY: 'SK-wrong-5678' } });
    const code = await runCli(
      ['generate', '--provider', 'kling', '--prompt', 'x', '--out', 'clips', '--base-url', `${server.url}/kling`],
      io,
    );
    expect(code).toBe(1);
    const stderr = io.err.join('');
    expect(stderr).toMatch(/^cliprelay: Kling rejected the credentials: Authentication failed .*code 1000/m);
    expect(stderr).not.toMatch(/AK-wrong|SK-wrong/);
  });
});

describe('cliprelay emulate', () => {
  it('serves the emulators, prints each base URL and stops on abort', async () => {
    const controller = new AbortController();
    let announced!: () => void;
    const ready = new Promise<void>((resolve) => {
      announced = resolve;
    });
    const out: string[] = [];
    const io = captureIo({
      signal: controller.signal,
      demoClipPaths: [join(REPO, 'assets/demo-clip.mp4')],
      stdout: {
        write: (text: string) => {
          out.push(text);
          announced();
        },
      },
    });
    const running = runCli(['emulate', '--port', '0'], io);
    await ready;

    const lines = out.join('').trim().split('\n');
    expect(lines.map((line) => line.split(' ')[0])).toContain('kling');
    const baseUrl = lines.find((line) => line.startsWith('kling '))!.split(' ')[1]!;
    expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/kling$/);
    // It speaks Kling: an unauthenticated call gets Kling's 1001.
    const response = await fetch(`${baseUrl}/v1/videos/text2video`);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: 1001 });

    controller.abort();
    await expect(running).resolves.toBe(0);
    await expect(fetch(`${baseUrl}/v1/videos/text2video`)).rejects.toThrow();
  });

  it('exits 2 when the demo clip cannot be found', async () => {
    const io = captureIo({ demoClipPaths: [], cwd: workDirectory });
    expect(await runCli(['emulate', '--port', '0'], io)).toBe(2);
    expect(io.err.join('')).toMatch(/--video FILE/);
  });
});

describe('cliprelay --help', () => {
  it('prints usage for every command on stdout and exits 0', async () => {
    const io = captureIo();
    expect(await runCli(['--help'], io)).toBe(0);
    const help = io.out.join('');
    expect(help).toMatch(/cliprelay generate --provider [a-z|-]*kling[a-z|-]* --prompt TEXT --out DIR/);
    expect(help).toMatch(/cliprelay emulate .*--faults SPEC/);
    expect(help).toMatch(/kling +KLING_ACCESS_KEY, KLING_SECRET_KEY; base URL KLING_BASE_URL/);
  });

  it('shows usage on stderr and exits 2 without a command; rejects unknown commands', async () => {
    const bare = captureIo();
    expect(await runCli([], bare)).toBe(2);
    expect(bare.err.join('')).toMatch(/Usage:/);

    const unknown = captureIo();
    expect(await runCli(['frobnicate'], unknown)).toBe(2);
    expect(unknown.err.join('')).toMatch(/unknown command "frobnicate"/);
  });
});

describe('cliprelay generate --image and --resolution', () => {
  it('sends the image to Kling image-to-video at the asked resolution', async () => {
    const { tinyPng } = await import('../support/tiny-png');
    const { writeFileSync } = await import('node:fs');
    const png = tinyPng();
    writeFileSync(join(workDirectory, 'first-frame.png'), png);
    const io = captureIo({ env: DEMO_ENV });
    const code = await runCli(
      // Silent: Kling 2.6 makes sound only at 1080p (pro), see the next test.
      [
        'generate',
        '--provider',
        'kling',
        '--prompt',
        'The frame comes alive',
        '--out',
        'i2v',
        '--image',
        'first-frame.png',
        '--resolution',
        '720p',
        '--audio',
        'off',
        '--base-url',
        `${server.url}/kling`,
        '--poll-ms',
        '1',
      ],
      io,
    );
    expect(io.err.join('')).not.toMatch(/^cliprelay:/m);
    expect(code).toBe(0);
    const task = [...server.kling.tasks.values()].at(-1)!;
    expect(task.requestBody).toMatchObject({ mode: 'std', sound: 'off', image: Buffer.from(png).toString('base64') });
  });

  it('refuses Kling 2.6 with sound at 720p before anything is sent, saying how to get out', async () => {
    const io = captureIo({ env: DEMO_ENV });
    const before = server.kling.tasks.size;
    const code = await runCli(
      [
        'generate',
        '--provider',
        'kling',
        '--prompt',
        'x',
        '--out',
        'o',
        '--resolution',
        '720p',
        '--audio',
        'on',
        '--base-url',
        `${server.url}/kling`,
      ],
      io,
    );
    expect(code).toBe(2);
    expect(io.err.join('')).toMatch(/Kling 2\.6 makes sound only at 1080p \(pro mode\); pick 1080p or turn sound off\./);
    expect(server.kling.tasks.size).toBe(before);
  });

  it('refuses an --image that is not a picture, before anything is sent', async () => {
    const io = captureIo({ env: DEMO_ENV });
    const before = server.kling.tasks.size;
    expect(
      await runCli(
        ['generate', '--provider', 'kling', '--prompt', 'x', '--out', 'o', '--image', 'notes.txt', '--base-url', `${server.url}/kling`],
        io,
      ),
    ).toBe(2);
    expect(io.err.join('')).toMatch(/not a PNG, JPEG or WebP image/);
    expect(server.kling.tasks.size).toBe(before);
  });
});
