import { describe, expect, it } from 'vitest';
import { duckPresetSchema, type DuckPreset } from '../../src/domain/ducking';
import { builtinPreset } from '../support/builtin-preset';
import { createSandboxState, SandboxHost, type SeedClip } from '../../src/hosts/sandbox';
import { analyzeAudioStream } from '../../src/audio';
import { applyDucking, planDucking, type DuckingProgress } from '../../src/workflows/apply-ducking';
import { MediaAnalysisCache } from '../../src/workflows/media-analysis-cache';
import { chunked, encodeWav, writeAscii } from '../support/encode-test-audio';
import { addBursts, whiteNoise } from '../support/synth-signals';

const RATE = 16_000;
const standard = builtinPreset('standard');
const accessible: DuckPreset = duckPresetSchema.parse({
  ...standard,
  id: 'accessible',
  name: 'Accessible',
  targetGapDb: 20,
  minDepthDb: -3,
  maxDepthDb: -18,
});

/** A 12 s voice-over: lines at 2–3 s and 6–7.5 s of media time, room tone elsewhere. */
const VOICE = encodeWav(
  [
    addBursts(whiteNoise(12 * RATE, -70, 1), RATE, [
      { startSeconds: 2, endSeconds: 3, peakDb: -10 },
      { startSeconds: 6, endSeconds: 7.5, peakDb: -10 },
    ]),
  ],
  RATE,
  { kind: 'int', bits: 16 },
);
/** A steady bed (broadband noise at about −30 LUFS). */
const BED = encodeWav([whiteNoise(30 * RATE, -30, 2)], RATE, { kind: 'int', bits: 16 });
const MP4 = (() => {
  const bytes = new Uint8Array(64);
  writeAscii(bytes, 4, 'ftypisom');
  return bytes;
})();

function hostWith(voiceClips: SeedClip[], bed: Partial<SeedClip> = {}) {
  return new SandboxHost(
    createSandboxState({
      sequenceName: 'Duck',
      frameRate: 25,
      playheadSeconds: 0,
      videoTracks: [],
      audioTracks: [
        { name: 'VO', clips: voiceClips },
        { name: 'Gen', clips: [{ name: 'gen', mediaPath: '/media/bed.wav', startSeconds: 0, endSeconds: 30, ...bed }] },
      ],
    }),
    { probeMedia: async () => ({ durationSeconds: 1, hasVideo: false, hasAudio: true }) },
  );
}

function mediaReader(files: Record<string, Uint8Array>) {
  const reads: string[] = [];
  return {
    reads,
    readMedia: async function* (path: string) {
      reads.push(path);
      const bytes = files[path];
      if (bytes == null) throw new Error(`${path}: no such file`);
      yield* chunked(bytes, [8192]);
    },
  };
}

/** Detected regions land on 10 ms frames around the synthetic lines' edges. */
function expectRanges(actual: readonly { startSeconds: number; endSeconds: number }[], expected: readonly [number, number][]) {
  expect(actual).toHaveLength(expected.length);
  expected.forEach(([start, end], index) => {
    expect(Math.abs(actual[index]!.startSeconds - start)).toBeLessThanOrEqual(0.02);
    expect(Math.abs(actual[index]!.endSeconds - end)).toBeLessThanOrEqual(0.02);
  });
}

