import { describe, expect, it } from 'vitest';
import { BUILTIN_DUCK_PRESETS, duckPresetSchema, type DuckPreset } from '../../src/domain/ducking';
import { PremiereHost } from '../../src/hosts/premiere/premiere-host';
import { createSandboxState, DEMO_SEQUENCE, SandboxHost } from '../../src/hosts/sandbox';
import type { NleHost } from '../../src/hosts/spec';
import { applyDucking } from '../../src/workflows/apply-ducking';
import type { TrackRole, TrackRoleChoices } from '../../src/domain/tracks/track-role';
import { createFakePremiere } from '../support/fake-premierepro';
import type { HostScenario } from '../support/host-scenario';

/**
 * Issue 13: "Standard then Strong → 5 keyframes, reported as 4". Re-applying any preset must leave exactly
 * what applying it alone leaves — none of the previous preset's keyframes behind — and report what it wrote.
 * Every ordered pair of the built-in presets plus two custom ones whose ramps differ (so keyframe times and
 * counts change between applications), on the sandbox and on the Premiere fake.
 */
const CUSTOM: DuckPreset[] = [
  { id: 'slow', name: 'Slow ramps (−10 dB)', depthDb: -10, attackSeconds: 0.8, releaseSeconds: 1.5, holdSeconds: 0.2 },
  { id: 'tight', name: 'Tight (−7 dB)', depthDb: -7, attackSeconds: 0.1, releaseSeconds: 0.2, holdSeconds: 3 },
].map((preset) => duckPresetSchema.parse(preset));
const PRESETS = [...BUILTIN_DUCK_PRESETS, ...CUSTOM];
const PAIRS = PRESETS.flatMap((first) => PRESETS.map((second) => [first, second] as const));

/** The demo sequence with an 8 s generated clip under the whole voice-over, on the music track. */
const SCENARIO: HostScenario = {
  ...DEMO_SEQUENCE,
  audioTracks: [
    DEMO_SEQUENCE.audioTracks[0]!,
    { name: 'Music', clips: [{ name: 'Generated rain.mp4', mediaPath: '/gen/rain.mp4', startSeconds: 0, endSeconds: 14 }] },
  ],
  media: {
    '/demo/title-card.mov': { durationSeconds: 3, hasVideo: true, hasAudio: false },
    '/demo/vo-line-1.wav': { durationSeconds: 1.5, hasVideo: false, hasAudio: true },
    '/demo/vo-line-2.wav': { durationSeconds: 1.6, hasVideo: false, hasAudio: true },
    '/demo/vo-line-3.wav': { durationSeconds: 2.8, hasVideo: false, hasAudio: true },
    '/gen/rain.mp4': { durationSeconds: 14, hasVideo: true, hasAudio: true },
  },
};

/** Ducking never probes media; placing does, and these tests place nothing. */
const NO_PROBE = { probeMedia: () => Promise.reject(new Error('not used by ducking')) };

const HOSTS: [name: string, create: () => NleHost][] = [
  ['sandbox', () => new SandboxHost(createSandboxState(SCENARIO), NO_PROBE)],
  ['Premiere (fake)', () => new PremiereHost(createFakePremiere(SCENARIO).ppro, { delay: async () => undefined })],
];

async function duck(host: NleHost, preset: DuckPreset) {
  const result = await applyDucking({ host, voiceTrackIndices: [0], preset });
  const clipId = result.envelopes[0]!.clipId;
  return { result, clipId, automation: await host.readVolumeAutomation(clipId) };
}

const rounded = (automation: Awaited<ReturnType<NleHost['readVolumeAutomation']>>) => ({
  staticLevelDb: Math.round(automation.staticLevelDb * 100) / 100,
  keyframes: automation.keyframes.map((key) => [Math.round(key.timeSeconds * 1000) / 1000, Math.round(key.levelDb * 100) / 100]),
});

describe.each(HOSTS)('re-applying a preset on %s replaces exactly the previous one', (_name, createHost) => {
  it.each(PAIRS.map(([first, second]) => [first.id, second.id, first, second] as const))(
    '%s then %s leaves what the second alone leaves',
    async (_first, _second, first, second) => {
      const chained = createHost();
      await duck(chained, first);
      const { result, automation } = await duck(chained, second);

      const alone = await duck(createHost(), second);
      expect(rounded(automation)).toEqual(rounded(alone.automation));
      // What the panel reports is what is on the clip.
      expect(result.envelopes[0]!.points).toHaveLength(automation.keyframes.length);
    },
  );
});

describe('ducking targets by track role', () => {
  const withTracks = (names: string[]): HostScenario => ({
    ...SCENARIO,
    audioTracks: [
      DEMO_SEQUENCE.audioTracks[0]!,
      ...names.map((name) => ({ name, clips: [{ name: `${name} clip`, mediaPath: '/gen/rain.mp4', startSeconds: 0, endSeconds: 14 }] })),
    ],
  });
  const duckedTrackNames = async (scenario: HostScenario, extra: { duckRoles?: TrackRole[]; trackRoles?: TrackRoleChoices } = {}) => {
    const host = new SandboxHost(createSandboxState(scenario), NO_PROBE);
    const result = await applyDucking({ host, voiceTrackIndices: [0], preset: BUILTIN_DUCK_PRESETS[1]!, ...extra });
    const sequence = await host.readActiveSequence();
    return result.envelopes.map(
      (envelope) => sequence.audioTracks.find((track) => track.clips.some((clip) => clip.id === envelope.clipId))!.name,
    );
  };

  it('never writes to a second dialogue track the editor did not pick as the voice', async () => {
    expect(await duckedTrackNames(withTracks(['Music', 'Dialogue 2', 'SFX']))).toEqual(['Music', 'SFX']);
  });

  it('ducks only the roles asked for, with the editor’s role choices over names', async () => {
    const scenario = withTracks(['Music', 'SFX', 'Audio 4']);
    expect(await duckedTrackNames(scenario, { duckRoles: ['music', 'generated'] })).toEqual(['Music']);
    expect(await duckedTrackNames(scenario, { duckRoles: ['music', 'generated'], trackRoles: { 3: 'generated' } })).toEqual([
      'Music',
      'Audio 4',
    ]);
  });
});
