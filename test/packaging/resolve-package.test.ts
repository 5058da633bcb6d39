import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RESOLVE_PLUGIN_ID } from '../../src/entries/resolve/resolve-plugin-id';
import { startResolveMain } from '../../src/entries/resolve/start-resolve-main';
import { checkResolvePluginFolder, manifestIdOf, packageResolve } from '../../tools/package-resolve.mjs';
import { createFakeResolve } from '../support/fake-resolve';
import { readZip } from '../support/read-zip';
import { CONTRACT_SCENARIO } from '../hosts/nle-host-contract';

const root = resolve(__dirname, '../..');
const MANIFEST = readFileSync(join(root, 'plugin/resolve/manifest.xml'), 'utf8');

let scratch: string;
beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'cliprelay-resolve-package-'));
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

/** A built plugin folder as webpack --config-name resolve leaves it (code stubbed). */
function builtFolder(): string {
  const folder = join(scratch, 'dist-resolve');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'manifest.xml'), MANIFEST);
  for (const name of ['main.js', 'preload.js', 'panel.js', 'index.html', 'panel.js.map']) writeFileSync(join(folder, name), `// ${name}`);
  return folder;
}

describe('npm run package:resolve', () => {
  it('the manifest id is the id main.js passes to Initialize', async () => {
    expect(manifestIdOf(MANIFEST)).toBe(RESOLVE_PLUGIN_ID);
    const fake = createFakeResolve(CONTRACT_SCENARIO);
    const electron = {
      app: { whenReady: async () => undefined, on: () => undefined, quit: () => undefined },
      ipcMain: { handle: () => undefined },
      BrowserWindow: class {
        async loadFile() {}
      },
    };
    await startResolveMain(electron, fake.bridge, {
      pluginFolder: '/p',
      mediaFolderPath: scratch,
      vault: { read: async () => ({}), write: async () => undefined },
      isAllowedUrl: () => false,
    });
    expect(fake.bridge.initializedWith).toEqual([manifestIdOf(MANIFEST)]);
  });

  it('archives the plugin folder under its id with both install scripts, without source maps', () => {
    const result = packageResolve({ sourceDir: builtFolder(), outFile: join(scratch, 'out.zip') });
    expect(result.pluginId).toBe('com.cliprelay.resolve');
    expect(readZip(readFileSync(result.outFile)).map((entry) => entry.name)).toEqual([
      'install-macos.sh',
      'install-windows.ps1',
      'com.cliprelay.resolve/index.html',
      'com.cliprelay.resolve/main.js',
      'com.cliprelay.resolve/manifest.xml',
      'com.cliprelay.resolve/panel.js',
      'com.cliprelay.resolve/preload.js',
    ]);
  });

  it("refuses to package Blackmagic's WorkflowIntegration.node or an incomplete build", () => {
    const folder = builtFolder();
    writeFileSync(join(folder, 'WorkflowIntegration.node'), 'binary');
    expect(checkResolvePluginFolder(folder)).toEqual([expect.stringMatching(/never be packaged/)]);
    rmSync(join(folder, 'preload.js'));
    expect(() => packageResolve({ sourceDir: folder, outFile: join(scratch, 'x.zip') })).toThrow(/preload\.js is missing/);
  });

  it("the macOS install script copies the plugin and the user's own bridge into Resolve's plugin folder", () => {
    const result = packageResolve({ sourceDir: builtFolder(), outFile: join(scratch, 'out.zip') });
    const unpacked = join(scratch, 'unpacked');
    for (const entry of readZip(readFileSync(result.outFile))) {
      mkdirSync(dirname(join(unpacked, entry.name)), { recursive: true });
      writeFileSync(join(unpacked, entry.name), entry.data);
    }
    const support = join(scratch, 'Blackmagic Design', 'DaVinci Resolve');
    const run = () =>
      execFileSync('sh', [join(unpacked, 'install-macos.sh')], {
        env: { PATH: process.env.PATH, RESOLVE_SUPPORT: support },
        stdio: 'pipe',
      });
    expect(run).toThrow(/needs DaVinci Resolve Studio's WorkflowIntegration\.node/);
    const sample = join(support, 'Developer', 'Workflow Integrations', 'Examples', 'SamplePlugin');
    mkdirSync(sample, { recursive: true });
    writeFileSync(join(sample, 'WorkflowIntegration.node'), 'blackmagic bridge');
    chmodSync(join(unpacked, 'install-macos.sh'), 0o755);
    run();
    const installed = join(support, 'Workflow Integration Plugins', 'com.cliprelay.resolve');
    expect(readFileSync(join(installed, 'WorkflowIntegration.node'), 'utf8')).toBe('blackmagic bridge');
    expect(manifestIdOf(readFileSync(join(installed, 'manifest.xml'), 'utf8'))).toBe(RESOLVE_PLUGIN_ID);
    expect(existsSync(join(installed, 'main.js'))).toBe(true);
  });

  it('the Windows install script targets ProgramData and copies the bridge from the Resolve install', () => {
    const result = packageResolve({ sourceDir: builtFolder(), outFile: join(scratch, 'out.zip') });
    const script = readZip(readFileSync(result.outFile))
      .find((entry) => entry.name === 'install-windows.ps1')!
      .data.toString('utf8');
    expect(script).toContain("Join-Path $env:PROGRAMDATA 'Blackmagic Design\\DaVinci Resolve\\Support'");
    expect(script).toContain("'Developer\\Workflow Integrations\\Examples\\SamplePlugin\\WorkflowIntegration.node'");
    expect(script).toContain("Join-Path $plugins 'com.cliprelay.resolve'");
    expect(script.split('\r\n').length).toBeGreaterThan(10);
  });
});
