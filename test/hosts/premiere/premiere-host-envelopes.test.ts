import { describe, expect, it } from 'vitest';
import { dbToPremiereLevel, premiereLevelToDb } from '../../../src/hosts/premiere/premiere-level';
import { HostOperationError, type GainPoint } from '../../../src/hosts/spec';
import { audioItem, editorAddsKeyframes, levelOf, premiereOnFake, ticks } from './premiere-fixtures';

/** A1 "Interview A": 0–10 s, untrimmed. A2 "Score": 2–20 s, head-trimmed to media 4 s, 2× speed. */
const interviewId = `audio:0:${ticks(0)}`;
const scoreId = `audio:1:${ticks(2)}`;
/** The Score plays at 2×: these tests run as on an install where Diagnostics settled retimed keyframes. */
const SETTLED = { retimedKeyframesSettled: true } as const;

/** Duck from `holdFromSeconds` to 6 s with ramps from 4 s and to 6.4 s; 4.013 s snaps to the 4.0 s frame at 25 fps. */
const duck = (gainDb = -9, holdFromSeconds = 4.2): GainPoint[] => [
  { timeSeconds: 4.013, gainDb: 0 },
  { timeSeconds: holdFromSeconds, gainDb },
  { timeSeconds: 6, gainDb },
  { timeSeconds: 6.4, gainDb: 0 },
];

const dbOf = (value: number) => Math.round(premiereLevelToDb(value) * 1000) / 1000;

async function withEditorKeyframes() {
  const setup = premiereOnFake(SETTLED);
  // The editor already pulled the interview down to −6 dB with two keyframes of their own.
  await editorAddsKeyframes(setup.fake, 0, [
    { mediaSeconds: 1, levelDb: -6 },
    { mediaSeconds: 9, levelDb: -6 },
  ]);
  return setup;
}

