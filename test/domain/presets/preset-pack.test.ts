import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEECH_DETECTION } from '../../../src/audio';
import {
  BUILTIN_PRESET_PACK,
  exportPresetPack,
  mergePresetLayers,
  parsePresetPack,
  PresetPackError,
  type PackPreset,
  type PresetPackInput,
} from '../../../src/domain/presets';
import { AppError } from '../../../src/shared/app-error';

const agencyPack: PresetPackInput = {
  schemaVersion: 3,
  name: 'Acme house mix',
  author: 'J. Doe',
  organisation: 'Acme Films',
  description: 'Promos and trailers',
  presets: [
    { id: 'standard', name: 'Acme standard', depthDb: -10, attackSeconds: 0.4, releaseSeconds: 0.8, holdSeconds: 1.5, locked: true },
    {
      id: 'wcag',
      name: 'Accessible',
      depthDb: -12,
      attackSeconds: 0.3,
      releaseSeconds: 0.6,
      holdSeconds: 1,
      targetGapDb: 20,
      minDepthDb: -3,
      maxDepthDb: -18,
    },
  ],
};

function problems(text: string): string[] {
  try {
    parsePresetPack(text, 'acme.json');
  } catch (error) {
    expect(error).toBeInstanceOf(PresetPackError);
    expect(AppError.isInstance(error)).toBe(true);
    return (error as PresetPackError).issues.map((issue) => `${issue.path} | ${issue.message}`);
  }
  throw new Error('expected a PresetPackError');
}

describe('preset packs: import', () => {
  it('reads a v2 pack, defaulting detection and locked', () => {
    const pack = parsePresetPack(JSON.stringify(agencyPack));
    expect(pack.organisation).toBe('Acme Films');
    expect(pack.presets[0]).toMatchObject({ id: 'standard', locked: true, depthDb: -10 });
    expect(pack.presets[1]!.locked).toBe(false);
    expect(pack.presets[1]!.detection).toEqual(DEFAULT_SPEECH_DETECTION);
  });

  it('lists every wrong field with its path in the file and a sentence in the panel\u2019s words', () => {
    const broken = {
      ...agencyPack,
      presets: [
        { ...agencyPack.presets[0], attackSeconds: 0 },
        { ...agencyPack.presets[1], depthDb: -30, minDepthDb: 2, colour: 'red' },
        { id: 'Bad Id', name: '', depthDb: 'loud', attackSeconds: 0.3, releaseSeconds: 0.6 },
      ],
    };
    expect(problems(JSON.stringify(broken))).toEqual([
      "presets[0].attackSeconds | Preset 'Acme standard' → fade down: must be between 0.02 and 5 s",
      "presets[1].depthDb | Preset 'Accessible' → duck depth: must be between −24 and −1 dB",
      "presets[1].minDepthDb | Preset 'Accessible' → shallowest duck: must be between −24 and −1 dB",
      "presets[1].colour | Preset 'Accessible': “colour” is not a known field",
      'presets[2].id | Preset 3 → id: use lowercase letters, digits and dashes',
      'presets[2].name | Preset 3 → name: must not be empty',
      'presets[2].depthDb | Preset 3 → duck depth: must be a number of decibels (dB)',
      'presets[2].holdSeconds | Preset 3 → hold: is required',
    ]);
  });

  it('reports nested detection settings, duplicate ids and the error message as a whole', () => {
    const pack = {
      ...agencyPack,
      presets: [
        { ...agencyPack.presets[0], detection: { openAboveFloorDb: 10, closeAboveFloorDb: 12 } },
        { ...agencyPack.presets[1], id: 'standard' },
      ],
    };
    expect(problems(JSON.stringify(pack))).toEqual([
      "presets[0].detection.closeAboveFloorDb | Preset 'Acme standard' → detection.closeAboveFloorDb: must be below openAboveFloorDb (hysteresis)",
      'presets[1].id | Preset \'Accessible\' → id: "standard" is already used by presets[0]',
    ]);
    expect(() => parsePresetPack('{"schemaVersion":2,"name":"x","presets":[{"id":"a"}]}', 'x.json')).toThrow(
      /^Cannot use x\.json\. Preset 1 → name: is required\. Preset 1 → duck depth: is required\./,
    );
  });

  it('explains files that are not packs, or are from a newer ClipRelay', () => {
    expect(problems('{"name": "x",')).toEqual([' | It is not valid JSON (a mistake near line 1, column 14)']);
    expect(problems('[1, 2]')).toEqual([' | It must be a JSON object with schemaVersion, name and presets']);
    expect(problems('{"name":"x","presets":[]}')).toEqual(['schemaVersion | Schema version is required (1, 2 or 3)']);
    expect(problems('{"schemaVersion":4,"name":"x","presets":[]}')).toEqual([
      'schemaVersion | Schema version 4 is newer than this version of ClipRelay reads (3); update ClipRelay',
    ]);
    expect(problems('{"schemaVersion":0,"name":"x","presets":[]}')).toEqual(['schemaVersion | Schema version must be 1, 2 or 3']);
  });
});

