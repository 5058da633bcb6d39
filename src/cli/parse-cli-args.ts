import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliUsageError } from './cli-usage-error';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses one command's flags (`--name value` or `--name=value`), strictly: an unknown flag or a
 * stray positional is a CliUsageError naming it, so a typo never runs a paid generation.
 */
export function parseCommandArgs<const Options extends OptionsConfig>(command: string, argv: readonly string[], options: Options) {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CliUsageError(`${command}: ${detail}. See cliprelay --help.`);
  }
}

/** A flag that must be a whole number in [min, max]. */
export function parseIntegerFlag(
  name: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number = Number.MAX_SAFE_INTEGER,
): number {
  if (value == null) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new CliUsageError(
      `--${name} must be a whole number from ${min}${max === Number.MAX_SAFE_INTEGER ? '' : ` to ${max}`}; got "${value}".`,
    );
  }
  return number;
}
