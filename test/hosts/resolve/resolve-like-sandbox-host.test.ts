import { describe, expect, it } from 'vitest';
import { createSandboxState, ResolveLikeSandboxHost } from '../../../src/hosts/sandbox';
import type { HostScenario } from '../../support/host-scenario';
import { CONTRACT_SCENARIO, describeNleHostContract } from '../nle-host-contract';

function resolveLikeSandbox(scenario: HostScenario) {
  return new ResolveLikeSandboxHost(createSandboxState(scenario), {
    probeMedia: async (path) => {
      const media = scenario.media[path];
      if (media == null) throw new Error(`no file at ${path}`);
      return media;
    },
  });
}

describeNleHostContract('The sandbox with Resolve rules', async (scenario) => {
  const host = resolveLikeSandbox(scenario);
  return {
    host,
    undo: () => void host.undo(),
    undoCount: () => host.undoLabels.length,
    editorAddsKeyframe: async (clipId, timeSeconds, levelDb) => host.addEditorKeyframe(clipId, timeSeconds, levelDb),
  };
});

describe('the sandbox with Resolve rules', () => {
  it('says it writes steps, refuses overwrite, and lays a ramp as held steps of at most 1.5 dB', async () => {
    const host = resolveLikeSandbox(CONTRACT_SCENARIO);
    expect(host.capabilities).toMatchObject({ writesGainKeyframes: false, writesGainSteps: true, overwritesOccupiedSpans: false });
    const bed = (await host.readActiveSequence()).audioTracks[1]!.clips[0]!;
    await host.writeGainEnvelopes(
      [
        {
          clipId: bed.id,
          points: [
            { timeSeconds: 4, gainDb: 0 },
            { timeSeconds: 5, gainDb: -9 },
          ],
        },
      ],
      'Duck',
    );
    const levels = (await host.readVolumeAutomation(bed.id)).keyframes.map((kf) => Math.round(kf.levelDb * 100) / 100);
    expect(levels.length).toBeGreaterThan(3);
    levels.forEach((level, index) => index > 0 && expect(Math.abs(level - levels[index - 1]!)).toBeLessThanOrEqual(1.5 + 1e-9));
    expect(levels.at(-1)).toBe(-9);
  });
});