describe('preset packs: v1 migration', () => {
  const v1 = {
    schemaVersion: 1,
    name: 'Old pack',
    author: 'Prototype',
    locked: true,
    presets: [{ id: 'soft', name: 'Soft', duckDb: -6, fadeDownMs: 250, fadeUpMs: 500, holdMs: 800 }],
  };

  it('loads an old pack as the current version: seconds, depthDb, per-preset lock', () => {
    const pack = parsePresetPack(JSON.stringify(v1));
    expect(pack.schemaVersion).toBe(3);
    expect(pack.version).toBe(1);
    expect(pack.author).toBe('Prototype');
    expect(pack.presets).toEqual([
      {
        id: 'soft',
        name: 'Soft',
        depthDb: -6,
        attackSeconds: 0.25,
        releaseSeconds: 0.5,
        holdSeconds: 0.8,
        fadeShape: 'linear',
        locked: true,
        detection: DEFAULT_SPEECH_DETECTION,
      },
    ]);
  });

  it('reports a broken v1 pack in v1 terms, and exports it as the current version', () => {
    expect(problems(JSON.stringify({ ...v1, presets: [{ ...v1.presets[0], duckDb: -40, fadeUpMs: 5 }] }))).toEqual([
      "presets[0].duckDb | Preset 'Soft' → duck depth: must be between −24 and −1 dB",
      "presets[0].fadeUpMs | Preset 'Soft' → fade up: must be between 20 and 5,000 ms",
    ]);
    expect(JSON.parse(exportPresetPack(parsePresetPack(JSON.stringify(v1)))).schemaVersion).toBe(3);
  });
});

describe('preset packs: export', () => {
  it('writes stable, pretty JSON that reads back to the same pack', () => {
    const pack = parsePresetPack(JSON.stringify(agencyPack));
    const text = exportPresetPack(pack);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "presets": [\n    {\n      "id": "standard",');
    expect(parsePresetPack(text)).toEqual(pack);
    expect(exportPresetPack(parsePresetPack(text))).toBe(text);
  });

  it('orders keys by the schema, not by how the object was built, and writes every detection setting', () => {
    const shuffled = {
      presets: agencyPack.presets.map((preset) => Object.fromEntries(Object.entries(preset).reverse())),
      description: agencyPack.description,
      name: agencyPack.name,
      schemaVersion: 3 as const,
      organisation: agencyPack.organisation,
      author: agencyPack.author,
    } as PresetPackInput;
    const text = exportPresetPack(shuffled);
    expect(text).toBe(exportPresetPack(agencyPack));
    expect(Object.keys(JSON.parse(text))).toEqual([
      'schemaVersion',
      'name',
      'version',
      'updateRequired',
      'author',
      'organisation',
      'description',
      'presets',
    ]);
    const preset = JSON.parse(text).presets[1];
    expect(Object.keys(preset)).toEqual([
      'id',
      'name',
      'depthDb',
      'attackSeconds',
      'releaseSeconds',
      'holdSeconds',
      'fadeShape',
      'detection',
      'targetGapDb',
      'minDepthDb',
      'maxDepthDb',
      'locked',
    ]);
    expect(Object.keys(preset.detection)).toEqual(Object.keys(DEFAULT_SPEECH_DETECTION));
  });

  it('refuses to export an invalid pack, naming the field in the words the import uses', () => {
    let refusal: unknown;
    try {
      exportPresetPack({ ...agencyPack, name: '' });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(PresetPackError);
    expect((refusal as PresetPackError).issues.map((issue) => issue.path)).toEqual(['name']);
    expect((refusal as PresetPackError).message).toMatch(/^Cannot use the pack to export\. /);
  });
});

describe('built-in pack', () => {
  it('ships Light −6, Standard −9, Strong −12 dB with broadcast ramps, unlocked', () => {
    expect(
      BUILTIN_PRESET_PACK.presets.map((preset) => [
        preset.id,
        preset.depthDb,
        preset.attackSeconds,
        preset.releaseSeconds,
        preset.holdSeconds,
        preset.locked,
      ]),
    ).toEqual([
      ['light', -6, 0.3, 0.6, 1, false],
      ['standard', -9, 0.3, 0.6, 1, false],
      ['strong', -12, 0.25, 0.6, 1, false],
    ]);
  });
});

describe('locked presets', () => {
  const agency = parsePresetPack(JSON.stringify(agencyPack));
  const user: PackPreset[] = [
    { ...agency.presets[0]!, name: 'My standard', depthDb: -4, locked: false },
    { ...agency.presets[1]!, name: 'My accessible', locked: false },
    { ...BUILTIN_PRESET_PACK.presets[0]!, id: 'mine', name: 'Mine', locked: false },
  ];

  it('lets later layers override earlier ones, except where an earlier layer locked the preset', () => {
    const merged = mergePresetLayers([
      { source: 'ClipRelay built-ins', presets: BUILTIN_PRESET_PACK.presets },
      { source: 'Acme house mix', presets: agency.presets },
      { source: 'your presets', presets: user },
    ]);
    expect(merged.presets.map((entry) => [entry.preset.id, entry.preset.name, entry.source])).toEqual([
      ['light', 'Light (−6 dB)', 'ClipRelay built-ins'],
      ['standard', 'Acme standard', 'Acme house mix'],
      ['strong', 'Strong (−12 dB)', 'ClipRelay built-ins'],
      ['wcag', 'My accessible', 'your presets'],
      ['mine', 'Mine', 'your presets'],
    ]);
    expect(merged.refused).toEqual([{ id: 'standard', source: 'your presets', lockedBy: 'Acme house mix' }]);
  });
});