describe('PremiereHost volume automation', () => {
  it('reads an untouched clip as a static 0 dB', async () => {
    const { host } = premiereOnFake(SETTLED);
    const automation = await host.readVolumeAutomation(scoreId);
    expect(automation.staticLevelDb).toBeCloseTo(0, 6);
    expect(automation.keyframes).toEqual([]);
  });

  it('writes two clips in ONE undo entry, relative to each current level, at frame-aligned media-time positions', async () => {
    const { fake, host } = await withEditorKeyframes();
    await host.writeGainEnvelopes(
      [
        { clipId: interviewId, points: duck() },
        { clipId: scoreId, points: duck() },
      ],
      'Duck under voice-over',
    );
    expect(fake.undoLabels).toEqual(['Editor keyframes', 'Duck under voice-over']);

    const state = fake.snapshot();
    // Score: media = 4 + (sequence − 2) × 2, so 4.0/4.2/6.0/6.4 s land at media 8/8.4/12/12.8 s.
    const score = levelOf(audioItem(state, 1));
    expect(score.keyframes.map((key) => key.ticks)).toEqual([ticks(8), ticks(8.4), ticks(12), ticks(12.8)]);
    expect(score.keyframes.map((key) => key.value)).toEqual([0, -9, -9, 0].map(dbToPremiereLevel));
    expect(score.keyframes[1]?.value).toBeCloseTo(0.06309573, 8);
    // Interview: current level −6 dB, so the duck is at −15 dB; the editor's keyframes at 1 s and 9 s stay.
    const interview = levelOf(audioItem(state, 0));
    expect(interview.keyframes.map((key) => key.ticks)).toEqual([ticks(1), ticks(4), ticks(4.2), ticks(6), ticks(6.4), ticks(9)]);
    expect(interview.keyframes.map((key) => dbOf(key.value))).toEqual([-6, -6, -15, -15, -6, -6]);

    const read = await host.readVolumeAutomation(scoreId);
    expect(read.keyframes.map((key) => [Math.round(key.timeSeconds * 1000) / 1000, Math.round(key.levelDb * 1000) / 1000])).toEqual([
      [4, 0],
      [4.2, -9],
      [6, -9],
      [6.4, 0],
    ]);
  });

  it('re-applying replaces only its own range and keeps the editor keyframes around it', async () => {
    const { fake, host } = await withEditorKeyframes();
    await host.writeGainEnvelopes([{ clipId: interviewId, points: duck(-9) }], 'Duck');
    // A later voice start moves the hold to 4.4 s: the 4.2 s keyframe of the first pass must go.
    await host.writeGainEnvelopes([{ clipId: interviewId, points: duck(-12, 4.4) }], 'Duck deeper');
    const interview = levelOf(audioItem(fake.snapshot(), 0));
    expect(interview.keyframes.map((key) => key.ticks)).toEqual([ticks(1), ticks(4), ticks(4.4), ticks(6), ticks(6.4), ticks(9)]);
    expect(interview.keyframes.map((key) => dbOf(key.value))).toEqual([-6, -6, -18, -18, -6, -6]);
    expect(fake.undoLabels).toEqual(['Editor keyframes', 'Duck', 'Duck deeper']);
  });

  it('is undone exactly in one step', async () => {
    const { fake, host } = await withEditorKeyframes();
    const before = fake.snapshot();
    await host.writeGainEnvelopes(
      [
        { clipId: interviewId, points: duck() },
        { clipId: scoreId, points: duck() },
      ],
      'Duck',
    );
    expect(fake.snapshot()).not.toEqual(before);
    fake.undo();
    expect(fake.snapshot()).toEqual(before);
  });

  it.each([
    ['a clip that is gone', `audio:0:${ticks(99)}`],
    ['a video clip', `video:0:${ticks(0)}`],
    ['a track that does not exist', `audio:9:${ticks(0)}`],
    ['an id from another host', 'sandbox-7'],
  ])('leaves the timeline untouched when one envelope names %s', async (_, badId) => {
    const { fake, host } = await withEditorKeyframes();
    const before = fake.snapshot();
    const write = host.writeGainEnvelopes(
      [
        { clipId: scoreId, points: duck() },
        { clipId: badId, points: duck() },
      ],
      'Duck',
    );
    await expect(write).rejects.toBeInstanceOf(HostOperationError);
    await expect(write).rejects.toThrow(/not on the timeline any more/);
    expect(fake.snapshot()).toEqual(before);
    expect(fake.undoLabels).toEqual(['Editor keyframes']);
  });

  it('refuses to read the volume of a clip it cannot find', async () => {
    const { host } = premiereOnFake(SETTLED);
    await expect(host.readVolumeAutomation(`video:0:${ticks(0)}`)).rejects.toBeInstanceOf(HostOperationError);
  });
});

