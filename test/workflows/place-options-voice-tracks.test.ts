import { describe, expect, it } from 'vitest';
import type { TimelineTrack } from '../../src/hosts/spec';
import { planPlacement } from '../../src/workflows/place-options';

const audioTrack = (index: number, name: string, spans: Array<[number, number]> = []): TimelineTrack => ({
  kind: 'audio',
  index,
  name,
  muted: false,
  clips: spans.map(([startSeconds, endSeconds], clipIndex) => ({
    id: `a${index}-${clipIndex}`,
    trackKind: 'audio',
    trackIndex: index,
    name: 'clip',
    mediaPath: null,
    projectItemId: null,
    startSeconds,
    endSeconds,
    inPointSeconds: 0,
    speed: 1,
    disabled: false,
  })),
});

const base = { playheadSeconds: 4, inPointSeconds: null, endSeconds: 30, videoTracks: [] };

describe('generated audio never lands on a voice track', () => {
  it('skips a free voice-over track and takes a new track when no other is free (the issue-13 case)', () => {
    const sequence = { ...base, audioTracks: [audioTrack(0, 'VO'), audioTrack(1, 'Music', [[0, 30]])] };
    expect(planPlacement(sequence, 8)).toMatchObject({ audioTrackIndex: 2, notice: null });
  });

  it('takes the first free track that is not voice', () => {
    const sequence = { ...base, audioTracks: [audioTrack(0, 'Dialogue'), audioTrack(1, 'Audio 2'), audioTrack(2, 'SFX')] };
    expect(planPlacement(sequence, 8).audioTrackIndex).toBe(1);
  });

  it("follows the editor's role choices over the names", () => {
    const sequence = { ...base, audioTracks: [audioTrack(0, 'Audio 1'), audioTrack(1, 'Audio 2')] };
    expect(planPlacement(sequence, 8, { trackRoles: { 0: 'voice' } }).audioTrackIndex).toBe(1);
    const namedVoiceButMusic = { ...base, audioTracks: [audioTrack(0, 'VO')] };
    expect(planPlacement(namedVoiceButMusic, 8, { trackRoles: { 0: 'music' } }).audioTrackIndex).toBe(0);
  });

  it('refuses an explicit voice track: moves the audio to a free track, never overwrites there, and says so', () => {
    const sequence = { ...base, audioTracks: [audioTrack(0, 'Narration', [[0, 30]]), audioTrack(1, 'Audio 2')] };
    const plan = planPlacement(sequence, 8, { audioTrackIndex: 0, overwrite: true });
    expect(plan.audioTrackIndex).toBe(1);
    expect(plan.overwrite).toBe(false);
    expect(plan.notice?.message).toBe('"Narration" is a voice track, so the clip\'s audio went on "Audio 2".');
  });
});
