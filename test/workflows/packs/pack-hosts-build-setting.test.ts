import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPackHosts } from '../../../src/platform/build-pack-hosts';
import { manifestSchema } from '../../packaging/manifest-schema';
import { tempFoldersRemovedAfterAll } from '../../support/temp-folders';

const root = resolve(__dirname, '../../..');
const { packHosts, manifestWithPackHosts } = createRequire(__filename)(join(root, 'tools/pack-hosts.cjs')) as {
  packHosts(options: { root: string; argv?: readonly string[]; env?: Record<string, string | undefined> }): string[];
  manifestWithPackHosts(text: string, hosts: readonly string[]): string;
};
const tempFolder = tempFoldersRemovedAfterAll();

function buildFolder(packHostsSetting: unknown): string {
  const folder = tempFolder('build-settings-');
  writeFileSync(join(folder, 'cliprelay.build.json'), JSON.stringify({ packHosts: packHostsSetting }));
  return folder;
}

describe('allowed pack hosts are a build setting', () => {
  it('the repository allows none by default, and outside a build the panel sees none', () => {
    expect(packHosts({ root, argv: [], env: {} })).toEqual([]);
    expect(buildPackHosts()).toEqual([]);
  });

  it('merges the config file, --env pack-host=… and CLIPRELAY_PACK_HOSTS, de-duplicated', () => {
    const folder = buildFolder(['packs.acme.com']);
    const argv = [
      'node',
      'webpack',
      '--mode',
      'production',
      '--env',
      'pack-host=cdn.acme.com,packs.acme.com',
      '--env=pack-host=*.initech.io',
    ];
    expect(packHosts({ root: folder, argv, env: { CLIPRELAY_PACK_HOSTS: 'Packs.Globex.com' } })).toEqual([
      'packs.acme.com',
      'cdn.acme.com',
      '*.initech.io',
      'packs.globex.com',
    ]);
  });

  it('refuses what is not a host name, "all" above all', () => {
    for (const wrong of ['all', 'https://packs.acme.com', 'packs.acme.com/path', 'localhost'])
      expect(() => packHosts({ root: buildFolder([wrong]), env: {} }), wrong).toThrow(/is not a host name/);
    expect(() => packHosts({ root: buildFolder('packs.acme.com'), env: {} })).toThrow(/"packHosts" must be a list/);
  });

  it('adds each host to the built manifest as an https domain the manifest schema accepts, keeping the provider hosts', () => {
    const source = readFileSync(join(root, 'manifest.json'), 'utf8');
    const built = JSON.parse(manifestWithPackHosts(source, ['packs.acme.com', '*.initech.io']));
    const domains: string[] = built.requiredPermissions.network.domains;
    expect(domains).toEqual([...JSON.parse(source).requiredPermissions.network.domains, 'https://packs.acme.com', 'https://*.initech.io']);
    expect(manifestSchema.safeParse(built).success).toBe(true);
    expect(JSON.parse(manifestWithPackHosts(source, []))).toEqual(JSON.parse(source));
  });
});
