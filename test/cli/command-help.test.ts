import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli';
import { captureCliIo } from '../support/capture-cli-io';

async function run(argv: string[]) {
  const io = captureCliIo(__dirname);
  const code = await runCli(argv, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

/** The commands runCli dispatches on, as its unknown-command line lists them. */
async function commandNames(): Promise<string[]> {
  const { err } = await run(['frobnicate']);
  return /Commands: ([a-z, ]+)\./.exec(err)![1]!.split(', ');
}

describe('cliprelay COMMAND --help', () => {
  it('every command has its own help: usage, flags, examples, exit codes; --help, -h and `help COMMAND` agree, exit 0', async () => {
    const names = await commandNames();
    expect(names).toEqual(['generate', 'emulate', 'models', 'jobs', 'resume', 'analyze', 'plan', 'duck', 'pack', 'report']);
    for (const name of names) {
      const long = await run([name, '--help']);
      expect(long.code).toBe(0);
      expect(long.err).toBe('');
      expect(long.out).toMatch(new RegExp(`^cliprelay ${name} — `));
      expect(long.out).toMatch(new RegExp(`\\nUsage:\\n  cliprelay ${name}\\b`));
      expect(long.out).toMatch(/\nFlags:\n {2}--/);
      expect(long.out).toMatch(new RegExp(`\\nExamples:\\n {2}([A-Z_]+=\\S+ )*cliprelay ${name}\\b`));
      expect(long.out).toMatch(/\nExit codes:\n {2}0 /);
      // Only this command: no other command's usage line.
      for (const other of names.filter((candidate) => candidate !== name))
        expect(long.out).not.toMatch(new RegExp(`^ {2}cliprelay ${other}\\b`, 'm'));
      expect(await run([name, '-h'])).toEqual(long);
      expect(await run(['help', name])).toEqual(long);
    }
  });

  it('answers --help even after other flags, but not after `--`', async () => {
    const help = await run(['models', '--provider', 'kling', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^cliprelay models — /);

    const afterTerminator = await run(['models', '--', '--help']);
    expect(afterTerminator.code).toBe(2);
    expect(afterTerminator.out).toBe('');
  });

  it('gives flags with their units and defaults', async () => {
    const generate = (await run(['generate', '--help'])).out;
    expect(generate).toMatch(/--seconds N +clip length in seconds \(default: 5/);
    expect(generate).toMatch(/--poll-ms N +status check interval in milliseconds \(default: 2000\)/);
    expect(generate).toMatch(/--timeout-s N +stop waiting after N seconds \(default: 900\)/);
    expect(generate).toMatch(/kling +KLING_ACCESS_KEY, KLING_SECRET_KEY; base URL KLING_BASE_URL/);
    expect((await run(['emulate', '--help'])).out).toMatch(/--port N +TCP port \(default: 4010; 0 picks a free one\)/);
    expect((await run(['plan', '--help'])).out).toMatch(/--clip START:END\[:IN\[:SPEED\]\] +a span of the sequence to duck, in seconds/);
  });

  it('`cliprelay --help` lists every command with its summary and points to per-command help', async () => {
    const overview = await run(['--help']);
    expect(overview.code).toBe(0);
    for (const name of await commandNames()) expect(overview.out).toMatch(new RegExp(`^ {2}${name} +\\S`, 'm'));
    expect(overview.out).toMatch(/cliprelay help COMMAND \| cliprelay COMMAND --help/);
    expect(overview.out).toMatch(/cliprelay --version/);
  });

  it('`help` for something that is not a command: one line on stderr pointing to `cliprelay --help`, exit 2', async () => {
    const result = await run(['help', 'sora']);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toBe(
      'cliprelay: no help for "sora": not a command (generate, emulate, models, jobs, resume, analyze, plan, duck, pack, report). Run `cliprelay --help`.\n',
    );
  });
});
