import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { DuckPreset } from '../domain/ducking';
import { BUILTIN_PRESET_PACK, mergePresetLayers, parsePresetPack, PresetPackError } from '../domain/presets';
import type { CliIo } from './cli-io';
import { assertInputFile } from './assert-input-file';
import { CliUsageError } from './cli-usage-error';

/**
 * The ducking preset a command asked for: a built-in, or one from `--pack FILE` (which may
 * redefine a built-in unless that is locked — it never is). Unknown ids list what exists.
 */
export async function resolveCliPreset(
  command: string,
  presetId: string | undefined,
  packPath: string | undefined,
  io: CliIo,
): Promise<DuckPreset> {
  const layers = [{ source: BUILTIN_PRESET_PACK.name, presets: BUILTIN_PRESET_PACK.presets }];
  if (packPath != null) {
    const path = resolve(io.cwd, packPath);
    await assertInputFile(command, `--pack ${packPath}`, path);
    const text = await readFile(path, 'utf8');
    const pack = toUsageError(() => parsePresetPack(text, packPath));
    layers.push({ source: pack.name, presets: pack.presets });
  }
  const merged = mergePresetLayers(layers);
  const id = presetId ?? 'standard';
  const found = merged.presets.find((entry) => entry.preset.id === id);
  if (found == null) {
    throw new CliUsageError(`${command}: unknown preset "${id}"; available: ${merged.presets.map((entry) => entry.preset.id).join(', ')}.`);
  }
  return found.preset;
}

/** A pack that cannot be used is a mistake in what the command was given: the usage exit code, with every wrong field named. */
function toUsageError<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof PresetPackError) throw new CliUsageError(error.message);
    throw error;
  }
}
