import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError, InterruptedError, InvariantError, UnavailableFeatureError } from '../../src/shared/app-error';

const SRC = join(__dirname, '../../src');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const files = sourceFiles(SRC).map((path) => ({ path: relative(SRC, path), text: readFileSync(path, 'utf8') }));

describe('one error tree', () => {
  it('production code never throws or builds a bare Error', () => {
    const bare = files.flatMap(({ path, text }) =>
      text.split('\n').flatMap((line, index) => (/\bnew Error\(/.test(line) ? [`${path}:${index + 1}: ${line.trim()}`] : [])),
    );
    expect(bare).toEqual([]);
  });

  it('every AppError subclass names itself after its class, so each is identifiable on its own', () => {
    const classes = files.flatMap(({ path, text }) =>
      [...text.matchAll(/class (\w+) extends AppError\b/g)].map((match) => ({ path, name: match[1]!, text })),
    );
    expect(classes.length).toBeGreaterThan(30);
    // RedactedError keeps the name of the network error it stands for (callers tell TypeError/AbortError apart by it).
    const unnamed = classes.filter(({ name, text }) => name !== 'RedactedError' && !text.includes(`this.name = '${name}'`));
    expect(unnamed.map(({ path, name }) => `${path}: ${name}`)).toEqual([]);
    const names = classes.map(({ name }) => name);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  it('the generic classes carry their init fields and are AppErrors', () => {
    const interrupted = new InterruptedError({ signal: 'SIGINT' });
    expect([interrupted.name, interrupted.message, interrupted.signal]).toEqual(['InterruptedError', 'Interrupted by SIGINT', 'SIGINT']);
    const missing = new UnavailableFeatureError({ feature: 'secure storage', message: 'No secure storage here.' });
    expect([missing.name, missing.feature, AppError.isInstance(missing)]).toEqual(['UnavailableFeatureError', 'secure storage', true]);
    const cause = new Error('inner');
    expect(new InvariantError({ message: 'cannot happen', cause }).cause).toBe(cause);
  });
});
