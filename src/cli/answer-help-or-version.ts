import type { Translator } from '../shared/i18n/translator';
import { EXIT_OK, EXIT_USAGE, type CliIo } from './cli-io';
import { versionText } from './cli-version';
import { commandHelpText, helpText } from './help-command';

const HELP_FLAGS: readonly string[] = ['--help', '-h'];
const VERSION_FLAGS: readonly string[] = ['--version', '-V'];

/**
 * Answers what every command line tool answers before running anything: `--version`/`-V`,
 * `--help`/`-h`, `help [COMMAND]` and `COMMAND --help|-h` (anywhere before a `--`). Returns the exit
 * code, or undefined when argv asks for none of these and the command should run. With no
 * arguments at all the overview goes to stderr and the exit code is 2: it was not asked for.
 */
export function answerHelpOrVersion(
  argv: readonly string[],
  io: CliIo,
  commands: readonly string[],
  translator?: Translator,
): number | undefined {
  const [first, ...rest] = argv;
  if (first == null) {
    io.stderr.write(helpText(translator));
    return EXIT_USAGE;
  }
  if (VERSION_FLAGS.includes(first)) {
    io.stdout.write(versionText(io.env));
    return EXIT_OK;
  }
  if (HELP_FLAGS.includes(first) || first === 'help') {
    const topic = first === 'help' ? rest[0] : undefined;
    if (topic == null) {
      io.stdout.write(helpText(translator));
      return EXIT_OK;
    }
    if (!commands.includes(topic)) {
      io.stderr.write(`cliprelay: no help for "${topic}": not a command (${commands.join(', ')}). Run \`cliprelay --help\`.\n`);
      return EXIT_USAGE;
    }
    io.stdout.write(commandHelpText(topic, translator));
    return EXIT_OK;
  }
  const flags = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (commands.includes(first) && flags.some((flag) => HELP_FLAGS.includes(flag))) {
    io.stdout.write(commandHelpText(first, translator));
    return EXIT_OK;
  }
  return undefined;
}
