import type { VideoRequest } from '../providers/spec';
import { CliUsageError } from './cli-usage-error';

/**
 * The repeatable `--shot "SECONDS:PROMPT"` flag of `cliprelay generate` as a shot list, in order.
 * Only the first colon splits, so a prompt may contain colons ("4:Title card: The End"). Whether
 * the model takes shots, how many, and whether they add up to the clip is the catalog's check
 * (validateVideoRequest), so the CLI and the panel say the same thing.
 */
export function parseShotFlags(values: readonly string[] | undefined): NonNullable<VideoRequest['shots']> | undefined {
  if (values == null || values.length === 0) return undefined;
  return values.map((value, index) => {
    const match = /^\s*(\d+)\s*:(.*)$/s.exec(value);
    const prompt = match?.[2]?.trim() ?? '';
    if (match == null || prompt === '') {
      throw new CliUsageError(
        `generate: --shot ${index + 1} must look like "SECONDS:PROMPT", e.g. --shot "4:Wide shot of the harbour"; got "${value}".`,
      );
    }
    return { prompt, durationSeconds: Number(match[1]) };
  });
}
