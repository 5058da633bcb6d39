/** Types for tools/package-ccx.mjs, so the packaging test can call it. */
export interface ZipEntryInput {
  readonly name: string;
  readonly data: Uint8Array;
}
export function crc32(bytes: Uint8Array): number;
export function writeZip(entries: readonly ZipEntryInput[]): Buffer;
export function checkPluginFolder(sourceDir: string): string[];
export function packageCcx(options: { sourceDir: string; outFile: string; includeSourceMaps?: boolean }): {
  outFile: string;
  names: string[];
  bytes: number;
};
