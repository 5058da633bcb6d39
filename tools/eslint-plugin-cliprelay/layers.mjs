// @ts-check
/**
 * The dependency direction of docs/architecture.md as data: every file under src/ belongs to one layer, and each
 * layer lists the layers it may import. Everything not listed is forbidden, so a new folder is refused until it
 * is given a place here.
 */

export const VENDORS = ['kling', 'openai', 'google', 'runway', 'fal', 'byteplus', 'comfyui'];
export const HOSTS = ['premiere', 'sandbox', 'resolve'];
export const RUNTIMES = ['uxp', 'node', 'browser'];

/**
 * The layer of a path relative to src/ (forward slashes, no extension), or null outside src/.
 * @param {string} file
 * @returns {string | null}
 */
export function layerOf(file) {
  const [top, second] = file.split('/');
  switch (top) {
    case 'shared':
    case 'domain':
    case 'audio':
    case 'media':
    case 'interchange':
    case 'workflows':
    case 'ui':
    case 'cli':
    case 'emulators':
    case 'entries':
      return top;
    case 'providers':
      if (second === 'registry') return 'providers/registry';
      if (second != null && VENDORS.includes(second)) return `vendor:${second}`;
      return 'providers/seam';
    case 'hosts':
      if (second != null && HOSTS.includes(second)) return `host:${second}`;
      return 'hosts/spec';
    case 'platform':
      if (second != null && RUNTIMES.includes(second)) return `platform:${second}`;
      return 'platform/interfaces';
    default:
      // A new top-level folder gets a layer of its own, which has no rule until someone writes one.
      return top ?? null;
  }
}

const PURE = ['shared', 'domain'];

/**
 * Layers each layer may import (its own layer always included). `*` means any layer.
 * @type {Record<string, { readonly allowed: readonly string[] | '*', readonly denied?: readonly string[], readonly why: string }>>}
 */
const RULES = {
  shared: { allowed: ['shared'], why: 'shared is the bottom: it imports nothing of ours' },
  domain: { allowed: PURE, why: 'domain is pure: shared code only' },
  audio: { allowed: [...PURE, 'audio'], why: 'audio is pure: domain and shared only' },
  media: { allowed: [...PURE, 'media'], why: 'media is pure: domain and shared only' },
  interchange: { allowed: [...PURE, 'audio', 'media', 'interchange'], why: 'interchange is pure: domain, audio and media only' },
  'providers/seam': { allowed: [...PURE, 'media', 'providers/seam'], why: 'the provider seam knows no vendor, host or runtime' },
  'providers/registry': {
    allowed: [...PURE, 'providers/seam', 'providers/registry', ...VENDORS.map((vendor) => `vendor:${vendor}`)],
    why: 'the registry lists vendors and nothing else',
  },
  'hosts/spec': { allowed: [...PURE, 'media', 'hosts/spec'], why: 'the host seam knows no host, provider or runtime' },
  workflows: {
    // interchange: the panel's "Export ducked timeline" writes the sequence with the same engine as `cliprelay duck`.
    allowed: [...PURE, 'audio', 'media', 'interchange', 'providers/seam', 'hosts/spec', 'platform/interfaces', 'workflows'],
    why: 'workflows use specs, platform interfaces and pure code (interchange included), never a concrete vendor, host or runtime',
  },
  ui: {
    allowed: [...PURE, 'workflows', 'providers/seam', 'hosts/spec', 'platform/interfaces', 'ui'],
    why: 'the UI sees workflows, domain and specs only',
  },
  'platform/interfaces': {
    allowed: [...PURE, 'media', 'providers/seam', 'platform/interfaces'],
    why: 'platform interfaces describe storage and files; they know no UI, workflow or runtime',
  },
  cli: {
    allowed: '*',
    denied: ['ui', 'entries', 'platform:uxp', 'platform:browser', ...HOSTS.map((host) => `host:${host}`)],
    why: 'the CLI is a Node program: no panel, no NLE host, no UXP or browser runtime, no entry point',
  },
  emulators: { allowed: [...PURE, 'media', 'emulators'], why: 'emulators speak the wire protocol from the docs, not from our client code' },
  entries: { allowed: '*', why: 'entries compose everything' },
};

