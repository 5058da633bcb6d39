import { createTranslator, type Translator } from '../shared/i18n/translator';
import { commandHelps, credentialLines, type CommandHelp } from './command-help';
import { exitCodeLines } from './exit-code-help';

/**
 * `cliprelay --help`: every command's usage and summary, the credential variables, the exit codes.
 * Provider names come from the registrations, limited to providers that still offer a model (none
 * suggests the shut-down Sora API). Each command's flags are in `cliprelay COMMAND --help`.
 */
export function helpText(translator: Translator = ENGLISH): string {
  const { t } = translator;
  const helps = Object.entries(commandHelps());
  const width = Math.max(...helps.map(([name]) => name.length)) + 2;
  return [
    t('cli.help.tagline'),
    '',
    t('cli.help.usage'),
    ...helps.flatMap(([, help]) => help.usage.map((line) => `  ${line}`)),
    `  cliprelay help COMMAND | cliprelay COMMAND --help   ${t('cli.help.oneCommand')}`,
    '  cliprelay --version',
    '',
    t('cli.help.commands'),
    ...helps.map(([name, help]) => `  ${name.padEnd(width)}${summaryIn(help, translator)}`),
    '',
    t('cli.help.credentials'),
    ...credentialLines(),
    '',
    ...exitCodeLines(translator),
    '',
  ].join('\n');
}

/** `cliprelay COMMAND --help`; `command` must be one of commandHelps()'s names. */
export function commandHelpText(command: string, translator: Translator = ENGLISH): string {
  const { t } = translator;
  const help: CommandHelp | undefined = commandHelps()[command];
  if (help == null) return helpText(translator);
  const width = Math.max(24, ...help.flags.map(([flag]) => flag.length)) + 2;
  return [
    `cliprelay ${command} — ${summaryIn(help, translator)}`,
    '',
    t('cli.help.usage'),
    ...help.usage.map((line) => `  ${line}`),
    '',
    t('cli.help.flags'),
    ...help.flags.map(([flag, meaning]) => `  ${flag.padEnd(width)}${meaning}`),
    '',
    ...help.notes,
    '',
    t('cli.help.examples'),
    ...help.examples.map((line) => `  ${line}`),
    '',
    ...exitCodeLines(translator),
    '',
  ].join('\n');
}

const ENGLISH = createTranslator('en');

/** A command's one-line summary in the user's language where the catalog has it (its `summaryId`), else English. */
function summaryIn(help: CommandHelp, translator: Translator): string {
  return help.summaryId == null ? help.summary : translator.t(help.summaryId);
}
