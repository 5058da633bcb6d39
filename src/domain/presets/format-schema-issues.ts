import type { z } from 'zod';
import { describeSchemaIssue, keyPath, type DescribeIssuesOptions } from '../../shared/schema-issue-sentences';
import type { PresetPackIssue } from './preset-pack-error';

/**
 * Zod issues of a pack as PresetPackIssues: where in the file (`presets[1].depthDb`) and the
 * sentence a person reads ("Preset 'Interview' → duck depth: must be between −24 and −1 dB"),
 * both from the one translator in shared/schema-issue-sentences; the sentence in `options.translator`'s language
 * (the panel's), English by default.
 */
export function formatSchemaIssues(issues: readonly z.core.$ZodIssue[], options: DescribeIssuesOptions): PresetPackIssue[] {
  const seen = new Set<string>();
  return issues.flatMap((issue) =>
    describeSchemaIssue(issue, options).flatMap((entry): PresetPackIssue[] => {
      if (seen.has(entry.sentence)) return [];
      seen.add(entry.sentence);
      return [{ path: keyPath(entry.path), message: entry.sentence }];
    }),
  );
}

export { keyPath as formatPath };
