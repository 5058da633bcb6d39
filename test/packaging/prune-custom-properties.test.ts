import { createRequire } from 'node:module';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const { pruneCustomProperties } = createRequire(__filename)(join(__dirname, '../../tools/prune-custom-properties.cjs')) as {
  pruneCustomProperties: (cssBodies: readonly string[], referencingText: string) => string[];
};

const definedNames = (css: string): Set<string> => new Set([...css.matchAll(/(?<=[{;]\s*)(--[\w-]+)\s*:/g)].map((match) => match[1]!));
const namedTokens = (text: string): string[] => text.match(/--[\w-]+/g) ?? [];

describe('pruneCustomProperties (the UXP theme tokens nothing reads)', () => {
  it('keeps what the bundle names and what those definitions read, drops the rest', () => {
    const theme = ':host,:root{--used:var(--base);--base:4px;--unused:var(--base);--orphan:red}';
    const [pruned] = pruneCustomProperties([theme], 'css`:host{padding:var(--used)}`');
    expect(pruned).toBe(':host,:root{--used:var(--base);--base:4px;}');
  });

  it('follows references across files (a colour theme reading the core tokens)', () => {
    const [core, dark] = pruneCustomProperties([':root{--gray-50:#111;--gray-900:#eee}', ':root{--bg:var(--gray-50)}'], 'var(--bg)');
    expect(core).toBe(':root{--gray-50:#111;}');
    expect(dark).toBe(':root{--bg:var(--gray-50)}');
  });

  it('leaves ordinary declarations and selectors that merely contain "--" alone', () => {
    const theme = '.spectrum-Body--sizeL:lang(ja){color:red}:host{display:block;--gone:1px}';
    const [pruned] = pruneCustomProperties([theme], '');
    expect(pruned).toBe('.spectrum-Body--sizeL:lang(ja){color:red}:host{display:block;}');
  });

  it("keeps the tokens the theme's own ordinary rules read", () => {
    const [pruned] = pruneCustomProperties([':host{--font:serif;--size:var(--font)}.spectrum-Body{font-family:var(--font)}'], '');
    expect(pruned).toBe(':host{--font:serif;}.spectrum-Body{font-family:var(--font)}');
  });

  it('never removes a definition that anything still reaching the theme reads (any tokens, any references)', () => {
    const name = fc.constantFrom('--a', '--b', '--c', '--d', '--e', '--f');
    const declaration = fc
      .tuple(name, fc.array(name, { maxLength: 2 }))
      .map(([n, reads]) => `${n}:${reads.map((r) => `var(${r})`).join(' ') || '1px'}`);
    const body = fc.array(declaration, { maxLength: 6 }).map((declarations) => `:host{${declarations.join(';')}}`);
    fc.assert(
      fc.property(fc.array(body, { minLength: 1, maxLength: 3 }), fc.array(name, { maxLength: 3 }), (bodies, outside) => {
        const pruned = pruneCustomProperties(bodies, outside.map((n) => `var(${n})`).join(''));
        const before = new Set(bodies.flatMap((b) => [...definedNames(b)]));
        const after = new Set(pruned.flatMap((b) => [...definedNames(b)]));
        // Every name read from outside or from a surviving definition that existed before still exists.
        for (const read of [...outside, ...pruned.flatMap(namedTokens)]) if (before.has(read)) expect(after.has(read), read).toBe(true);
        // Pruning twice changes nothing more.
        expect(pruneCustomProperties(pruned, outside.map((n) => `var(${n})`).join(''))).toEqual(pruned);
      }),
    );
  });
});
