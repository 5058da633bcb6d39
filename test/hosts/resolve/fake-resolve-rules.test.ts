import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ResolveTimeline, ResolveTimelineItem } from '../../../src/hosts/resolve/resolve-api';
import { FAKE_RESOLVE_RULES, type FakeResolveRuleId } from '../../support/fake-resolve/fake-resolve-rules';
import { createFakeResolve, type ResolveProfileId } from '../../support/fake-resolve';
import { CONTRACT_SCENARIO } from '../nle-host-contract';

// 25 fps, timeline start 01:00:00:00 = frame 90000; new-clip.mp4 is 5 s (125 frames at 25).
const START = 90000;

function open(profile: ResolveProfileId = '21.1') {
  const fake = createFakeResolve(CONTRACT_SCENARIO, { profile });
  const project = fake.resolve.GetProjectManager().GetCurrentProject()!;
  const pool = project.GetMediaPool();
  const timeline = project.GetCurrentTimeline()!;
  const clip = pool.ImportMedia(['/media/new-clip.mp4'])![0]!;
  return { fake, project, pool, timeline, clip };
}

function itemsOn(timeline: ResolveTimeline, kind: 'video' | 'audio', index: number): readonly ResolveTimelineItem[] {
  return timeline.GetItemListInTrack(kind, index) ?? [];
}

