import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uiStringsOutsideCatalog } from './ui-strings-outside-catalog';

const ROOT = join(__dirname, '..', '..');

/** Every `.tsx` under these folders, at any depth: a new view is checked the day it is added. */
const FILES = ['src/entries', 'src/ui'].flatMap((folder) =>
  readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.tsx'))
    .map((name) => `${folder}/${name.replaceAll('\\', '/')}`)
    .sort(),
);

describe('every view of the panel, the Resolve page and the sandbox frame takes its visible words from the catalog', () => {
  it.each(FILES)('%s', (file) => {
    expect(uiStringsOutsideCatalog(file, readFileSync(join(ROOT, file), 'utf8'))).toEqual([]);
  });

  it('walks the folders it names (a moved folder would otherwise pass silently)', () => {
    expect(FILES).toContain('src/entries/resolve/resolve-undo-bar.tsx');
    expect(FILES).toContain('src/entries/sandbox/sandbox-app.tsx');
    expect(FILES).toContain('src/ui/duck/duck-preview.tsx');
    expect(FILES.length).toBeGreaterThan(60);
  });

  it('finds a literal that bypasses the catalog (the check itself can fail)', () => {
    expect(uiStringsOutsideCatalog('x.tsx', 'export const X = () => <button aria-label="Undo in Resolve">Reset demo</button>;')).toEqual([
      { line: 1, text: 'Undo in Resolve' },
      { line: 1, text: 'Reset demo' },
    ]);
  });
});
