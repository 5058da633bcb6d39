import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFoldersRemovedAfterAll } from '../support/temp-folders';

const BIN = join(__dirname, '../../bin/cliprelay.cjs');
const makeTempFolder = tempFoldersRemovedAfterAll();

/** A package folder holding a copy of the bin, a src/ file and, when given, a stub bundle; mtimes in seconds. */
function packageFolder(options: { bundleMtime?: number; sourceMtime: number }): string {
  const root = makeTempFolder('cliprelay-bin-');
  mkdirSync(join(root, 'bin'));
  copyFileSync(BIN, join(root, 'bin', 'cliprelay.cjs'));
  mkdirSync(join(root, 'src', 'cli'), { recursive: true });
  writeFileSync(join(root, 'src', 'cli', 'run-cli.ts'), '');
  utimesSync(join(root, 'src', 'cli', 'run-cli.ts'), options.sourceMtime, options.sourceMtime);
  if (options.bundleMtime != null) {
    mkdirSync(join(root, 'dist', 'node'), { recursive: true });
    const bundle = join(root, 'dist', 'node', 'cli.cjs');
    writeFileSync(bundle, "process.stdout.write('bundle ran: ' + process.argv.slice(2).join(' ') + '\\n');\n");
    utimesSync(bundle, options.bundleMtime, options.bundleMtime);
  }
  return root;
}

const runBin = (folder: string, args: string[]) =>
  spawnSync(process.execPath, [join(folder, 'bin', 'cliprelay.cjs'), ...args], { encoding: 'utf8', cwd: tmpdir() });

describe('bin/cliprelay.cjs never builds by itself', () => {
  it('without a bundle: one line with the exact build command, exit 2, nothing built', () => {
    const folder = packageFolder({ sourceMtime: 1_000_000 });
    const result = runBin(folder, ['--version']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `cliprelay: the CLI is not built yet (no dist/node/cli.cjs); build it once with: npm --prefix ${JSON.stringify(folder)} run build\n`,
    );
    expect(existsSync(join(folder, 'dist'))).toBe(false);
  });

  it('with a bundle older than a file under src/: one warning line naming the file and the command, then the bundle runs', () => {
    const folder = packageFolder({ bundleMtime: 1_000_000, sourceMtime: 2_000_000 });
    const result = runBin(folder, ['jobs', '--json']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('bundle ran: jobs --json\n');
    expect(result.stderr).toBe(
      `cliprelay: warning: the CLI bundle is older than ${join('src', 'cli', 'run-cli.ts')}; running the old build. Rebuild with: npm --prefix ${JSON.stringify(folder)} run build\n`,
    );
  });

  it('with a bundle newer than src/: runs it and says nothing', () => {
    const folder = packageFolder({ bundleMtime: 2_000_000, sourceMtime: 1_000_000 });
    const result = runBin(folder, ['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('bundle ran: --version\n');
    expect(result.stderr).toBe('');
  });
});
