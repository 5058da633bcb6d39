import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../tools/eslint-plugin-cliprelay/index.mjs';

/**
 * The type-aware rule needs a real TypeScript program, so each case is a small project on disk: files that export,
 * files that import them in the ways the codebase does (named, through a barrel, `import type`, `import * as`,
 * dynamic `import()`, `typeof import()`), and exports nobody imports.
 */
const FILES: Record<string, string> = {
  'tsconfig.json': JSON.stringify({
    compilerOptions: { strict: true, module: 'ESNext', moduleResolution: 'Bundler', target: 'ES2022' },
    include: ['src', 'test'],
  }),
  'src/units.ts':
    'export const usedDirectly = 1;\nexport const neverImported = 2;\nexport type UsedAsType = number;\nexport interface NeverUsedShape { a: number }\n',
  'src/barrel/impl.ts': 'export function viaBarrel() { return 1; }\nexport function barrelNobodyUses() { return 2; }\n',
  'src/barrel/index.ts': "export { viaBarrel, barrelNobodyUses } from './impl';\n",
  'src/whole.ts': 'export const a = 1;\nexport const b = 2;\n',
  'src/lazy.ts': 'export const loadedLater = 1;\n',
  'src/typed-import.ts': 'export interface OnlyInImportType { x: number }\n',
  'src/local-alias.ts': 'const kept = 1;\nconst dropped = 2;\nexport { kept, dropped };\n',
  'src/app.ts': [
    "import { usedDirectly, type UsedAsType } from './units';",
    "import { viaBarrel } from './barrel';",
    "import * as whole from './whole';",
    "import { kept } from './local-alias';",
    'export async function main(): Promise<UsedAsType> {',
    "  const lazy = await import('./lazy');",
    "  const shape: import('./typed-import').OnlyInImportType = { x: 1 };",
    '  return usedDirectly + viaBarrel() + whole.a + lazy.loadedLater + shape.x + kept;',
    '}',
    '',
  ].join('\n'),
  'test/app.test.ts': "import { main } from '../src/app';\nvoid main();\n",
};

let root = '';

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'cliprelay-unused-exports-'));
  for (const [name, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

async function lint(fix = false): Promise<ESLint.LintResult[]> {
  const eslint = new ESLint({
    cwd: root,
    fix,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: {
          parser: tseslint.parser,
          // CI=true makes typescript-eslint build each program once ("single run"), so a fix pass would re-lint
          // the fixed text against the unfixed program; the fix test needs the program to follow each fix.
          parserOptions: { project: './tsconfig.json', tsconfigRootDir: root, disallowAutomaticSingleRunInference: true },
        },
        plugins: { cliprelay: plugin },
        rules: { 'cliprelay/no-unused-exports': 'error' },
      },
    ],
  });
  return eslint.lintFiles(['src/**/*.ts', 'test/**/*.ts']);
}

describe('cliprelay/no-unused-exports', () => {
  it('reports exactly the exports nothing imports', async () => {
    const reported = (await lint())
      .flatMap((result) => result.messages.map((message) => `${result.filePath.slice(root.length + 1)}: ${message.message.split("'")[1]}`))
      .sort();
    // The barrel's unused re-export is reported; the original stays exported while a barrel re-exports it, so
    // fixing either file alone never breaks the other (the next run reports the original).
    expect(reported).toEqual([
      'src/barrel/index.ts: barrelNobodyUses',
      'src/local-alias.ts: dropped',
      'src/units.ts: NeverUsedShape',
      'src/units.ts: neverImported',
    ]);
  });

  it('fixes by dropping the export keyword or the re-export, keeping the code', async () => {
    const results = await lint(true);
    const output = (name: string) => results.find((result) => result.filePath.endsWith(name))?.output;
    expect(output('src/units.ts')).toContain('\nconst neverImported = 2;');
    expect(output('src/units.ts')).toContain('interface NeverUsedShape');
    expect(output('src/units.ts')).not.toContain('export interface NeverUsedShape');
    expect(output('src/barrel/index.ts')).toBe("export { viaBarrel } from './impl';\n");
    expect(output('src/local-alias.ts')).toContain('export { kept };');
  });
});
