import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * Returns a maker of fresh temp folders that are all removed after the test file's tests (or those of the describe block
 * it is called in), so `npm test` leaves no folders behind. Call it once at module or describe level — vitest takes
 * hooks only there — and use the maker anywhere, tests included.
 */
export function tempFoldersRemovedAfterAll(): (prefix: string) => string {
  const made: string[] = [];
  afterAll(() => {
    for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
  });
  return (prefix) => {
    const folder = mkdtempSync(join(tmpdir(), prefix));
    made.push(folder);
    return folder;
  };
}
