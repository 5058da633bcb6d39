/** Types for tools/package-resolve.mjs, so the packaging test can call it. */
export function manifestIdOf(manifestXml: string): string | null;
export function checkResolvePluginFolder(sourceDir: string): string[];
export function macInstallScript(pluginId: string): string;
export function windowsInstallScript(pluginId: string): string;
export function packageResolve(options: { sourceDir: string; outFile: string; includeSourceMaps?: boolean }): {
  outFile: string;
  pluginId: string;
  names: string[];
  bytes: number;
};
