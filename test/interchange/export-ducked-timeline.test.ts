import { describe, expect, it } from 'vitest';
import { BUILTIN_DUCK_PRESETS, planClipDucking } from '../../src/domain/ducking';
import type { SequenceSnapshot, TimelineClip, TimelineTrack } from '../../src/hosts/spec';
import { readTimeline } from '../../src/interchange';
import { duckTimelineText } from '../../src/interchange/duck-timeline-text';
import { exportDuckedTimeline } from '../../src/workflows/ducked-timeline-document';

const standard = BUILTIN_DUCK_PRESETS.find((preset) => preset.id === 'standard')!;

function clip(id: string, trackIndex: number, name: string, startSeconds: number, endSeconds: number, mediaPath: string): TimelineClip {
  return {
    id,
    trackKind: 'audio',
    trackIndex,
    name,
    mediaPath,
    projectItemId: null,
    startSeconds,
    endSeconds,
    inPointSeconds: 0,
    speed: 1,
    disabled: false,
  };
}

const audioTracks: TimelineTrack[] = [
  { kind: 'audio', index: 0, name: 'VO', muted: false, clips: [clip('vo', 0, 'vo', 2, 5, '/media/vo.wav')] },
  { kind: 'audio', index: 1, name: 'Music', muted: false, clips: [clip('music', 1, 'score', 0, 10, '/media/score.wav')] },
];
const sequence: SequenceSnapshot = {
  projectName: 'Harbour.prproj',
  projectPath: '',
  name: 'Harbour promo',
  frameRate: 25,
  frameWidth: 1920,
  frameHeight: 1080,
  playheadSeconds: 0,
  inPointSeconds: null,
  outPointSeconds: null,
  endSeconds: 10,
  videoTracks: [],
  audioTracks,
};

describe('Export ducked timeline (the panel)', () => {
  const points = planClipDucking([{ startSeconds: 2, endSeconds: 5 }], { startSeconds: 0, endSeconds: 10 }, standard);
  const automation = new Map([['music', { staticLevelDb: -3, keyframes: [{ timeSeconds: 8, levelDb: -6, writtenByClipRelay: false }] }]]);

  for (const format of ['xmeml', 'fcpxml', 'otio'] as const) {
    it(`${format}: the sequence with the planned keyframes on the editor's own level, named after the sequence`, () => {
      const exported = exportDuckedTimeline({ sequence, envelopes: [{ clipId: 'music', points }], format, automation });
      expect(exported.fileName).toBe(`Harbour promo.ducked.${format === 'xmeml' ? 'xml' : format}`);
      const { timeline } = readTimeline(exported.text);
      expect(timeline.format).toBe(format);
      const music = timeline.tracks
        .filter((track) => track.kind === 'audio')
        .flatMap((track) => track.clips)
        .find((c) => c.name === 'score')!;
      const keys = music.volume.keys.map((key) => [
        Math.round(key.timeSeconds * 25),
        Math.round(key.levelDb * 100) / 100,
        key.mark?.kind ?? 'editor',
      ]);
      // Before the editor's key at 8 s the editor's curve holds −6 dB (its only key), so the duck sits at −15.
      expect(keys).toEqual([
        [43, -6, 'added'],
        [50, -15, 'added'],
        [125, -15, 'added'],
        [140, -6, 'added'],
        [200, -6, 'editor'],
      ]);
      // The file carries ClipRelay's marks: ducking it again with the CLI engine under the same voice changes nothing.
      expect(duckTimelineText(exported.text, { preset: standard, voiceTracks: format === 'fcpxml' ? ['dialogue'] : ['A1'] }).text).toBe(
        exported.text,
      );
    });
  }
});
