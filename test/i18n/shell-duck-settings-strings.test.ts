import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uiStringsOutsideCatalog } from './ui-strings-outside-catalog';

const ROOT = join(__dirname, '..', '..');

/** The shell, Duck, Settings and timeline views: every `.tsx` in these folders and files (Generate, Jobs and Presets have their own). */
const FILES = [
  ...['src/ui/duck', 'src/ui/settings', 'src/ui/timeline', 'src/ui/i18n'].flatMap((folder) =>
    readdirSync(join(ROOT, folder))
      .filter((name) => name.endsWith('.tsx'))
      .map((name) => `${folder}/${name}`),
  ),
  'src/ui/panel-app.tsx',
  'src/ui/tab-bar.tsx',
  'src/ui/diagnostics-section.tsx',
  'src/ui/start-failure-screen.tsx',
  'src/ui/start-panel.tsx',
];

describe('the shell, Duck, Settings and the drawn timeline take every visible word from the catalog', () => {
  it.each(FILES)('%s', (file) => {
    expect(uiStringsOutsideCatalog(file, readFileSync(join(ROOT, file), 'utf8'))).toEqual([]);
  });

  it('checks the files it names (a moved folder would otherwise pass silently)', () => {
    expect(FILES.filter((file) => file.startsWith('src/ui/duck/')).length).toBeGreaterThan(10);
  });
});
