import { describe, expect, it } from 'vitest';
import { exportPresetPack, parsePresetPack, PresetPackError, type PresetPackInput } from '../../../src/domain/presets';

const pack = (lockedFields: unknown): PresetPackInput =>
  ({
    schemaVersion: 3,
    name: 'Acme house mix',
    presets: [{ id: 'promo', name: 'Promo', depthDb: -10, attackSeconds: 0.3, releaseSeconds: 0.6, holdSeconds: 1, lockedFields }],
  }) as PresetPackInput;

function issues(text: string): string[] {
  try {
    parsePresetPack(text, 'acme.json');
  } catch (error) {
    expect(error).toBeInstanceOf(PresetPackError);
    return (error as PresetPackError).issues.map((issue) => `${issue.path} | ${issue.message}`);
  }
  throw new Error('expected a PresetPackError');
}

describe('preset packs: locked controls', () => {
  it('reads the controls a preset locks', () => {
    const parsed = parsePresetPack(JSON.stringify(pack(['depthDb', 'fadeShape', 'sensitivity'])));
    expect(parsed.presets[0]!.lockedFields).toEqual(['depthDb', 'fadeShape', 'sensitivity']);
    // and an export keeps them, so a re-shared pack still locks what its author locked
    expect(parsePresetPack(exportPresetPack(parsed)).presets[0]!.lockedFields).toEqual(['depthDb', 'fadeShape', 'sensitivity']);
  });

  it('still reads packs written before locked controls (none locked) and before fade shapes (linear)', () => {
    const { lockedFields: _none, ...old } = pack(undefined).presets[0]!;
    const parsed = parsePresetPack(JSON.stringify({ ...pack(undefined), presets: [old] }));
    expect(parsed.presets[0]!.lockedFields).toBeUndefined();
    expect(parsed.presets[0]!.fadeShape).toBe('linear');
  });

  it('refuses a control that does not exist, naming it by its place and listing the ones that do', () => {
    const [problem, ...rest] = issues(JSON.stringify(pack(['depthDb', 'loudness'])));
    expect(rest).toEqual([]);
    expect(problem).toBe(
      "presets[0].lockedFields[1] | Preset 'Promo' → locked control: must be one of " +
        '"depthDb", "sensitivity", "attackSeconds", "releaseSeconds", "fadeShape", "holdSeconds", "prePadSeconds" or "postPadSeconds"',
    );
  });

  it('refuses a list that is not a list', () => {
    expect(issues(JSON.stringify(pack('depthDb')))[0]).toMatch(/^presets\[0\]\.lockedFields \| Preset 'Promo' → locked controls/);
  });
});
