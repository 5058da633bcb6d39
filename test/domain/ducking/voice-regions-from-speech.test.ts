import { describe, expect, it } from 'vitest';
import { mediaRangeToSequence, sequenceRangeToMedia, voiceRegionsFromSpeech, type SpeechVoiceTrackLike } from '../../../src/domain/ducking';

const range = (startSeconds: number, endSeconds: number) => ({ startSeconds, endSeconds });
const clip = (mediaPath: string | null, startSeconds: number, endSeconds: number, inPointSeconds = 0, speed = 1, disabled = false) => ({
  mediaPath,
  startSeconds,
  endSeconds,
  inPointSeconds,
  speed,
  disabled,
});

describe('mediaRangeToSequence', () => {
  it('maps through position, in point and speed: sequence = start + (media − inPoint) / speed', () => {
    expect(mediaRangeToSequence(clip('a', 10, 20, 5), range(6, 8))).toEqual(range(11, 13));
    expect(mediaRangeToSequence(clip('a', 10, 20, 4, 2), range(6, 8))).toEqual(range(11, 12));
    expect(mediaRangeToSequence(clip('a', 10, 20, 0, 0.5), range(1, 2))).toEqual(range(12, 14));
  });

  it('clips to the part of the media the clip plays, and drops what falls outside', () => {
    expect(mediaRangeToSequence(clip('a', 10, 12, 5), range(4, 6))).toEqual(range(10, 11));
    expect(mediaRangeToSequence(clip('a', 10, 12, 5), range(6.5, 9))).toEqual(range(11.5, 12));
    expect(mediaRangeToSequence(clip('a', 10, 12, 5), range(0, 4.9))).toBeNull();
    expect(mediaRangeToSequence(clip('a', 10, 12, 5), range(7, 9))).toBeNull();
  });

  it('handles reversed clips (negative speed)', () => {
    // Plays media 8 → 4 over sequence 10 → 14.
    expect(mediaRangeToSequence(clip('a', 10, 14, 8, -1), range(5, 6))).toEqual(range(12, 13));
  });

  it('round-trips with sequenceRangeToMedia', () => {
    const c = clip('a', 3, 9, 1.5, 1.25);
    const mapped = sequenceRangeToMedia(c, range(4, 6))!;
    expect(mapped.startSeconds).toBeCloseTo(2.75, 12);
    expect(mapped.endSeconds).toBeCloseTo(5.25, 12);
    const back = mediaRangeToSequence(c, mapped)!;
    expect(back.startSeconds).toBeCloseTo(4, 12);
    expect(back.endSeconds).toBeCloseTo(6, 12);
    expect(sequenceRangeToMedia(c, range(0, 2))).toBeNull();
  });
});

describe('voiceRegionsFromSpeech', () => {
  const speech = new Map([
    ['/vo/take1.wav', [range(0.5, 2), range(3, 4.5), range(8, 9)]],
    ['/vo/take2.wav', [range(1, 1.5)]],
  ]);

  it('unions speech across voice tracks, mapped into sequence time', () => {
    const tracks: SpeechVoiceTrackLike[] = [
      { muted: false, clips: [clip('/vo/take1.wav', 10, 16, 0)] },
      { muted: false, clips: [clip('/vo/take2.wav', 20, 25, 0, 2), clip('/vo/take1.wav', 30, 31, 8)] },
    ];
    expect(voiceRegionsFromSpeech(tracks, speech)).toEqual([range(10.5, 12), range(13, 14.5), range(20.5, 20.75), range(30, 31)]);
  });

  it('ignores muted tracks and disabled clips', () => {
    const tracks: SpeechVoiceTrackLike[] = [
      { muted: true, clips: [clip('/vo/take1.wav', 0, 10)] },
      { muted: false, clips: [clip('/vo/take1.wav', 20, 30, 0, 1, true), clip('/vo/take2.wav', 40, 45)] },
    ];
    expect(voiceRegionsFromSpeech(tracks, speech)).toEqual([range(41, 41.5)]);
  });

  it('merges overlapping speech from two tracks and counts unanalysed clips by their extent', () => {
    const tracks: SpeechVoiceTrackLike[] = [
      { muted: false, clips: [clip('/vo/take1.wav', 0, 5)] },
      { muted: false, clips: [clip('/vo/take2.wav', 1, 3), clip('/vo/unknown.mp4', 7, 8), clip(null, 9, 9.5)] },
    ];
    expect(voiceRegionsFromSpeech(tracks, speech)).toEqual([range(0.5, 2.5), range(3, 4.5), range(7, 8), range(9, 9.5)]);
  });

  it('finds nothing for a voice clip whose media is silent', () => {
    expect(voiceRegionsFromSpeech([{ muted: false, clips: [clip('/vo/silent.wav', 0, 10)] }], new Map([['/vo/silent.wav', []]]))).toEqual(
      [],
    );
  });
});
