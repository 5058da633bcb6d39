import { describe, expect, it } from 'vitest';
import { PremiereHost } from '../../../src/hosts/premiere/premiere-host';
import { GainReadBackError } from '../../../src/hosts/premiere/premiere-gain-verify';
import { findTrackItemOf } from '../../../src/hosts/premiere/premiere-track-items';
import type { GainPoint } from '../../../src/hosts/spec';
import { PREMIERE_PROFILES, createFakePremiere, type FakePremiereOptions, type PremiereProfileId } from '../../support/fake-premierepro';
import type { HostScenario } from '../../support/host-scenario';
import { audioItem, levelOf, scenario, ticks } from './premiere-fixtures';

/** What real installs do that the first fake did not (issue 9; research Evidence 2026-12-06). */

function hostOn(options: FakePremiereOptions, seeded: HostScenario = scenario) {
  const fake = createFakePremiere(seeded, options);
  return { fake, host: new PremiereHost(fake.ppro, { delay: async () => undefined }) };
}

const interviewId = `audio:0:${ticks(0)}`;
const duck = (gainDb: number): GainPoint[] => [
  { timeSeconds: 2, gainDb: 0 },
  { timeSeconds: 2.4, gainDb },
  { timeSeconds: 6, gainDb },
  { timeSeconds: 6.8, gainDb: 0 },
];

describe('PremiereHost across Premiere versions', () => {
  it.each(Object.keys(PREMIERE_PROFILES) as PremiereProfileId[])(
    'reads the frame rate on %s, where getVideoFrameRate may not exist',
    async (profile) => {
      const { host } = hostOn({ profile }, { ...scenario, frameRate: 23.976 });
      const sequence = await host.readActiveSequence();
      // 254016000000 / 10594584000 ticks per frame, exactly (Adobe's sample), on every version.
      expect(sequence.frameRate).toBeCloseTo(24000 / 1001, 4);
    },
  );

  it('places and ducks at tick-exact NTSC frames on 25.6 (timebase), as on 26.5 (getVideoFrameRate)', async () => {
    const results = [];
    for (const profile of ['25.6', '26.5'] as const) {
      const { fake, host } = hostOn({ profile }, { ...scenario, frameRate: 29.97 });
      const media = await host.importMedia('/gen/kling-001.mp4', ['ClipRelay']);
      const placed = await host.placeClip({ media, atSeconds: 30.01, videoTrackIndex: 2, audioTrackIndex: 3, undoLabel: 'Place' });
      results.push({ start: fake.snapshot().audioTracks[3]!.items[0]!.startTicks, id: placed.audioClipId });
    }
    expect(results[0]).toEqual(results[1]);
    expect(results[0]!.start % 8475667200).toBe(0);
  });

  it('reads media length through getDuration() on 26.5 and never touches the deprecated Media.duration', async () => {
    const { fake, host } = hostOn({ profile: '26.5' });
    const media = await host.importMedia('/gen/kling-001.mp4', ['ClipRelay']);
    await host.placeClip({ media, atSeconds: 30, videoTrackIndex: 2, audioTrackIndex: 2, undoLabel: 'Place' });
    expect(fake.deprecatedReads).toEqual([]);
  });
});

