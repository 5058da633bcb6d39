import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uiStringsOutsideCatalog } from './ui-strings-outside-catalog';

const GENERATE_DIR = join(__dirname, '../../src/ui/generate');
const componentFiles = readdirSync(GENERATE_DIR).filter((name) => name.endsWith('.tsx'));

describe('the Generate tab takes every visible word from the catalog (issue 17)', () => {
  it('has components to check', () => {
    expect(componentFiles.length).toBeGreaterThan(15);
  });

  it.each(componentFiles)('%s writes no user-visible literal', (name) => {
    const path = join(GENERATE_DIR, name);
    expect(uiStringsOutsideCatalog(path, readFileSync(path, 'utf8'))).toEqual([]);
  });
});
