import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli';
import { escapeForTerminal } from '../../src/cli/cli-io';
import { tempFoldersRemovedAfterAll } from '../support/temp-folders';

const makeTempFolder = tempFoldersRemovedAfterAll();

function cli() {
  const dir = makeTempFolder('cliprelay-jobs-');
  const home = join(dir, 'home');
  mkdirSync(home, { recursive: true });
  const out: string[] = [];
  const err: string[] = [];
  const io = {
    stdout: { write: (t: string) => out.push(t) },
    stderr: { write: (t: string) => err.push(t) },
    env: { CLIPRELAY_HOME: home },
    cwd: dir,
  };
  return { home, out, err, io };
}

describe('cliprelay jobs: what the ledger holds reaches the terminal safely', () => {
  it('escapes control characters a server put in a message (ESC sequences, bare CR)', async () => {
    const { home, out, io } = cli();
    const job = {
      id: 'job-esc',
      providerId: 'kling',
      providerName: 'Kling',
      request: { model: 'kling-v2-6', prompt: 'Harbour', durationSeconds: 5, aspectRatio: '16:9', audio: true, clientJobId: 'job-esc' },
      projectName: 'cli',
      createdAtMs: 1,
      updatedAtMs: 1,
      phase: 'failed',
      providerHold: 'none',
      problem: { message: 'Kling refused: \u001b[2J\u001b]0;pwned\u0007 done\rX', retryable: false },
      estimatedCostUsd: 0.35,
      warnings: [],
      downloadAttempts: 0,
    };
    writeFileSync(join(home, 'jobs.json'), JSON.stringify({ version: 2, jobs: [job] }));
    expect(await runCli(['jobs'], io)).toBe(0);
    const text = out.join('');
    // eslint-disable-next-line no-control-regex -- the test is that no raw control character reaches the terminal
    expect(text).not.toMatch(/[\u001b\u0007\r]/);
    expect(text).toContain('Kling refused: \\u001b[2J\\u001b]0;pwned\\u0007 done\\u000dX');
  });

  it('tells the user when the ledger was damaged, keeps it aside and goes on', async () => {
    const { home, out, err, io } = cli();
    writeFileSync(join(home, 'jobs.json'), '{"version":2,"jobs":[');
    expect(await runCli(['jobs'], io)).toBe(0);
    expect(err.join('')).toMatch(
      /warning: The job ledger was damaged \(.*not valid JSON\); it was kept aside in .*jobs\.json\.damaged-.* and 0 jobs were recovered\./,
    );
    expect(out.join('')).toMatch(/No jobs/);
    expect(readdirSync(home).some((name) => name.startsWith('jobs.json.damaged-'))).toBe(true);
  });

  it('leaves printable text alone', () => {
    expect(escapeForTerminal('Généré · 5 s — ok')).toBe('Généré · 5 s — ok');
  });
});
