import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { createTimelineDocument, rateFromDecimal, readTimeline, type InterchangeTimeline } from '../../../src/interchange';
import { hasCall } from './fake-resolve-profiles';
import { newUid, type FakeItem, type FakeResolveState, type FakeTimeline, type FakeTrack } from './fake-resolve-state';

/**
 * Resolve's OTIO round trip as measured (research §2.5, S9 RULE_EVIDENCE.md#the-mix-goes-through-otio):
 * Export writes the timeline as OTIO; ImportTimelineFromFile makes a NEW timeline from it, keeping placement
 * and clip volume keyframes, and answers nothing for a relative path, a taken name or a missing media file.
 * The OTIO text itself comes from the interchange writer (the fake models what survives, not Resolve's bytes).
 */
export function exportOtio(timeline: FakeTimeline, path: string): boolean {
  const seconds = (frame: number) => (frame - timeline.startFrame) / timeline.fps;
  const track = (kind: 'video' | 'audio', source: FakeTrack, index: number) => ({
    kind,
    index,
    name: source.name,
    enabled: source.enabled,
    roles: [],
    clips: source.items.map((item) => ({
      id: item.uid,
      name: item.name,
      mediaPath: item.media.path,
      startSeconds: seconds(item.start),
      endSeconds: seconds(item.end),
      inPointSeconds: item.sourceStart / item.media.fps,
      speed: 1,
      enabled: item.enabled,
      volume: {
        staticLevelDb: item.volumeDb,
        keys: item.volumeKeys.map((key) => ({ timeSeconds: seconds(item.start + key.frame), levelDb: key.levelDb, mark: null })),
      },
    })),
  });
  const model: InterchangeTimeline = {
    format: 'otio',
    name: timeline.name,
    frameRate: rateFromDecimal(timeline.fps),
    tracks: [...timeline.tracks.video.map((t, i) => track('video', t, i)), ...timeline.tracks.audio.map((t, i) => track('audio', t, i))],
  };
  writeFileSync(path, createTimelineDocument(model, 'otio').serialize());
  return true;
}

export function importOtio(state: FakeResolveState, path: string, timelineName: string): FakeTimeline | null {
  if (!hasCall(state.profile, 'MediaPool.ImportTimelineFromFileOtio')) return null;
  if (!isAbsolute(path) || !existsSync(path) || state.timelines.some((timeline) => timeline.name === timelineName)) return null;
  const document = readTimeline(readFileSync(path, 'utf8'));
  const source = state.current ?? state.timelines[0]!;
  const fps = document.timeline.frameRate.numerator / document.timeline.frameRate.denominator;
  const tracks: { video: FakeTrack[]; audio: FakeTrack[] } = { video: [], audio: [] };
  for (const track of document.timeline.tracks) {
    const items: FakeItem[] = [];
    for (const clip of track.clips) {
      const media = state.media.find((candidate) => candidate.path === clip.mediaPath);
      if (media == null) return null; // a missing media file fails the whole import, silently
      const start = source.startFrame + Math.round(clip.startSeconds * fps);
      const sourceStart = Math.round(clip.inPointSeconds * media.fps);
      items.push({
        uid: newUid(state, 'ti'),
        media,
        kind: track.kind,
        name: clip.name,
        start,
        end: source.startFrame + Math.round(clip.endSeconds * fps),
        sourceStart,
        sourceEnd: sourceStart + Math.round((clip.endSeconds - clip.startSeconds) * media.fps),
        enabled: clip.enabled,
        link: null,
        volumeDb: clip.volume.staticLevelDb,
        volumeEnabled: true,
        fadeIn: 0,
        fadeOut: 0,
        markers: new Map(),
        volumeKeys: clip.volume.keys.map((key) => ({
          frame: Math.round(key.timeSeconds * fps) - (start - source.startFrame),
          levelDb: key.levelDb,
        })),
      });
    }
    tracks[track.kind].push({ name: track.name, enabled: track.enabled, items });
  }
  const timeline: FakeTimeline = { ...source, uid: newUid(state, 'timeline'), name: timelineName, tracks, selected: new Set() };
  state.timelines.push(timeline);
  return timeline;
}
