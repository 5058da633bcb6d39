#!/usr/bin/env node
// Packages the built Resolve Workflow Integration plugin (dist/resolve) as dist/cliprelay-resolve.zip:
//   com.cliprelay.resolve/    the plugin folder (manifest.xml, main.js, preload.js, index.html, panel.js)
//   install-macos.sh          copies it into Resolve's Workflow Integration Plugins folder
//   install-windows.ps1       the same on Windows
// Both install scripts copy WorkflowIntegration.node from the user's own Resolve install (Blackmagic's
// binary: never shipped by us, research/resolve-interchange.md §1.3).
//
// Usage: npx webpack --mode production --config-name resolve && node tools/package-resolve.mjs [--source dist/resolve] [--out dist/cliprelay-resolve.zip]
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeZip } from './package-ccx.mjs';

const REQUIRED = ['manifest.xml', 'main.js', 'preload.js', 'index.html', 'panel.js'];
const BRIDGE = 'WorkflowIntegration.node';

/** The `<Id>` of a Workflow Integration manifest.xml: the folder name and the id main.js passes to Initialize. */
export function manifestIdOf(manifestXml) {
  const match = /<Id>\s*([^<\s]+)\s*<\/Id>/.exec(manifestXml);
  return match == null ? null : match[1];
}

/** Why a folder cannot be packaged, or an empty list. */
export function checkResolvePluginFolder(sourceDir) {
  const problems = REQUIRED.filter((name) => !existsSync(join(sourceDir, name))).map(
    (name) => `${name} is missing: run npx webpack --config-name resolve first`,
  );
  if (existsSync(join(sourceDir, BRIDGE)))
    problems.push(`${BRIDGE} is Blackmagic's binary: it must never be packaged (the install script copies the user's own)`);
  if (problems.length === 0 && manifestIdOf(readFileSync(join(sourceDir, 'manifest.xml'), 'utf8')) == null)
    problems.push('manifest.xml has no <Id>');
  return problems;
}

/** The macOS installer: Resolve scans this system folder at start-up (WI README). */
export function macInstallScript(pluginId) {
  return `#!/bin/sh
# Installs ClipRelay into DaVinci Resolve Studio (macOS). Run: sudo sh install-macos.sh
# Restart Resolve afterwards; ClipRelay is then under Workspace > Workflow Integrations.
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
RESOLVE_SUPPORT="\${RESOLVE_SUPPORT:-/Library/Application Support/Blackmagic Design/DaVinci Resolve}"
PLUGINS="$RESOLVE_SUPPORT/Workflow Integration Plugins"
BRIDGE="$RESOLVE_SUPPORT/Developer/Workflow Integrations/Examples/SamplePlugin/${BRIDGE}"
if [ ! -f "$BRIDGE" ]; then
  echo "ClipRelay needs DaVinci Resolve Studio's ${BRIDGE}, expected at:" >&2
  echo "  $BRIDGE" >&2
  echo "Install or update DaVinci Resolve Studio, or set RESOLVE_SUPPORT to its support folder." >&2
  exit 1
fi
mkdir -p "$PLUGINS"
rm -rf "$PLUGINS/${pluginId}"
cp -R "$HERE/${pluginId}" "$PLUGINS/${pluginId}"
# Blackmagic's bridge is copied from this Resolve, never shipped with ClipRelay; re-run after a Resolve update.
cp "$BRIDGE" "$PLUGINS/${pluginId}/${BRIDGE}"
echo "ClipRelay installed in $PLUGINS/${pluginId}. Restart DaVinci Resolve."
`;
}

/** The Windows installer (PowerShell, as administrator: ProgramData is machine-wide). */
export function windowsInstallScript(pluginId) {
  return `# Installs ClipRelay into DaVinci Resolve Studio (Windows).
# Run in PowerShell as administrator: powershell -ExecutionPolicy Bypass -File install-windows.ps1
# Restart Resolve afterwards; ClipRelay is then under Workspace > Workflow Integrations.
$ErrorActionPreference = 'Stop'
$support = if ($env:RESOLVE_SUPPORT) { $env:RESOLVE_SUPPORT } else { Join-Path $env:PROGRAMDATA 'Blackmagic Design\\DaVinci Resolve\\Support' }
$plugins = Join-Path $support 'Workflow Integration Plugins'
$bridge = Join-Path $support 'Developer\\Workflow Integrations\\Examples\\SamplePlugin\\${BRIDGE}'
if (-not (Test-Path $bridge)) {
  Write-Error "ClipRelay needs DaVinci Resolve Studio's ${BRIDGE}, expected at $bridge. Install or update DaVinci Resolve Studio, or set RESOLVE_SUPPORT."
}
New-Item -ItemType Directory -Force -Path $plugins | Out-Null
$target = Join-Path $plugins '${pluginId}'
if (Test-Path $target) { Remove-Item -Recurse -Force $target }
Copy-Item -Recurse (Join-Path $PSScriptRoot '${pluginId}') $target
# Blackmagic's bridge is copied from this Resolve, never shipped with ClipRelay; re-run after a Resolve update.
Copy-Item $bridge (Join-Path $target '${BRIDGE}')
Write-Output "ClipRelay installed in $target. Restart DaVinci Resolve."
`;
}

export function packageResolve({ sourceDir, outFile, includeSourceMaps = false }) {
  const problems = checkResolvePluginFolder(sourceDir);
  if (problems.length > 0) throw new Error(`Cannot package ${sourceDir}:\n- ${problems.join('\n- ')}`);
  const pluginId = manifestIdOf(readFileSync(join(sourceDir, 'manifest.xml'), 'utf8'));
  const files = readdirSync(sourceDir, { withFileTypes: true })
    .filter(
      (entry) => entry.isFile() && (includeSourceMaps || !entry.name.endsWith('.map')) && !/^(\.DS_Store|Thumbs\.db)$/.test(entry.name),
    )
    .map((entry) => entry.name)
    .sort();
  const entries = [
    { name: 'install-macos.sh', data: Buffer.from(macInstallScript(pluginId)) },
    { name: 'install-windows.ps1', data: Buffer.from(windowsInstallScript(pluginId).replace(/\n/g, '\r\n')) },
    ...files.map((name) => ({ name: `${pluginId}/${name}`, data: readFileSync(join(sourceDir, name)) })),
  ];
  const archive = writeZip(entries);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, archive);
  return { outFile, pluginId, names: entries.map((entry) => entry.name), bytes: archive.length };
}

function main(argv) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const option = (flag, fallback) => {
    const index = argv.indexOf(flag);
    return index === -1 ? fallback : resolve(argv[index + 1]);
  };
  const result = packageResolve({
    sourceDir: option('--source', join(root, 'dist/resolve')),
    outFile: option('--out', join(root, 'dist/cliprelay-resolve.zip')),
    includeSourceMaps: argv.includes('--with-source-maps'),
  });
  console.log(
    `${relative(process.cwd(), result.outFile)}: ${result.pluginId}, ${result.names.length} files, ${(result.bytes / 1024).toFixed(1)} KiB`,
  );
}

if (process.argv[1] != null && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(error.message);
    process.exitCode = 1;
  }
}