/** One proof per rule: the compiler refuses a rule in fake-resolve-rules.ts without one here. */
const PROOFS: Record<FakeResolveRuleId, () => void> = {
  'one-based-tracks': () => {
    const { pool, timeline, clip } = open();
    expect(timeline.GetItemListInTrack('video', 0)).toBeUndefined();
    expect(itemsOn(timeline, 'video', 1).map((item) => item.GetName())).toEqual(['Title']);
    expect(timeline.GetItemListInTrack('audio', 3)).toBeUndefined();
    pool.AppendToTimeline([{ mediaPoolItem: clip, startFrame: 0, endFrame: 125, mediaType: 2, trackIndex: 3, recordFrame: START + 200 }]);
    expect(timeline.GetTrackCount('audio')).toBe(2);
  },
  'end-frame-exclusive': () => {
    const { pool, timeline, clip } = open();
    pool.AppendToTimeline([{ mediaPoolItem: clip, startFrame: 0, endFrame: 50, mediaType: 1, trackIndex: 1, recordFrame: START + 100 }]);
    const placed = itemsOn(timeline, 'video', 1).find((item) => item.GetStart() === START + 100)!;
    expect(placed.GetDuration()).toBe(50);
    expect(placed.GetEnd()).toBe(START + 150);
  },
  'record-frame-absolute': () => {
    const { pool, timeline, clip } = open();
    pool.AppendToTimeline([{ mediaPoolItem: clip, startFrame: 0, endFrame: 25, mediaType: 1, trackIndex: 1, recordFrame: 100 }]);
    expect(itemsOn(timeline, 'video', 1)).toHaveLength(1);
    pool.AppendToTimeline([{ mediaPoolItem: clip, startFrame: 0, endFrame: 25, mediaType: 1, trackIndex: 1, recordFrame: START + 100 }]);
    expect(itemsOn(timeline, 'video', 1).map((item) => item.GetStart() - timeline.GetStartFrame())).toEqual([0, 100]);
  },
  'occupied-places-nothing': () => {
    const { pool, timeline, clip } = open();
    const answer = pool.AppendToTimeline([
      { mediaPoolItem: clip, startFrame: 0, endFrame: 25, mediaType: 1, trackIndex: 1, recordFrame: START + 10 },
    ]);
    expect(Array.isArray(answer) && answer.length).toBe(1);
    expect(itemsOn(timeline, 'video', 1).map((item) => item.GetName())).toEqual(['Title']);
  },
  'current-timeline-only': () => {
    const { fake, pool, clip } = open();
    fake.state.current = null;
    expect(pool.AppendToTimeline([{ mediaPoolItem: clip, startFrame: 0, endFrame: 25 }])).toBe(false);
  },
  'add-subfolder-duplicates': () => {
    const { pool } = open();
    const root = pool.GetRootFolder();
    pool.AddSubFolder(root, 'ClipRelay');
    const second = pool.AddSubFolder(root, 'ClipRelay')!;
    expect(
      pool
        .GetRootFolder()
        .GetSubFolderList()
        .filter((folder) => folder.GetName() === 'ClipRelay'),
    ).toHaveLength(2);
    expect(pool.GetCurrentFolder().GetUniqueId()).toBe(second.GetUniqueId());
  },
  'import-into-current-folder': () => {
    const { pool } = open();
    const bin = pool.AddSubFolder(pool.GetRootFolder(), 'Kling')!;
    pool.SetCurrentFolder(bin);
    expect(pool.ImportMedia(['/media/vo-1.wav'])).toHaveLength(1);
    expect(pool.ImportMedia(['/nowhere.mp4'])).toEqual([]);
    expect(bin.GetClipList().map((item) => item.GetClipProperty()['File Path'])).toEqual(['/media/vo-1.wav']);
  },
  'import-dict-before-21-1': () => {
    expect(open('21.0').pool.ImportMedia([{ FilePath: '/media/vo-1.wav' }])).toEqual([]);
    expect(open('21.0').pool.ImportMedia(['/media/vo-1.wav'])).toHaveLength(1);
    expect(open('21.1').pool.ImportMedia([{ FilePath: '/media/vo-1.wav' }])).toHaveLength(1);
  },
  'set-metadata-fixed-keys': () => {
    const { clip } = open();
    expect(clip.SetMetadata({ Comments: 'ok' })).toBe(true);
    expect(clip.SetMetadata({ Comments: 'changed', 'ClipRelay Job': 'task-1' })).toBe(false);
    expect(clip.GetMetadata()).toEqual({ Comments: 'ok' });
  },
  'third-party-metadata-round-trips': () => {
    const { clip } = open('19.1');
    expect(clip.SetThirdPartyMetadata!({ 'ClipRelay Job': 'task-1' })).toBe(true);
    expect(clip.GetThirdPartyMetadata!()).toEqual({ 'ClipRelay Job': 'task-1' });
  },
  'calls-absent-before-version': () => {
    const item = (profile: ResolveProfileId) => itemsOn(open(profile).timeline, 'audio', 1)[0]!;
    expect(typeof item('21.0').SetProperties).toBe('undefined');
    expect(typeof item('21.1').SetProperties).toBe('function');
    expect(typeof item('18.5').GetLinkedItems).toBe('undefined');
    expect(typeof item('19.1').GetLinkedItems).toBe('function');
    expect(typeof open('21.0').timeline.GetSelectedClips).toBe('undefined');
    expect(typeof open('21.1').timeline.GetSelectedClips).toBe('function');
    expect(typeof open('18.5').clip.SetThirdPartyMetadata).toBe('undefined');
    expect(typeof open('20.1').fake.bridge.GetInfo).toBe('function');
    expect(typeof open('19.1').fake.bridge.GetInfo).toBe('undefined');
  },
  'fresh-proxies': () => {
    const { timeline } = open();
    const [a] = itemsOn(timeline, 'video', 1);
    const [b] = itemsOn(timeline, 'video', 1);
    expect(a).not.toBe(b);
    expect(a!.GetUniqueId()).toBe(b!.GetUniqueId());
    const forged = { ...a! };
    expect(timeline.DeleteClips([forged])).toBe(false);
    expect(itemsOn(timeline, 'video', 1)).toHaveLength(1);
  },
  'audio-volume-range': () => {
    const { timeline } = open();
    const voice = itemsOn(timeline, 'audio', 1)[0]!;
    expect(voice.SetProperties!({ AudioVolume: -120 })).toBe(false);
    expect(voice.SetProperties!({ ZoomX: 2 })).toBe(false);
    expect(voice.SetProperties!({ AudioVolumeEnabled: true, AudioVolume: -9 })).toBe(true);
    expect(voice.GetProperties!()['AudioVolume']).toBe(-9);
  },
  'fades-within-item': () => {
    const { timeline } = open();
    const voice = itemsOn(timeline, 'audio', 1)[0]!; // 1.5 s = 37.5 frames
    expect(voice.SetFades!({ FadeIn: 30, FadeOut: 30 })).toBe(false);
    expect(voice.SetFades!({ FadeIn: -1, FadeOut: 0 })).toBe(false);
    expect(voice.SetFades!({ FadeIn: 10, FadeOut: 5 })).toBe(true);
    expect(voice.GetFades!()).toEqual({ FadeIn: 10, FadeOut: 5 });
  },
  'marker-inside-item': () => {
    const { timeline } = open();
    const title = itemsOn(timeline, 'video', 1)[0]!; // 75 frames
    expect(title.AddMarker(75, 'Blue', 'late', '', 1)).toBe(false);
    expect(title.AddMarker(0, 'Blue', 'first', '', 1, 'data')).toBe(true);
    expect(title.AddMarker(0, 'Blue', 'again', '', 1)).toBe(false);
    expect(title.GetMarkers()['0']?.customData).toBe('data');
  },
  'audio-source-rate-24': () => {
    const { pool } = open();
    const voice = pool.ImportMedia(['/media/vo-1.wav'])![0]!;
    expect(voice.GetClipProperty()).toMatchObject({ FPS: '24', Frames: '36' });
  },
  'media-type-needs-stream': () => {
    const { pool, timeline } = open();
    const voice = pool.ImportMedia(['/media/vo-1.wav'])![0]!;
    pool.AppendToTimeline([{ mediaPoolItem: voice, startFrame: 0, endFrame: 36, mediaType: 1, trackIndex: 1, recordFrame: START + 500 }]);
    expect(itemsOn(timeline, 'video', 1)).toHaveLength(1);
  },
  'subframe-positions': () => {
    const voice = (profile: ResolveProfileId) => itemsOn(open(profile).timeline, 'audio', 1)[0]!; // starts at 0.5 s = frame 12.5
    expect(voice('21.1').GetStart(true) - START).toBe(12.5);
    expect(voice('21.1').GetStart() - START).toBe(13);
    expect(voice('18.5').GetStart(true) - START).toBe(13);
  },
  'otio-round-trip': () => {
    const folder = mkdtempSync(join(tmpdir(), 'cliprelay-fake-otio-'));
    const { fake, pool, timeline } = open('21.0');
    const path = join(folder, 'edit.otio');
    expect(timeline.Export!(path, fake.resolve.EXPORT_OTIO, fake.resolve.EXPORT_NONE)).toBe(true);
    const copy = pool.ImportTimelineFromFile!(path, { timelineName: 'Copy' })!;
    expect(copy.GetName()).toBe('Copy');
    expect(copy.GetItemListInTrack('audio', 2)?.map((item) => item.GetName())).toEqual(['Bed', 'Bed 2x']);
    expect(fake.state.timelines).toHaveLength(2);
    expect(pool.ImportTimelineFromFile!(path, { timelineName: 'Copy' })).toBeUndefined();
    expect(pool.ImportTimelineFromFile!('edit.otio', { timelineName: 'Other' })).toBeUndefined();
    fake.state.media.splice(
      fake.state.media.findIndex((media) => media.path === '/media/bed.wav'),
      1,
    );
    expect(pool.ImportTimelineFromFile!(path, { timelineName: 'Third' })).toBeUndefined();
    const old = open('18.5');
    expect(old.timeline.Export!(join(folder, 'old.otio'), old.fake.resolve.EXPORT_OTIO, old.fake.resolve.EXPORT_NONE)).toBe(true);
    expect(old.pool.ImportTimelineFromFile!(join(folder, 'old.otio'), { timelineName: 'Copy' })).toBeUndefined();
  },
  'drop-frame-timecode': () => {
    const fake = createFakeResolve(
      { ...CONTRACT_SCENARIO, frameRate: 30000 / 1001, playheadSeconds: 0 },
      { frameRateSetting: '29.97', dropFrame: true, startFrame: 107892 },
    );
    const timeline = fake.resolve.GetProjectManager().GetCurrentProject()!.GetCurrentTimeline()!;
    expect(timeline.GetCurrentTimecode()).toBe('01:00:00;00');
    fake.state.current!.playhead = 107892 + 1800; // one minute of labels minus the two dropped
    expect(timeline.GetCurrentTimecode()).toBe('01:01:00;02');
  },
};

describe('the Resolve fake enforces each rule it lists', () => {
  for (const [id, rule] of Object.entries(FAKE_RESOLVE_RULES)) {
    it(`${id}: ${rule.rule} [${rule.grade}]`, () => PROOFS[id as FakeResolveRuleId]());
  }
});
