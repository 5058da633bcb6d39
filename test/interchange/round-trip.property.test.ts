import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_DUCK_PRESETS, planClipDucking } from '../../src/domain/ducking';
import { readTimeline } from '../../src/interchange';
import { duckTimelineText } from '../../src/interchange/duck-timeline-text';
import { planTimelineDucking } from '../../src/interchange/plan-timeline-ducking';
import type { InterchangeClip, InterchangeTimeline, TimelineFormat } from '../../src/interchange/timeline-model';
import { createTimelineDocument } from '../../src/interchange/write-timeline';

const FORMATS: TimelineFormat[] = ['xmeml', 'fcpxml', 'otio'];
const RATES = [
  { numerator: 24, denominator: 1, dropFrame: false },
  { numerator: 25, denominator: 1, dropFrame: false },
  { numerator: 30000, denominator: 1001, dropFrame: true },
  { numerator: 24000, denominator: 1001, dropFrame: false },
];

/** Clips on one track: [gap, length, in point] in frames, laid end to end, optional editor keys at clip-relative frames. */
const trackClips = fc.array(
  fc.record({
    gapFrames: fc.integer({ min: 0, max: 120 }),
    lengthFrames: fc.integer({ min: 12, max: 400 }),
    inFrames: fc.integer({ min: 0, max: 200 }),
    keys: fc.array(fc.record({ atFrame: fc.integer({ min: 0, max: 400 }), levelDb: fc.integer({ min: -30, max: 6 }) }), { maxLength: 3 }),
  }),
  { minLength: 1, maxLength: 5 },
);

const timelines = fc
  .record({
    rate: fc.constantFrom(...RATES),
    voice: trackClips,
    beds: fc.array(trackClips, { minLength: 1, maxLength: 3 }),
  })
  .map(({ rate, voice, beds }): InterchangeTimeline => {
    const seconds = (frames: number) => (frames * rate.denominator) / rate.numerator;
    const clips = (specs: typeof voice extends (infer T)[] ? T[] : never, track: number): InterchangeClip[] => {
      let cursor = 0;
      return specs.map((spec, index) => {
        const start = cursor + spec.gapFrames;
        cursor = start + spec.lengthFrames;
        const keyFrames = [
          ...new Map(spec.keys.filter((key) => key.atFrame < spec.lengthFrames).map((key) => [key.atFrame, key])).values(),
        ].sort((a, b) => a.atFrame - b.atFrame);
        return {
          id: `${track}.${index}`,
          name: `clip ${track}-${index}`,
          mediaPath: `/media/t${track}c${index}.wav`,
          startSeconds: seconds(start),
          endSeconds: seconds(cursor),
          inPointSeconds: seconds(spec.inFrames),
          speed: 1,
          enabled: true,
          volume: {
            staticLevelDb: 0,
            keys: keyFrames.map((key) => ({ timeSeconds: seconds(start + key.atFrame), levelDb: key.levelDb, mark: null })),
          },
        };
      });
    };
    return {
      format: 'otio',
      name: 'Property',
      frameRate: rate,
      tracks: [
        { kind: 'audio', index: 0, name: 'VO', enabled: true, roles: [], clips: clips(voice, 0) },
        ...beds.map((bed, index) => ({
          kind: 'audio' as const,
          index: index + 1,
          name: `Music ${index + 1}`,
          enabled: true,
          roles: [],
          clips: clips(bed, index + 1),
        })),
      ],
    };
  });

const presets = fc.constantFrom(...BUILTIN_DUCK_PRESETS);

describe('timeline round trips (property-based)', () => {
  it('read → write → read → write is stable, and ducking twice gives the same bytes as ducking once, in every format', () => {
    fc.assert(
      fc.property(timelines, presets, fc.constantFrom(...FORMATS), (timeline, preset, format) => {
        const text = createTimelineDocument(timeline, format).serialize();
        const rewritten = readTimeline(text).serialize();
        expect(readTimeline(rewritten).serialize()).toBe(rewritten);
        const request = { preset, voiceTracks: [format === 'fcpxml' ? 'dialogue' : 'A1'] };
        const once = duckTimelineText(text, request).text;
        expect(duckTimelineText(once, request).text).toBe(once);
      }),
      { numRuns: 60 },
    );
  });

  it('a re-duck with another preset equals ducking the original with that preset', () => {
    fc.assert(
      fc.property(timelines, presets, presets, fc.constantFrom(...FORMATS), (timeline, first, second, format) => {
        const text = createTimelineDocument(timeline, format).serialize();
        const voiceTracks = [format === 'fcpxml' ? 'dialogue' : 'A1'];
        const redone = duckTimelineText(duckTimelineText(text, { preset: first, voiceTracks }).text, { preset: second, voiceTracks }).text;
        expect(redone).toBe(duckTimelineText(text, { preset: second, voiceTracks }).text);
      }),
      { numRuns: 40 },
    );
  });

  it('plans every clip exactly as the planner does against all voice regions', () => {
    fc.assert(
      fc.property(timelines, presets, (timeline, preset) => {
        const plan = planTimelineDucking(timeline, { preset, voiceTracks: ['A1'] });
        const clips = new Map(timeline.tracks.flatMap((track) => track.clips.map((clip) => [clip.id, clip] as const)));
        for (const envelope of plan.envelopes)
          expect(envelope.points).toEqual(planClipDucking(plan.voiceRegions, clips.get(envelope.clipId)!, preset));
      }),
      { numRuns: 100 },
    );
  });
});
