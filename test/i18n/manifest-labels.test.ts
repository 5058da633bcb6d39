import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestSchema } from '../packaging/manifest-schema';

const root = resolve(__dirname, '../..');
const require = createRequire(import.meta.url);
// The transform webpack applies when it copies manifest.json into dist/uxp (webpack.config.js, CopyPlugin).
const { manifestWithPackHosts } = require('../../tools/pack-hosts.cjs') as {
  manifestWithPackHosts: (text: string, hosts: readonly string[]) => string;
};

const manifestText = readFileSync(resolve(root, 'manifest.json'), 'utf8');

/**
 * Adobe's manifest reference: an entrypoint's `label` and `description` are a string or a LocalizedString
 * (`default` plus language keys such as "fr"). The plugin `name` stays "ClipRelay", a brand, in every language.
 */
describe('the panel label and description in five languages', () => {
  const [panel] = manifestSchema.parse(JSON.parse(manifestText)).entrypoints;

  it.each(['fr', 'ca', 'pl', 'zh', 'zh_CN'] as const)('%s has its own label and description, not the English one', (key) => {
    expect(panel!.label[key]).toMatch(/^ClipRelay/);
    expect(panel!.label[key]).not.toBe(panel!.label.default);
    expect(panel!.description?.[key]).not.toBe(panel!.description?.default);
  });

  it('keeps English as the default a Premiere in any other language shows', () => {
    expect(panel!.label.default).toBe('ClipRelay');
  });

  it('reaches dist/uxp/manifest.json: the build transform keeps every localised string', () => {
    const built = JSON.parse(manifestWithPackHosts(manifestText, ['packs.example.com'])) as { entrypoints: unknown[] };
    expect(built.entrypoints[0]).toEqual(JSON.parse(manifestText).entrypoints[0]);
    expect(readFileSync(resolve(root, 'webpack.config.js'), 'utf8')).toMatch(
      /from: 'manifest\.json', to: 'manifest\.json', transform: .*manifestWithPackHosts/,
    );
  });
});
