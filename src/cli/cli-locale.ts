import { bestFitLocale } from '../shared/i18n/best-fit-locale';
import { SOURCE_LOCALE, type AppLocale } from '../shared/i18n/app-locale';
import { createTranslator } from '../shared/i18n/translator';
import { CliUsageError } from './cli-usage-error';

/**
 * The language of the CLI's human-facing lines (help, progress, errors; never `--json` or the JSON result line,
 * which scripts parse): `--lang` when given, else POSIX's order — the first set of `LC_ALL`, `LC_MESSAGES`,
 * `LANG` decides alone, so `LC_ALL=C` is English whatever `LANG` says. No variable, or one we do not speak: English.
 */
export function cliLocale(langFlag: string | undefined, env: Readonly<Record<string, string | undefined>>): AppLocale {
  const posix = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value != null && value !== '');
  const shellLocale = posix == null ? SOURCE_LOCALE : (bestFitLocale(posix) ?? SOURCE_LOCALE);
  if (langFlag == null) return shellLocale;
  const fit = bestFitLocale(langFlag);
  // Said in the shell's language: the flag named none we speak.
  if (fit == null) throw new CliUsageError(createTranslator(shellLocale).t('cli.lang.unknown', { lang: langFlag }));
  return fit;
}

/** `--lang X` or `--lang=X` anywhere in argv, taken out so each command's own flag parser never sees it. */
export function takeLangFlag(argv: readonly string[]): { readonly lang: string | undefined; readonly rest: readonly string[] } {
  const rest: string[] = [];
  let lang: string | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (arg === '--') {
      rest.push(...argv.slice(index));
      break;
    }
    if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else if (arg === '--lang' && index + 1 < argv.length) lang = argv[(index += 1)];
    else rest.push(arg);
  }
  return { lang, rest };
}
