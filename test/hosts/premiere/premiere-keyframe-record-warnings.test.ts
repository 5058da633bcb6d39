import { describe, expect, it } from 'vitest';
import { readKeyframeRecordText } from '../../../src/hosts/premiere/premiere-keyframe-record';
import type { GainPoint } from '../../../src/hosts/spec';
import { premiereOnFake, ticks } from './premiere-fixtures';

const interviewId = `audio:0:${ticks(0)}`;
const duck = (gainDb: number): GainPoint[] => [
  { timeSeconds: 4, gainDb: 0 },
  { timeSeconds: 4.2, gainDb },
  { timeSeconds: 6, gainDb },
  { timeSeconds: 6.4, gainDb: 0 },
];

describe('a keyframe record that cannot be read is reported, not taken for "no record"', () => {
  it.each([
    [null, 0, null],
    ['', 0, null],
    ['{"v":1,"k":[[1,2,3]]}', 1, null],
    ['not json', 0, 'the record is not valid JSON'],
    ['{"v":1,"k":3}', 0, 'the record has no keyframe list'],
    ['{"v":1,"k":[[1,2,3],["x"],[4,5]]}', 1, '2 of its 3 entries cannot be read'],
  ])('%j → %i entries, problem %j', (text, count, problem) => {
    const read = readKeyframeRecordText(text);
    expect(read.entries).toHaveLength(count);
    expect(read.problem).toBe(problem);
  });

  it('warns when a re-duck meets keyframes it cannot tell apart, and when the new ones cannot be recorded', async () => {
    const { fake, host } = premiereOnFake();
    expect(await host.writeGainEnvelopes([{ clipId: interviewId, points: duck(-9) }], 'Duck')).toEqual([]);
    // Premiere stops giving the clip's metadata (the record lives there): the first duck's keyframes now look like the editor's.
    fake.ppro.Metadata.getProjectMetadata = async () => {
      throw new TypeError('metadata unavailable');
    };
    const warnings = await host.writeGainEnvelopes([{ clipId: interviewId, points: duck(-12) }], 'Duck deeper');
    expect(warnings.map((note) => note.message)).toEqual([
      '"Interview A": ClipRelay could not read which keyframes it wrote here before (Premiere did not give its metadata (metadata unavailable)), so it kept them as if they were yours. If the clip now dips twice, undo, delete the old ducking keyframes and duck again.',
      '"interview-a.mov": ClipRelay could not record which keyframes it wrote (Premiere did not give its metadata: metadata unavailable); ducking it again will add to them instead of replacing them, so undo this duck before re-ducking.',
    ]);
  });

  it('says nothing on a first duck whose record simply does not exist yet', async () => {
    const { host } = premiereOnFake();
    expect(await host.writeGainEnvelopes([{ clipId: interviewId, points: duck(-9) }], 'Duck')).toEqual([]);
  });
});