for (const vendor of VENDORS) {
  RULES[`vendor:${vendor}`] = {
    allowed: [...PURE, 'media', 'providers/seam', `vendor:${vendor}`],
    why: 'a vendor uses providers/spec, providers/http, the catalog and pure code, never another vendor, a host or a runtime',
  };
}
for (const host of HOSTS) {
  RULES[`host:${host}`] = {
    allowed: [...PURE, 'media', 'audio', 'hosts/spec', `host:${host}`, ...(host === 'premiere' ? ['platform:uxp'] : [])],
    why: 'a host uses hosts/spec and pure code, never providers, the UI, workflows or another host',
  };
}
for (const runtime of RUNTIMES) {
  RULES[`platform:${runtime}`] = {
    allowed: [...PURE, 'media', 'providers/seam', 'platform/interfaces', `platform:${runtime}`],
    why: 'a runtime implements platform interfaces; it never imports the UI, workflows, hosts, vendors or another runtime',
  };
}

/**
 * Why `from` may not import `to`, or null when it may.
 * @param {string} from
 * @param {string} to
 * @returns {string | null}
 */
export function forbiddenBecause(from, to) {
  const rule = RULES[from];
  if (rule == null) return `${from} has no dependency rule yet: add it to tools/eslint-plugin-cliprelay/layers.mjs`;
  if (rule.denied?.includes(to)) return rule.why;
  if (rule.allowed === '*' || rule.allowed.includes(to)) return null;
  return rule.why;
}

/**
 * Packages (not our folders) a layer may import; anything else from npm or Node is refused. `node:` builtins only
 * where Node runs; React only in the panel; ky only at the provider seam.
 * @param {string} layer
 * @param {string} specifier
 * @param {boolean} typeOnly  `import type`: no code is loaded, only a name is borrowed
 * @returns {string | null}
 */
export function packageForbiddenBecause(layer, specifier, typeOnly) {
  const nodeSide = ['cli', 'emulators', 'entries', 'platform:node'];
  if (specifier.startsWith('node:'))
    return nodeSide.includes(layer) ? null : 'Node built-ins only in platform/node, cli, emulators and entries';
  const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
  if (name === 'zod') return null;
  if (name === 'react' || name === 'react-dom') return ['ui', 'entries'].includes(layer) ? null : 'React only in ui and entries';
  if (name === 'ky') {
    const mayName = typeOnly && layer.startsWith('vendor:');
    return layer === 'providers/seam' || mayName
      ? null
      : 'ky only in providers/http (one HTTP client, one retry policy); vendors may name its types';
  }
  // One XML library, where timelines are read and written (FCP7 XML, FCPXML): never string-built XML.
  if (name === 'fast-xml-parser') return layer === 'interchange' ? null : 'fast-xml-parser only in interchange (timeline files)';
  // Pack signatures (Ed25519) are checked where packs are read, in pure code that runs in UXP too.
  if (name === '@noble/ed25519' || name === '@noble/hashes')
    return ['domain', 'cli'].includes(layer) ? null : 'pack signatures (@noble) only in domain, where packs are read';
  // Messages (ICU MessageFormat, issue 17): the catalogs and the one formatter live in shared/i18n so the panel, the CLI
  // and any error we word ourselves share one source of ids; ui and cli call it, nothing else formats messages.
  if (name === '@formatjs/intl' || name === 'intl-messageformat')
    return ['shared', 'ui', 'cli'].includes(layer) ? null : 'messages are formatted in shared/i18n, the panel (ui) and the CLI only';
  // Spectrum Web Components define custom elements when imported, one runtime's copy per bundle: only the entries
  // register them (one module per runtime); the UI renders their tags and never imports a runtime's copy.
  if (['@spectrum-web-components', '@swc-uxp-wrappers', '@swc-uxp-internal'].includes(name.split('/')[0]))
    return layer === 'entries' ? null : 'Spectrum Web Components only in entries (each runtime registers its own copy of the elements)';
  if (name === '@adobe/premierepro') return layer === 'host:premiere' ? null : "Premiere's types only in hosts/premiere";
  if (name === 'premierepro' || name === 'uxp') return null; // the premiere-runtime-modules rule decides
  if (['cli', 'emulators', 'entries'].includes(layer)) return null;
  return `${name} is not a dependency this layer may use; add it to tools/eslint-plugin-cliprelay/layers.mjs with a reason`;
}