describe('applyDucking with voiceSource: speech', () => {
  it('ducks under detected speech mapped through position, in point and speed, in one undo step', async () => {
    const host = hostWith([
      { name: 'take', mediaPath: '/media/vo.wav', startSeconds: 10, endSeconds: 18, inPointSeconds: 1 },
      { name: 'fast', mediaPath: '/media/vo.wav', startSeconds: 20, endSeconds: 23, inPointSeconds: 5, speed: 2 },
    ]);
    const { readMedia, reads } = mediaReader({ '/media/vo.wav': VOICE });
    const result = await applyDucking({ host, voiceTrackIndices: [0], preset: standard, voiceSource: 'speech', readMedia });

    // Media 2–3 and 6–7.5 (padded 0.02/0.03 s) → at 10 s from in point 1 → 11–12, 15–16.5;
    // at 20 s from in point 5, twice as fast → 20.5–21.25; plus the media's second line cut at 23 s.
    expectRanges(result.voiceRegions, [
      [10.98, 12.03],
      [14.98, 16.53],
      [20.49, 21.27],
    ]);
    expect(reads).toEqual(['/media/vo.wav']); // two clips, one read
    expect(host.undoLabels).toEqual(['ClipRelay: duck Standard (−9 dB)']);
    const bed = host.state.audioTracks[1]!.clips[0]!;
    expect(bed.keyframes.map((keyframe) => keyframe.levelDb)).toEqual([0, -9, -9, 0, 0, -9, -9, 0, 0, -9, -9, 0]);
    expect(result.depths).toEqual([{ clipId: bed.id, depthDb: -9, outcome: 'fixed-depth', bedLoudnessLufs: null, gapDb: null }]);
    expect(result.warnings).toEqual([]);
  });

  it('keeps the clip-extent behaviour by default, without reading media', async () => {
    const host = hostWith([{ name: 'take', mediaPath: '/media/vo.wav', startSeconds: 10, endSeconds: 18 }]);
    const { readMedia, reads } = mediaReader({ '/media/vo.wav': VOICE });
    const plan = await planDucking({ host, voiceTrackIndices: [0], preset: standard, readMedia });
    expect(plan.voiceRegions).toEqual([{ startSeconds: 10, endSeconds: 18 }]);
    expect(plan.voiceSource).toBe('clip-extents');
    expect(reads).toEqual([]);
  });

  it('previews without writing, reports progress, and Apply reuses the preview analysis', async () => {
    const host = hostWith([{ name: 'take', mediaPath: '/media/vo.wav', startSeconds: 0, endSeconds: 12 }]);
    const { readMedia, reads } = mediaReader({ '/media/vo.wav': VOICE });
    const analysisCache = new MediaAnalysisCache();
    const progress: DuckingProgress[] = [];
    const preview = await planDucking({
      host,
      voiceTrackIndices: [0],
      preset: standard,
      voiceSource: 'speech',
      readMedia,
      analysisCache,
      onProgress: (p) => progress.push(p),
    });
    expect(host.undoLabels).toEqual([]);
    expect(preview.envelopes).toHaveLength(1);
    expect(progress[0]).toEqual({ phase: 'voice', mediaPath: '/media/vo.wav', mediaIndex: 1, mediaCount: 1, fraction: 0 });
    expect(progress.at(-1)?.fraction).toBe(1);
    const fractions = progress.map((p) => p.fraction ?? 0);
    expect(fractions.every((fraction, index) => index === 0 || fraction >= fractions[index - 1]!)).toBe(true);
    expect(fractions.filter((fraction) => fraction > 0 && fraction < 1).length).toBeGreaterThan(1);

    const applied = await applyDucking({ host, voiceTrackIndices: [0], preset: standard, voiceSource: 'speech', readMedia, analysisCache });
    expect(applied.envelopes).toEqual(preview.envelopes);
    expect(reads).toEqual(['/media/vo.wav']);
  });

  it('falls back to the whole clip, with a warning, when a voice file cannot be decoded', async () => {
    const host = hostWith([
      { name: 'mp4', mediaPath: '/media/vo.mp4', startSeconds: 2, endSeconds: 4 },
      { name: 'gone', mediaPath: '/media/missing.wav', startSeconds: 14, endSeconds: 15 },
      { name: 'wav', mediaPath: '/media/vo.wav', startSeconds: 20, endSeconds: 30 },
    ]);
    const { readMedia } = mediaReader({ '/media/vo.mp4': MP4, '/media/vo.wav': VOICE });
    const plan = await planDucking({ host, voiceTrackIndices: [0], preset: standard, voiceSource: 'speech', readMedia });
    expectRanges(plan.voiceRegions, [
      [2, 4],
      [14, 15],
      [21.98, 23.03],
      [25.98, 27.53],
    ]);
    expect(plan.warnings).toEqual([
      'vo.mp4: audio inside an MP4/MOV/M4A file is not supported; export PCM WAV or AIFF — ducking under the whole clip instead.',
      '/media/missing.wav: no such file — ducking under the whole clip instead.',
    ]);
  });

  it('stops with the abort reason and writes nothing when cancelled', async () => {
    const host = hostWith([{ name: 'take', mediaPath: '/media/vo.wav', startSeconds: 0, endSeconds: 12 }]);
    const { readMedia } = mediaReader({ '/media/vo.wav': VOICE });
    const controller = new AbortController();
    const reason = new Error('cancelled by the user');
    const run = applyDucking({
      host,
      voiceTrackIndices: [0],
      preset: standard,
      voiceSource: 'speech',
      readMedia,
      signal: controller.signal,
      onProgress: (progress) => {
        if ((progress.fraction ?? 0) > 0.3) controller.abort(reason);
      },
    });
    await expect(run).rejects.toBe(reason);
    expect(host.undoLabels).toEqual([]);
  });
});

