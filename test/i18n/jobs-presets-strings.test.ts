import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uiStringsOutsideCatalog } from './ui-strings-outside-catalog';

const FOLDERS = ['src/ui/jobs', 'src/ui/presets'];

const componentFiles = FOLDERS.flatMap((folder) =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.tsx'))
    .map((name) => join(folder, name)),
);

describe('the Jobs and Presets tabs take every word from the catalog (issue 17)', () => {
  it('finds the tabs’ components (so the check below checks something)', () => {
    expect(componentFiles).toEqual(expect.arrayContaining(['src/ui/jobs/job-card.tsx', 'src/ui/presets/presets-tab.tsx']));
  });

  it.each(componentFiles)('%s writes no user-visible literal', (file) => {
    expect(uiStringsOutsideCatalog(file, readFileSync(file, 'utf8'))).toEqual([]);
  });
});
