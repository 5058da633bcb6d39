import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type * as zod from 'zod';

type Loader = ((this: { resourcePath: string }, source: string) => string) & { exportedNames: (source: string) => string[] };
const root = join(__dirname, '../..');
const loader = createRequire(__filename)(join(root, 'tools/zod-without-json-schema-loader.cjs')) as Loader;
const STUBBED = ['to-json-schema.js', 'json-schema-processors.js'];

// A copy of zod's v4 tree with the two modules replaced as the Premiere build replaces them.
const copy = mkdtempSync(join(tmpdir(), 'zod-without-json-schema-'));
cpSync(join(root, 'node_modules/zod/v4'), join(copy, 'v4'), { recursive: true });
for (const file of STUBBED) {
  const path = join(copy, 'v4/core', file);
  writeFileSync(path, loader.call({ resourcePath: path }, readFileSync(path, 'utf8')));
}
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('zod without JSON Schema conversion (the Premiere bundle)', () => {
  it('stubs every name the real modules export', () => {
    for (const file of STUBBED) {
      const real = loader.exportedNames(readFileSync(join(root, 'node_modules/zod/v4/core', file), 'utf8'));
      const stubbed = loader.exportedNames(readFileSync(join(copy, 'v4/core', file), 'utf8'));
      expect(stubbed.sort()).toEqual(real.sort());
      expect(real.length).toBeGreaterThan(3);
    }
  });

  it('still builds and parses schemas, and refuses JSON Schema conversion loudly', async () => {
    const { z } = (await import(pathToFileURL(join(copy, 'v4/classic/index.js')).href)) as typeof zod;
    const schema = z.object({
      name: z.string().min(1),
      gainDb: z.number().max(0).default(-12),
      tags: z.array(z.enum(['voice', 'music'])).optional(),
      when: z.union([z.literal('now'), z.iso.datetime()]),
    });
    expect(schema.parse({ name: 'Clip', when: 'now' })).toEqual({ name: 'Clip', gainDb: -12, when: 'now' });
    expect(schema.safeParse({ name: '', when: 'later' }).success).toBe(false);
    expect(() => schema.toJSONSchema()).toThrow(/without JSON Schema/);
    expect(() => z.toJSONSchema(schema)).toThrow(/without JSON Schema/);
  });

  it('refuses to build if zod stops exporting what its schemas import', () => {
    expect(() => loader.call({ resourcePath: 'x.js' }, 'export const somethingElse = 1;')).toThrow(/update the loader/);
  });
});