describe('applyDucking with a target-gap preset', () => {
  const files = { '/media/vo.wav': VOICE, '/media/bed.wav': BED, '/media/bed.mp4': MP4 };

  it('picks the depth that puts the bed the target gap under the voice, and re-running plans the same', async () => {
    const host = hostWith([{ name: 'take', mediaPath: '/media/vo.wav', startSeconds: 0, endSeconds: 12 }]);
    const { readMedia } = mediaReader(files);
    const plan = await applyDucking({ host, voiceTrackIndices: [0], preset: accessible, voiceSource: 'speech', readMedia });
    const [depth] = plan.depths;
    const voice = plan.voiceLoudnessLufs!;
    const bed = depth!.bedLoudnessLufs!;
    expect(voice).toBeGreaterThan(-25);
    // The bed is steady: under the speech it measures what the whole file measures.
    const wholeBed = (await analyzeAudioStream([BED], { fileName: 'bed.wav' })).loudness!.integratedLufs;
    expect(bed).toBeCloseTo(wholeBed, 1);
    expect(depth!.outcome).toBe('on-target');
    expect(depth!.depthDb).toBeCloseTo(Math.round((voice - 20 - bed) * 10) / 10, 9);
    expect(depth!.gapDb).toBeCloseTo(20, 1);
    expect(plan.envelopes[0]!.points.map((point) => point.gainDb)).toContain(depth!.depthDb);

    const again = await planDucking({ host, voiceTrackIndices: [0], preset: accessible, voiceSource: 'speech', readMedia });
    expect(again.depths).toEqual(plan.depths);
    expect(again.envelopes).toEqual(plan.envelopes);
  });

  it("counts the bed clip's own level, and clamps to the preset's range", async () => {
    const host = hostWith([{ name: 'take', mediaPath: '/media/vo.wav', startSeconds: 0, endSeconds: 12 }]);
    const { readMedia } = mediaReader(files);
    const before = (await planDucking({ host, voiceTrackIndices: [0], preset: accessible, voiceSource: 'speech', readMedia })).depths[0]!;
    // The editor already pulled the bed down 8 dB: it needs 8 dB less ducking.
    host.addEditorKeyframe(host.state.audioTracks[1]!.clips[0]!.id, 0, -8);
    const after = (await planDucking({ host, voiceTrackIndices: [0], preset: accessible, voiceSource: 'speech', readMedia })).depths[0]!;
    expect(after.depthDb).toBeCloseTo(Math.min(-3, before.depthDb + 8), 9);
    host.addEditorKeyframe(host.state.audioTracks[1]!.clips[0]!.id, 0, -40);
    const buried = (await planDucking({ host, voiceTrackIndices: [0], preset: accessible, voiceSource: 'speech', readMedia })).depths[0]!;
    expect(buried).toMatchObject({ depthDb: -3, outcome: 'limited-by-min-depth' });
  });

  it('uses the fixed depth, with a warning, for beds it cannot decode or without media access', async () => {
    const host = hostWith([{ name: 'take', mediaPath: '/media/vo.wav', startSeconds: 0, endSeconds: 12 }], { mediaPath: '/media/bed.mp4' });
    const { readMedia } = mediaReader(files);
    const plan = await planDucking({ host, voiceTrackIndices: [0], preset: accessible, voiceSource: 'speech', readMedia });
    expect(plan.depths[0]).toMatchObject({ depthDb: -9, outcome: 'fixed-depth' });
    expect(plan.warnings).toEqual([
      'bed.mp4: audio inside an MP4/MOV/M4A file is not supported; export PCM WAV or AIFF — ducking by the fixed -9 dB instead.',
    ]);

    const blind = await planDucking({ host, voiceTrackIndices: [0], preset: accessible });
    expect(blind.depths[0]).toMatchObject({ depthDb: -9, outcome: 'fixed-depth' });
    expect(blind.warnings).toEqual(['Accessible: a target gap needs the media files; ducking by the fixed -9 dB instead.']);
  });
});
