import { describe, expect, it } from 'vitest';
import { editorLevelAt } from '../../../src/hosts/premiere/editor-level-at';
import {
  MAX_RECORDED_KEYFRAMES,
  findRecordedKeyframe,
  parseKeyframeRecord,
  serializeKeyframeRecord,
  updateKeyframeRecord,
} from '../../../src/hosts/premiere/premiere-keyframe-record';
import { TICKS_PER_SECOND } from '../../../src/hosts/premiere/premiere-time';

const entry = (seconds: number, level: number, baseLevel = 0.17782794) => ({ ticks: seconds * TICKS_PER_SECOND, level, baseLevel });

describe('the keyframe record', () => {
  it('round-trips through its compact JSON', () => {
    const record = [entry(1, 0.0630957), entry(2.5, 0.17782794)];
    const text = serializeKeyframeRecord(record);
    expect(text).toBe(`{"v":1,"k":[[${TICKS_PER_SECOND},0.0630957,0.17782794],[${2.5 * TICKS_PER_SECOND},0.17782794,0.17782794]]}`);
    expect(parseKeyframeRecord(text)).toEqual(record);
  });

  it('reads anything unreadable as no record, never as an error', () => {
    for (const text of [null, '', 'not json', '{"k":3}', '[]', '{"k":[[1,"x",2],[1,2]]}']) expect(parseKeyframeRecord(text)).toEqual([]);
    expect(parseKeyframeRecord('{"k":[[1,2,3],["bad"]]}')).toEqual([{ ticks: 1, level: 2, baseLevel: 3 }]);
  });

  it('recognises a keyframe by position (within one 48 kHz sample) and Level (to 1e-5 relative)', () => {
    const record = [entry(4, 0.0630957344)];
    const oneSampleTicks = TICKS_PER_SECOND / 48_000;
    expect(findRecordedKeyframe(record, 4 * TICKS_PER_SECOND, Math.fround(0.0630957344))).toBe(record[0]);
    expect(findRecordedKeyframe(record, 4 * TICKS_PER_SECOND + oneSampleTicks, 0.0630957344)).toBe(record[0]);
    expect(findRecordedKeyframe(record, 4 * TICKS_PER_SECOND + 2 * oneSampleTicks, 0.0630957344)).toBeUndefined();
    // The editor's keyframe at the same time but a different level is not ClipRelay's.
    expect(findRecordedKeyframe(record, 4 * TICKS_PER_SECOND, 0.0631)).toBeUndefined();
  });

  it('drops removed entries, adds new ones once, and keeps the newest', () => {
    const [a, b, c] = [entry(1, 0.1), entry(2, 0.1), entry(3, 0.1)];
    // Another clip of the same file may hold a keyframe at 3 s with another Level: both stay recorded.
    expect(updateKeyframeRecord([a, b, c], [a], [entry(3, 0.05), entry(4, 0.05), entry(4, 0.05)])).toEqual([
      b,
      c,
      entry(3, 0.05),
      entry(4, 0.05),
    ]);
    const many = Array.from({ length: MAX_RECORDED_KEYFRAMES + 10 }, (_, index) => entry(index, 0.1));
    const kept = parseKeyframeRecord(serializeKeyframeRecord(many));
    expect(kept).toHaveLength(MAX_RECORDED_KEYFRAMES);
    expect(kept[0]?.ticks).toBe(10 * TICKS_PER_SECOND);
  });
});

describe("editorLevelAt (the clip's own level under ClipRelay's keyframes)", () => {
  const keys = [
    { ticks: 300, level: 0.2 },
    { ticks: 100, level: 0.1 },
  ];
  it('interpolates linearly in Level between keys and holds outside them', () => {
    expect(editorLevelAt(keys, 0, 1)).toBe(0.1);
    expect(editorLevelAt(keys, 200, 1)).toBeCloseTo(0.15, 12);
    expect(editorLevelAt(keys, 400, 1)).toBe(0.2);
  });

  it('falls back to the static level without keys', () => {
    expect(editorLevelAt([], 200, 0.17782794)).toBe(0.17782794);
  });
});
