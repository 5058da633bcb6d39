import { BUILTIN_DUCK_PRESETS, type DuckPreset } from '../../src/domain/ducking';

/** A built-in ducking preset by id; fails the test at once when the id is not built in. */
export function builtinPreset(id: string): DuckPreset {
  const preset = BUILTIN_DUCK_PRESETS.find((candidate) => candidate.id === id);
  if (preset == null) throw new Error(`no built-in preset "${id}"`);
  return preset;
}
