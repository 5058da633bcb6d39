import { commandHelps, credentialLines, type CommandHelp } from './command-help';
import { exitCodeLines } from './exit-code-help';

/**
 * `cliprelay --help`: every command's usage and summary, the credential variables, the exit codes.
 * Provider names come from the registrations, limited to providers that still offer a model (none
 * suggests the shut-down Sora API). Each command's flags are in `cliprelay COMMAND --help`.
 */
export function helpText(): string {
  const helps = Object.entries(commandHelps());
  const width = Math.max(...helps.map(([name]) => name.length)) + 2;
  return [
    'cliprelay — generate AI video clips with native audio, without an editor.',
    '',
    'Usage:',
    ...helps.flatMap(([, help]) => help.usage.map((line) => `  ${line}`)),
    '  cliprelay help COMMAND | cliprelay COMMAND --help   one command: flags with units and defaults, examples',
    '  cliprelay --version',
    '',
    'Commands:',
    ...helps.map(([name, help]) => `  ${name.padEnd(width)}${help.summary}`),
    '',
    "Credentials come from each provider's usual environment variables:",
    ...credentialLines(),
    '',
    ...exitCodeLines(),
    '',
  ].join('\n');
}

/** `cliprelay COMMAND --help`; `command` must be one of commandHelps()'s names. */
export function commandHelpText(command: string): string {
  const help: CommandHelp | undefined = commandHelps()[command];
  if (help == null) return helpText();
  const width = Math.max(24, ...help.flags.map(([flag]) => flag.length)) + 2;
  return [
    `cliprelay ${command} — ${help.summary}`,
    '',
    'Usage:',
    ...help.usage.map((line) => `  ${line}`),
    '',
    'Flags:',
    ...help.flags.map(([flag, meaning]) => `  ${flag.padEnd(width)}${meaning}`),
    '',
    ...help.notes,
    '',
    'Examples:',
    ...help.examples.map((line) => `  ${line}`),
    '',
    ...exitCodeLines(),
    '',
  ].join('\n');
}