describe("PremiereHost's record of its own keyframes", () => {
  it("lives in the project metadata of the clip's item, written in the same transaction as the keyframes", async () => {
    const { fake, host } = premiereOnFake(SETTLED);
    await host.writeGainEnvelopes([{ clipId: scoreId, points: duck() }], 'Duck');
    const last = fake.transactions.at(-1)!;
    expect(last.label).toBe('Duck');
    // Time-varying first, then the key Premiere adds at media 0 removed (the Score is head-trimmed to
    // media 4 s, so it would lie before the clip), then the keyframes, then the record: one undo step.
    expect(last.methods).toEqual([
      'createSetTimeVaryingAction',
      'createRemoveKeyframeAction',
      'createAddKeyframeAction',
      'createAddKeyframeAction',
      'createAddKeyframeAction',
      'createAddKeyframeAction',
      'createSetProjectMetadataAction',
    ]);
    expect(fake.metadataSchema).toContain('ClipRelayKeyframes');
    const scoreItem = fake.snapshot().items.find((item) => item.kind === 'clip' && item.mediaPath === '/media/score.wav')!;
    const record = JSON.parse(scoreItem.metadata.ClipRelayKeyframes ?? '{}') as { k: number[][] };
    expect(record.k.map(([recordedTicks]) => recordedTicks)).toEqual([ticks(8), ticks(8.4), ticks(12), ticks(12.8)]);

    fake.undo();
    const undone = fake.snapshot().items.find((item) => item.id === scoreItem.id)!;
    expect(undone.metadata.ClipRelayKeyframes).toBeUndefined();
    expect(levelOf(audioItem(fake.snapshot(), 1)).keyframes).toEqual([]);
  });

  it('does not switch time-varying on again for a clip that is already animated', async () => {
    const { fake, host } = await withEditorKeyframes();
    await host.writeGainEnvelopes([{ clipId: interviewId, points: duck() }], 'Duck');
    expect(fake.transactions.at(-1)!.methods).not.toContain('createSetTimeVaryingAction');
  });

  it('marks its own keyframes when reading, and removes exactly them on re-apply', async () => {
    const { fake, host } = await withEditorKeyframes();
    await host.writeGainEnvelopes([{ clipId: interviewId, points: duck(-9) }], 'Duck');
    const read = await host.readVolumeAutomation(interviewId);
    expect(read.keyframes.map((key) => key.writtenByClipRelay)).toEqual([false, true, true, true, true, false]);
    await host.writeGainEnvelopes([{ clipId: interviewId, points: duck(-12) }], 'Duck again');
    // Same ticks: a remove and an add there would cancel each other on real Premiere, and an add alone
    // would be ignored, so each of ClipRelay's four keys gets its value set instead.
    const methods = fake.transactions.at(-1)!.methods;
    expect(methods.filter((method) => method === 'createSetValueAction')).toHaveLength(4);
    expect(methods.filter((method) => method === 'createRemoveKeyframeAction' || method === 'createAddKeyframeAction')).toEqual([]);
    const again = await host.readVolumeAutomation(interviewId);
    expect(again.keyframes.map((key) => key.writtenByClipRelay)).toEqual([false, true, true, true, true, false]);
    expect(Math.min(...again.keyframes.map((key) => key.levelDb))).toBeLessThan(
      Math.min(...read.keyframes.map((key) => key.levelDb)) - 2.9,
    );
  });

  it('keeps one record per project item when several clips of one file are ducked together', async () => {
    const { fake, host } = premiereOnFake(SETTLED);
    const media = await host.importMedia('/gen/kling-001.mp4', ['ClipRelay', 'Kling']);
    const first = await host.placeClip({ media, atSeconds: 30, videoTrackIndex: 2, audioTrackIndex: 3, undoLabel: 'Place' });
    const second = await host.placeClip({ media, atSeconds: 40, videoTrackIndex: 2, audioTrackIndex: 3, undoLabel: 'Place' });
    const at = (start: number): GainPoint[] => [
      { timeSeconds: start + 1, gainDb: 0 },
      { timeSeconds: start + 2, gainDb: -9 },
    ];
    await host.writeGainEnvelopes(
      [
        { clipId: first.audioClipId!, points: at(30) },
        { clipId: second.audioClipId!, points: at(40) },
      ],
      'Duck both',
    );
    const methods = fake.transactions.at(-1)!.methods;
    expect(methods.filter((method) => method === 'createSetProjectMetadataAction')).toHaveLength(1);
    const item = fake.snapshot().items.find((candidate) => candidate.id === media.itemId)!;
    // Both clips start at media 0, so their keyframes sit at the same media times: 1 s and 2 s.
    expect((JSON.parse(item.metadata.ClipRelayKeyframes!) as { k: unknown[] }).k).toHaveLength(2);
    for (const clipId of [first.audioClipId!, second.audioClipId!]) {
      expect((await host.readVolumeAutomation(clipId)).keyframes.every((key) => key.writtenByClipRelay)).toBe(true);
    }
  });
});
