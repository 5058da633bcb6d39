import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io';
import { commandHelps } from '../../src/cli/command-help';
import { exitCodeLines } from '../../src/cli/exit-code-help';
import { commandHelpText, helpText } from '../../src/cli/help-command';
import { runCli } from '../../src/cli/run-cli';
import { EN_CLI } from '../../src/shared/i18n/catalogs/en/cli';
import { createTranslator } from '../../src/shared/i18n/translator';

function capture(env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text) },
    env,
    cwd: '/tmp',
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

describe('the English catalog says exactly what the CLI said before (scripts and docs keep working)', () => {
  const en = createTranslator('en');
  it('help and exit codes', () => {
    expect(helpText(en)).toBe(helpText());
    expect(commandHelpText('duck', en)).toBe(commandHelpText('duck'));
    expect(exitCodeLines(en)).toEqual(exitCodeLines());
  });
  it('the duck and analyze summaries', () => {
    expect(en.t('cli.duck.summary')).toBe(commandHelps().duck!.summary);
    expect(en.t('cli.analyze.summary')).toBe(commandHelps().analyze!.summary);
  });
});

describe('a command summary the catalog has is said from it, by every help line', () => {
  const catalogSummaries = Object.keys(EN_CLI).filter((id) => /^cli\.[^.]+\.summary$/.test(id));

  it('every cli.<command>.summary is its command’s summaryId, and its English is the help’s summary', () => {
    expect(catalogSummaries.length).toBeGreaterThanOrEqual(2);
    for (const id of catalogSummaries) expect(commandHelps()[id.split('.')[1]!]?.summaryId).toBe(id);
    for (const help of Object.values(commandHelps())) if (help.summaryId != null) expect(help.summary).toBe(EN_CLI[help.summaryId]);
  });

  it('in French, in the command list and in each command’s own help', () => {
    const fr = createTranslator('fr');
    const list = helpText(fr).split('\n');
    const width = Math.max(...Object.keys(commandHelps()).map((name) => name.length)) + 2;
    for (const [name, help] of Object.entries(commandHelps())) {
      const summary = help.summaryId == null ? help.summary : fr.t(help.summaryId);
      expect(list.find((line) => line.trimStart().startsWith(`${name} `))?.trim()).toBe(`${name.padEnd(width)}${summary}`);
      expect(commandHelpText(name, fr).split('\n')[0]).toBe(`cliprelay ${name} — ${summary}`);
    }
    expect(commandHelpText('duck', fr)).toContain('baisse le son de toute timeline');
  });
});

describe('runCli in the user’s language', () => {
  it('English by default, also with LANG=C.UTF-8', async () => {
    const { io, err } = capture({ LANG: 'C.UTF-8' });
    expect(await runCli(['frobnicate'], io)).toBe(2);
    expect(err()).toBe(
      'cliprelay: unknown command "frobnicate". Commands: generate, emulate, models, jobs, resume, analyze, plan, duck, pack, report. See cliprelay --help.\n',
    );
  });

  it('LANG=fr_FR.UTF-8 turns the unknown-command line French', async () => {
    const { io, err } = capture({ LANG: 'fr_FR.UTF-8' });
    expect(await runCli(['frobnicate'], io)).toBe(2);
    expect(err()).toMatch(/^cliprelay : commande inconnue « frobnicate »\. Commandes : generate, /);
  });

  it('a refused request is said in the --lang language; English stays word for word', async () => {
    const refused = async (lang: string) => {
      const { io, err } = capture({ KLING_ACCESS_KEY: 'demo', KLING_SECRET_KEY: 'demo' });
      const code = await runCli(['generate', '--provider', 'kling', '--prompt', 'x'.repeat(5000), '--out', '/tmp', '--lang', lang], io);
      return { code, line: err() };
    };
    expect(await refused('en')).toEqual({
      code: 2,
      line: 'cliprelay: The prompt is 5,000 characters; Kling 2.6 takes at most 2,500. Shorten it; nothing was sent.\n',
    });
    const french = await refused('fr');
    expect(french.code).toBe(2);
    expect(french.line).toMatch(/^cliprelay : Le prompt /);
    expect(french.line).toMatch(/5\u202f000|5 000/);
  });

  it('--lang wins over LANG and is taken out before the command sees its flags', async () => {
    const { io, out } = capture({ LANG: 'fr_FR.UTF-8' });
    expect(await runCli(['--lang', 'pl', '--help'], io)).toBe(0);
    expect(out()).toMatch(/^cliprelay — generuj klipy wideo AI/);
    expect(out()).toContain('Polecenia:');
    expect(out()).toContain('Kody wyjścia:');
  });

  it('a command’s help in Chinese keeps the flags and examples verbatim', async () => {
    const { io, out } = capture();
    expect(await runCli(['duck', '--help', '--lang=zh-Hans'], io)).toBe(0);
    expect(out()).toContain('选项：');
    expect(out()).toContain('--timeline');
  });

  it('an unknown --lang is a usage error, said in the shell’s language', async () => {
    const { io, err } = capture({ LC_ALL: 'ca_ES.UTF-8' });
    expect(await runCli(['--lang', 'de', 'jobs'], io)).toBe(2);
    expect(err()).toBe('cliprelay: --lang «de» no és una llengua de cliprelay: feu servir en, fr, ca, pl o zh-Hans.\n');
  });

  it('--json output never changes with the language', async () => {
    const english = capture({ LANG: 'en_US.UTF-8' });
    const polish = capture({ LANG: 'pl_PL.UTF-8' });
    expect(await runCli(['models', '--json'], english.io)).toBe(0);
    expect(await runCli(['models', '--json', '--lang', 'zh-Hans'], polish.io)).toBe(0);
    expect(polish.out()).toBe(english.out());
    expect(JSON.parse(english.out().split('\n')[0]!)).toBeTruthy();
  });

  it('progress and warning lines on stderr: English words unchanged, other languages translated', () => {
    const en = createTranslator('en');
    expect(en.t('cli.analyze.progress', { file: 'vo.wav', percent: 0.3 })).toBe('analyzing vo.wav 30%');
    expect(en.t('cli.warning', { message: 'clip 3 is reversed' })).toBe('warning: clip 3 is reversed');
    expect(createTranslator('fr').t('cli.analyze.progress', { file: 'vo.wav', percent: 0.3 })).toMatch(/^analyse de vo\.wav 30\s%$/);
    expect(createTranslator('pl').t('cli.warning', { message: 'x' })).toBe('uwaga: x');
  });
});
