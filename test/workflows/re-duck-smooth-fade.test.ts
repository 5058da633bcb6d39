import { describe, expect, it } from 'vitest';
import { BUILTIN_DUCK_PRESETS, type DuckPreset } from '../../src/domain/ducking';
import { PremiereHost } from '../../src/hosts/premiere/premiere-host';
import { createSandboxState, DEMO_SEQUENCE, SandboxHost } from '../../src/hosts/sandbox';
import type { NleHost } from '../../src/hosts/spec';
import { applyDucking } from '../../src/workflows/apply-ducking';
import { createFakePremiere } from '../support/fake-premierepro';
import type { HostScenario } from '../support/host-scenario';

/**
 * Smooth fades write three more keyframes per fade, none at the clip's own level: re-applying with
 * another shape must still replace exactly ClipRelay's previous keyframes, on both hosts.
 */
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
const NO_PROBE = { probeMedia: () => Promise.reject(new Error('not used by ducking')) };
const HOSTS: [name: string, create: () => NleHost][] = [
  ['sandbox', () => new SandboxHost(createSandboxState(SCENARIO), NO_PROBE)],
  ['Premiere (fake)', () => new PremiereHost(createFakePremiere(SCENARIO).ppro, { delay: async () => undefined })],
];

const preset = (id: string, fadeShape: DuckPreset['fadeShape']): DuckPreset => ({
  ...BUILTIN_DUCK_PRESETS.find((candidate) => candidate.id === id)!,
  fadeShape,
});

async function duckedKeys(host: NleHost, ...presets: DuckPreset[]) {
  let clipId = '';
  for (const each of presets) clipId = (await applyDucking({ host, voiceTrackIndices: [0], preset: each })).envelopes[0]!.clipId;
  const automation = await host.readVolumeAutomation(clipId);
  return automation.keyframes.map((key) => [Math.round(key.timeSeconds * 1000) / 1000, Math.round(key.levelDb * 100) / 100]);
}

describe.each(HOSTS)('smooth fades on %s', (_name, createHost) => {
  it.each([
    { first: preset('standard', 'smooth'), second: preset('strong', 'linear') },
    { first: preset('strong', 'linear'), second: preset('standard', 'smooth') },
    { first: preset('light', 'smooth'), second: preset('strong', 'smooth') },
  ])('$first.id ($first.fadeShape) then $second.id ($second.fadeShape) leaves what the second alone leaves', async ({ first, second }) => {
    const alone = await duckedKeys(createHost(), second);
    // Three voice clips, merged or not, each duck has 4 keys linear or 10 smooth.
    expect(alone.length).toBeGreaterThan(0);
    expect(alone.length % (second.fadeShape === 'smooth' ? 10 : 4)).toBe(0);
    expect(await duckedKeys(createHost(), first, second)).toEqual(alone);
  });
});