describe('PremiereHost on real sequences', () => {
  it('reads a sequence holding titles, graphics, adjustment layers, nested sequences, merged and offline clips, saying which cannot be analysed', async () => {
    const { host } = hostOn({
      syntheticClips: [
        { kind: 'title', trackKind: 'video', trackIndex: 0, name: 'Lower third', startSeconds: 10, endSeconds: 12 },
        { kind: 'adjustment-layer', trackKind: 'video', trackIndex: 1, name: 'Grade', startSeconds: 7, endSeconds: 20 },
        { kind: 'graphic', trackKind: 'video', trackIndex: 1, name: 'Logo', startSeconds: 20, endSeconds: 22 },
        { kind: 'nested-sequence', trackKind: 'audio', trackIndex: 0, name: 'VO nest', startSeconds: 10, endSeconds: 14 },
        { kind: 'merged-clip', trackKind: 'audio', trackIndex: 0, name: 'Merged boom', startSeconds: 14, endSeconds: 16 },
        { kind: 'offline', trackKind: 'audio', trackIndex: 0, name: 'Lost VO', startSeconds: 16, endSeconds: 18 },
      ],
    });
    const sequence = await host.readActiveSequence();
    const byName = new Map(
      [...sequence.videoTracks, ...sequence.audioTracks].flatMap((track) => track.clips).map((clip) => [clip.name, clip]),
    );
    expect(byName.get('Lower third')).toMatchObject({
      mediaPath: null,
      projectItemId: null,
      notAnalysable: 'a title or graphic, with no media file',
    });
    expect(byName.get('Grade')).toMatchObject({ mediaPath: null, notAnalysable: 'an adjustment layer' });
    expect(byName.get('VO nest')?.notAnalysable).toMatch(/nested sequence/);
    expect(byName.get('Merged boom')?.notAnalysable).toMatch(/merged clip/);
    expect(byName.get('Lost VO')).toMatchObject({
      mediaPath: '/media/offline/Lost VO.wav',
      notAnalysable: expect.stringMatching(/offline/) as unknown,
    });
    expect(byName.get('Interview A')).toMatchObject({ mediaPath: '/media/interview-a.mov' });
    expect(byName.get('Interview A')?.notAnalysable).toBeUndefined();
  });

  it('finds a clip Premiere snapped to a frame within half a frame, never a clip a frame away', async () => {
    const { fake } = hostOn(
      {},
      {
        ...scenario,
        audioTracks: [
          { name: 'A1', clips: [{ name: 'Off-frame', mediaPath: '/media/interview-a.mov', startSeconds: 1.013, endSeconds: 3 }] },
        ],
      },
    );
    const sequence = await fake.project.getActiveSequence();
    // eslint-disable-next-line @typescript-eslint/await-thenable -- typed synchronous; awaited as the host code does
    const [item] = await (await sequence.getAudioTrack(0)).getTrackItems(fake.ppro.Constants.TrackItemType.CLIP, false);
    const itemId = (await item!.getProjectItem()).getId();
    const halfFrame = ticks(0.04) / 2;
    const found = await findTrackItemOf(fake.ppro, sequence, 'audio', itemId, String(ticks(1.0)), 0, halfFrame);
    expect(found?.startTicks).toBe(String(ticks(1.013)));
    expect(await findTrackItemOf(fake.ppro, sequence, 'audio', itemId, String(ticks(1.03)), 0, halfFrame)).toMatchObject({ trackIndex: 0 });
    expect(await findTrackItemOf(fake.ppro, sequence, 'audio', itemId, String(ticks(0.99)), 0, halfFrame)).toBeNull();
  });

  it('reads levels whether getValueAtTime answers a number or { value }', async () => {
    for (const valueShape of ['number', 'object'] as const) {
      const { host } = hostOn({ valueShape });
      await host.writeGainEnvelopes([{ clipId: interviewId, points: duck(-9) }], 'Duck');
      const automation = await host.readVolumeAutomation(interviewId);
      expect(automation.keyframes.map((key) => Math.round(key.levelDb))).toEqual([0, -9, -9, 0]);
    }
  });

  it('creates new tracks with an insert that moves nothing, and swaps in a new track where an insert would push a clip', async () => {
    const { fake, host } = hostOn({});
    const media = await host.importMedia('/gen/kling-001.mp4', ['ClipRelay']);
    const before = fake.snapshot();
    // V1 holds "Interview A" 0–10 s: an insert there at 8 s would split it, so the video goes to a new V3 too.
    const placed = await host.placeClip({ media, atSeconds: 11, videoTrackIndex: 0, audioTrackIndex: 3, undoLabel: 'Place' });
    const after = fake.snapshot();
    expect(fake.transactions.at(-1)!.methods).toEqual(['createInsertProjectItemAction']);
    expect(placed.videoClipId).toMatch(/^video:0:/);
    expect(placed.audioClipId).toMatch(/^audio:3:/);
    expect(after.videoTracks[0]!.items.map((item) => [item.name, item.startTicks])).toEqual([
      ...before.videoTracks[0]!.items.map((item) => [item.name, item.startTicks]),
      ['kling-001.mp4', ticks(11)],
    ]);
    expect(after.audioTracks.slice(0, 3)).toEqual(before.audioTracks);

    const other = await host.importMedia('/gen/kling-002.mp4', ['ClipRelay']);
    const second = await host.placeClip({ media: other, atSeconds: 5, videoTrackIndex: 2, audioTrackIndex: 2, undoLabel: 'Place' });
    // A3 "Room tone" is free over 5–9 s but holds Room at 12 s: an insert would push it, so a new A5 is made.
    expect(second.videoClipId).toMatch(/^video:2:/);
    expect(second.audioClipId).toMatch(/^audio:4:/);
    expect(fake.snapshot().audioTracks[2]).toEqual(after.audioTracks[2]);
  });
});

