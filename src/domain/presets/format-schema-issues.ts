import type { z } from 'zod';
import type { PresetPackIssue } from './preset-pack-error';

/**
 * Zod issues as a person reads them: a path like `presets[1].depthDb` and a short message. Our
 * schemas carry their own range messages ("must be between −24 and −1 dB"); the generic cases
 * (missing, wrong type, unknown field) are phrased here. Parse with `{ reportInput: true }` so a
 * missing field ("is required") can be told from a wrong one ("must be a number").
 */
export function formatSchemaIssues(issues: readonly z.core.$ZodIssue[]): PresetPackIssue[] {
  return issues.flatMap((issue): PresetPackIssue[] => {
    const path = formatPath(issue.path);
    switch (issue.code) {
      case 'unrecognized_keys':
        return issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: 'is not a known field' }));
      case 'invalid_type':
        return [{ path, message: issue.input === undefined ? 'is required' : `must be ${article(issue.expected)}` }];
      case 'invalid_value':
        return [{ path, message: `must be ${issue.values.map((value) => JSON.stringify(value)).join(' or ')}` }];
      default:
        return [{ path, message: issue.message }];
    }
  });
}

export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? String(segment) : `.${String(segment)}`;
  }
  return text;
}

function article(expected: string): string {
  if (expected === 'object') return 'an object';
  if (expected === 'array') return 'a list';
  return `a ${expected}`;
}
