import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli';
import { DEMO_KLING_ACCESS_KEY, DEMO_KLING_SECRET_KEY } from '../../src/emulators/demo-credentials';
import { startEmulatorServer, type EmulatorServer } from '../../src/emulators/emulator-server';
import { demoClip } from '../workflows/jobs/emulated-job-session';
import { tempFoldersRemovedAfterAll } from '../support/temp-folders';

const makeTempFolder = tempFoldersRemovedAfterAll();

describe('cliprelay generate: a bad --out is refused before anything is paid for', () => {
  let server: EmulatorServer;
  beforeAll(async () => {
    server = await startEmulatorServer({ port: 0, videoBytes: demoClip });
  });
  afterAll(() => server.close());

  const run = async (out: (dir: string) => string, prompt: string) => {
    const dir = makeTempFolder('cliprelay-out-');
    const err: string[] = [];
    const io = {
      stdout: { write: () => true },
      stderr: { write: (t: string) => err.push(t) },
      env: { KLING_ACCESS_KEY: DEMO_KLING_ACCESS_KEY, KLING_SECRET_KEY: DEMO_KLING_SECRET_KEY, CLIPRELAY_HOME: join(dir, 'home') },
      cwd: dir,
    };
    const code = await runCli(
      ['generate', '--provider', 'kling', '--prompt', prompt, '--out', out(dir), '--base-url', `${server.url}/kling`, '--poll-ms', '1'],
      io,
    );
    return { code, err: err.join('') };
  };

  it('--out naming a file: one line, usage exit code, no provider task', async () => {
    const before = server.kling.tasks.size;
    const { code, err } = await run((dir) => {
      writeFileSync(join(dir, 'taken'), 'x');
      return 'taken';
    }, 'Out is a file');
    expect(code).toBe(2);
    expect(err).toMatch(/^cliprelay: generate: --out .*taken is a file, not a folder\.\n$/);
    expect(server.kling.tasks.size).toBe(before);
  });

  it('a prompt over Kling\u2019s limit: the reason in words, no provider task, never "unconfirmed"', async () => {
    const before = server.kling.tasks.size;
    const { code, err } = await run(() => 'clips', 'x'.repeat(2_600));
    // Refused by the catalog check before the job is recorded: a request to change, so a usage exit.
    expect(code).toBe(2);
    expect(err).toMatch(/cliprelay: The prompt is 2,600 characters; Kling 2\.6 takes at most 2,500\. Shorten it; nothing was sent/);
    expect(err).not.toMatch(/unconfirmed|"code"|\[\s*\{/);
    expect(server.kling.tasks.size).toBe(before);
  });
});