describe('PremiereHost writes keyframes the way real Premiere keeps them', () => {
  it('removes the key Premiere adds at media 0, which lies before a head-trimmed clip', async () => {
    const { fake, host } = hostOn({ profile: '26.3' });
    const media = await host.importMedia('/gen/kling-001.mp4', ['ClipRelay']);
    const placed = await host.placeClip({ media, atSeconds: 30, videoTrackIndex: 2, audioTrackIndex: 3, undoLabel: 'Place' });
    await host.writeGainEnvelopes(
      [
        {
          clipId: placed.audioClipId!,
          points: [
            { timeSeconds: 31, gainDb: 0 },
            { timeSeconds: 32, gainDb: -6 },
          ],
        },
      ],
      'Duck',
    );
    expect(levelOf(audioItem(fake.snapshot(), 3)).keyframes.map((key) => key.ticks)).toEqual([ticks(1), ticks(2)]);
  });

  it("sets the media-0 key instead of adding one there when the duck starts on the clip's first frame", async () => {
    const { fake, host } = hostOn({});
    await host.writeGainEnvelopes(
      [
        {
          clipId: interviewId,
          points: [
            { timeSeconds: 0, gainDb: -6 },
            { timeSeconds: 1, gainDb: 0 },
          ],
        },
      ],
      'Duck',
    );
    const keys = levelOf(audioItem(fake.snapshot(), 0)).keyframes;
    expect(keys.map((key) => key.ticks)).toEqual([0, ticks(1)]);
    expect(20 * Math.log10(keys[0]!.value / keys[1]!.value)).toBeCloseTo(-6, 6);
  });

  it('chains every preset depth over the same range with no stray keyframe and one undo step each', async () => {
    const { fake, host } = hostOn({});
    const depths = [-6, -9, -12, -9, -6, -12, -6];
    for (const [index, depth] of depths.entries()) {
      await host.writeGainEnvelopes([{ clipId: interviewId, points: duck(depth) }], `Duck ${index}`);
      const automation = await host.readVolumeAutomation(interviewId);
      expect(automation.keyframes.map((key) => [Math.round(key.timeSeconds * 100) / 100, Math.round(key.levelDb * 100) / 100])).toEqual([
        [2, 0],
        [2.4, depth],
        [6, depth],
        [6.8, 0],
      ]);
    }
    expect(fake.undoLabels).toHaveLength(depths.length);
  });

  it('says so, with how to undo, when Premiere ignores a value change on a keyed param (the unverified side)', async () => {
    const { fake, host } = hostOn({ keyedSetValue: 'ignored' });
    await host.writeGainEnvelopes([{ clipId: interviewId, points: duck(-6) }], 'Duck');
    const write = host.writeGainEnvelopes([{ clipId: interviewId, points: duck(-12) }], 'Duck again');
    await expect(write).rejects.toBeInstanceOf(GainReadBackError);
    await expect(write).rejects.toThrow(/-6\.00 dB instead of -12\.00 dB.*Edit › Undo "Duck again"/);
    expect(fake.undoLabels).toEqual(['Duck', 'Duck again']);
  });

  it('refuses a speed-changed or reversed clip until the keyframe mapping is settled, and ducks it once it is', async () => {
    const scoreId = `audio:1:${ticks(2)}`;
    const points = [
      { timeSeconds: 4, gainDb: 0 },
      { timeSeconds: 5, gainDb: -9 },
    ];
    const { fake, host } = hostOn({});
    await expect(host.writeGainEnvelopes([{ clipId: scoreId, points }], 'Duck')).rejects.toThrow(/retimed \(its speed is 200 %\)/);
    expect(fake.undoLabels).toEqual([]);
    expect(host.capabilities.ducksRetimedClips).toBe(false);

    const settled = new PremiereHost(fake.ppro, { delay: async () => undefined, retimedKeyframesSettled: true });
    await settled.writeGainEnvelopes([{ clipId: scoreId, points }], 'Duck');
    expect(levelOf(audioItem(fake.snapshot(), 1)).keyframes.map((key) => key.ticks)).toEqual([ticks(4 + 2 * 2), ticks(4 + 3 * 2)]);
  });
});
