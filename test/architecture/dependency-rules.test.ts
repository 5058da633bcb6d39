import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The dependency direction of ../shared/DESIGN.md, checked on every import in src/. A rule is a
 * list of folders (relative to src/) a layer must not import from.
 */
const SRC = resolve(__dirname, '../../src');
const VENDORS = ['kling', 'openai', 'google', 'runway', 'fal', 'byteplus', 'comfyui'];
const HOSTS = ['premiere', 'sandbox'];

interface Rule {
  readonly layer: (file: string) => boolean;
  readonly forbidden: (target: string, file: string) => boolean;
  readonly why: string;
}

const under = (file: string, folder: string) => file === folder || file.startsWith(`${folder}/`);
const vendorOf = (file: string) => VENDORS.find((vendor) => under(file, `providers/${vendor}`));
const concreteHost = (target: string) => HOSTS.some((host) => under(target, `hosts/${host}`));
const concretePlatform = (target: string) => ['platform/uxp', 'platform/node', 'platform/browser'].some((folder) => under(target, folder));

const RULES: readonly Rule[] = [
  {
    layer: (file) => ['domain', 'audio', 'media'].some((folder) => under(file, folder)),
    forbidden: (target) => !['domain', 'audio', 'media', 'shared'].some((folder) => under(target, folder)),
    why: 'domain, audio and media are pure: zod and each other only',
  },
  {
    layer: (file) => vendorOf(file) != null,
    forbidden: (target, file) =>
      (vendorOf(target) != null && vendorOf(target) !== vendorOf(file)) ||
      ['hosts', 'ui', 'workflows', 'platform', 'entries', 'emulators', 'cli'].some((folder) => under(target, folder)),
    why: 'a vendor uses providers/spec, providers/http and pure code, never another vendor, a host or the UI',
  },
  {
    layer: (file) => under(file, 'providers/spec') || under(file, 'providers/http') || under(file, 'providers/catalog'),
    forbidden: (target) =>
      vendorOf(target) != null || ['hosts', 'ui', 'workflows', 'entries', 'emulators', 'cli'].some((folder) => under(target, folder)),
    why: 'the provider seam knows no vendor',
  },
  {
    layer: (file) => under(file, 'hosts'),
    forbidden: (target, file) =>
      under(target, 'providers') ||
      ['ui', 'workflows', 'entries', 'emulators', 'cli'].some((folder) => under(target, folder)) ||
      (concreteHost(target) && !under(target, file.split('/').slice(0, 2).join('/'))),
    why: 'a host uses hosts/spec and pure code, never providers, the UI or another host',
  },
  {
    layer: (file) => under(file, 'workflows'),
    forbidden: (target) =>
      vendorOf(target) != null ||
      concreteHost(target) ||
      concretePlatform(target) ||
      ['ui', 'entries', 'emulators', 'cli'].some((folder) => under(target, folder)),
    why: 'workflows use specs and platform interfaces, never a concrete vendor, host or runtime',
  },
  {
    layer: (file) => under(file, 'ui'),
    forbidden: (target) =>
      vendorOf(target) != null ||
      concreteHost(target) ||
      concretePlatform(target) ||
      ['entries', 'emulators', 'cli', 'audio', 'media'].some((folder) => under(target, folder)),
    why: 'the UI sees workflows, domain and specs only',
  },
];

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Relative imports of a file, resolved to paths under src/ without extension. */
function importsOf(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]/g)].map((match) =>
    relative(SRC, resolve(dirname(path), match[1]!)).replace(/\\/g, '/'),
  );
}

export function violations(files: readonly { file: string; imports: readonly string[] }[]): string[] {
  return files.flatMap(({ file, imports }) =>
    RULES.filter((rule) => rule.layer(file)).flatMap((rule) =>
      imports.filter((target) => rule.forbidden(target, file)).map((target) => `${file} → ${target}: ${rule.why}`),
    ),
  );
}

describe('dependency rules (DESIGN.md)', () => {
  it('hold for every import in src/', () => {
    const files = sourceFiles(SRC).map((path) => ({
      file: relative(SRC, path)
        .replace(/\\/g, '/')
        .replace(/\.tsx?$/, ''),
      imports: importsOf(path),
    }));
    expect(files.length).toBeGreaterThan(100);
    expect(violations(files)).toEqual([]);
  });

  it('catch a violation (the checker itself works)', () => {
    expect(violations([{ file: 'ui/generate/generate-tab', imports: ['providers/kling/kling-video-provider'] }])).toHaveLength(1);
    expect(violations([{ file: 'providers/runway/runway-video-provider', imports: ['providers/openai/openai-auth'] }])).toHaveLength(1);
    expect(violations([{ file: 'domain/ducking/plan-clip-ducking', imports: ['platform/secret-store'] }])).toHaveLength(1);
    expect(violations([{ file: 'workflows/jobs/job-runner', imports: ['hosts/spec/index', 'providers/spec/index'] }])).toEqual([]);
  });
});
