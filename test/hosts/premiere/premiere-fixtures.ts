import type { ComponentParam, premierepro } from '@adobe/premierepro';
import { dbToPremiereLevel } from '../../../src/hosts/premiere/premiere-level';
import { PremiereHost } from '../../../src/hosts/premiere/premiere-host';
import type {
  FakePremiere,
  FakePremiereOptions,
  FakeSnapshot,
  ParamState,
  SyntheticClip,
  TrackItemState,
} from '../../support/fake-premierepro';
import { TICKS_PER_SECOND, createFakePremiere } from '../../support/fake-premierepro';
import type { HostScenario } from '../../support/host-scenario';

/**
 * A 25 fps cut: an interview on V1/A1, B-roll on V2, a score on A2 that is head-trimmed (starts 4 s
 * into its file) and plays at 2×, muted room tone on A3. Three generated files wait on "disk".
 */
export const scenario: HostScenario = {
  sequenceName: 'Ad cut v3',
  frameRate: 25,
  playheadSeconds: 3,
  videoTracks: [
    { name: 'Video 1', clips: [{ name: 'Interview A', mediaPath: '/media/interview-a.mov', startSeconds: 0, endSeconds: 10 }] },
    {
      name: 'Video 2',
      clips: [{ name: 'B-roll', mediaPath: '/media/broll.mov', startSeconds: 2, endSeconds: 6, inPointSeconds: 1, disabled: true }],
    },
  ],
  audioTracks: [
    { name: 'Dialogue', clips: [{ name: 'Interview A', mediaPath: '/media/interview-a.mov', startSeconds: 0, endSeconds: 10 }] },
    {
      name: 'Music',
      clips: [{ name: 'Score', mediaPath: '/media/score.wav', startSeconds: 2, endSeconds: 20, inPointSeconds: 4, speed: 2 }],
    },
    { name: 'Room tone', muted: true, clips: [{ name: 'Room', mediaPath: '/media/room.wav', startSeconds: 12, endSeconds: 20 }] },
  ],
  media: {
    '/media/interview-a.mov': { durationSeconds: 60, hasVideo: true, hasAudio: true },
    '/gen/kling-001.mp4': { durationSeconds: 5, hasVideo: true, hasAudio: true },
    '/gen/kling-002.mp4': { durationSeconds: 4, hasVideo: true, hasAudio: true },
    '/gen/silent.mp4': { durationSeconds: 3, hasVideo: true, hasAudio: false },
  },
};

export const ticks = (seconds: number): number => Math.round(seconds * TICKS_PER_SECOND);

/** A delay that records instead of sleeping. */
function recordingDelay(): { delay: (delayMs: number) => Promise<void>; calls: number[] } {
  const calls: number[] = [];
  return { calls, delay: async (delayMs) => void calls.push(delayMs) };
}

/** The Level param state of an audio track item in a snapshot (component "Internal Volume Stereo", param 1). */
export function levelOf(item: TrackItemState | undefined): ParamState {
  const level = item?.components.find((component) => component.matchName === 'Internal Volume Stereo')?.params[1];
  if (level == null) throw new Error('no Level param on this item');
  return level;
}

export function audioItem(state: FakeSnapshot, trackIndex: number, itemIndex = 0): TrackItemState {
  const item = state.audioTracks[trackIndex]?.items[itemIndex];
  if (item == null) throw new Error(`no audio item ${itemIndex} on track ${trackIndex}`);
  return item;
}

async function levelParamOf(ppro: premierepro, fake: FakePremiere, audioTrackIndex: number): Promise<ComponentParam> {
  const sequence = await fake.project.getActiveSequence();
  const track = await sequence.getAudioTrack(audioTrackIndex);
  const [item] = track.getTrackItems(ppro.Constants.TrackItemType.CLIP, false);
  if (item == null) throw new Error(`no clip on audio track ${audioTrackIndex}`);
  const chain = await item.getComponentChain();
  for (let index = 0; index < chain.getComponentCount(); index += 1) {
    const component = chain.getComponentAtIndex(index);
    if ((await component.getMatchName()) === 'Internal Volume Stereo') return component.getParam(1);
  }
  throw new Error('no Volume component');
}

/** The editor's own keyframes on the first clip of an audio track, written through the official API. */
export async function editorAddsKeyframes(
  fake: FakePremiere,
  audioTrackIndex: number,
  keyframes: ReadonlyArray<{ mediaSeconds: number; levelDb: number }>,
): Promise<void> {
  const { ppro, project } = fake;
  const level = await levelParamOf(ppro, fake, audioTrackIndex);
  project.lockedAccess(() => {
    project.executeTransaction((compound) => {
      compound.addAction(level.createSetTimeVaryingAction(true));
      // The API also keys media 0 (fake rule `time-varying-key-at-zero`); the editor's keys are only theirs.
      if (!keyframes.some((key) => key.mediaSeconds === 0)) compound.addAction(level.createRemoveKeyframeAction(ppro.TickTime.TIME_ZERO));
      for (const { mediaSeconds, levelDb } of keyframes) {
        const keyframe = level.createKeyframe(dbToPremiereLevel(levelDb));
        keyframe.position = ppro.TickTime.createWithSeconds(mediaSeconds);
        compound.addAction(level.createAddKeyframeAction(keyframe));
      }
    }, 'Editor keyframes');
  });
}

/**
 * What real cuts hold besides file-backed clips, placed after everything the tests edit (from 50 s):
 * every host test runs with them on the timeline, so none of them may break a read or an edit.
 */
const REAL_WORLD_CLIPS: readonly SyntheticClip[] = [
  { kind: 'title', trackKind: 'video', trackIndex: 0, name: 'Lower third', startSeconds: 50, endSeconds: 53 },
  { kind: 'adjustment-layer', trackKind: 'video', trackIndex: 1, name: 'Grade', startSeconds: 50, endSeconds: 60 },
  { kind: 'graphic', trackKind: 'video', trackIndex: 1, name: 'Logo bug', startSeconds: 60, endSeconds: 62 },
  { kind: 'nested-sequence', trackKind: 'audio', trackIndex: 0, name: 'VO nest', startSeconds: 50, endSeconds: 54 },
  { kind: 'merged-clip', trackKind: 'audio', trackIndex: 0, name: 'Merged boom', startSeconds: 55, endSeconds: 57 },
  { kind: 'offline', trackKind: 'audio', trackIndex: 1, name: 'Lost music', startSeconds: 50, endSeconds: 58 },
];

/** PremiereHost on a fresh fake of `scenario` (with REAL_WORLD_CLIPS unless told otherwise), with a recording delay. */
export function premiereOnFake(options: FakePremiereOptions & { importLookupAttempts?: number; retimedKeyframesSettled?: boolean } = {}) {
  const fake = createFakePremiere(scenario, { syntheticClips: REAL_WORLD_CLIPS, ...options });
  const delay = recordingDelay();
  const host = new PremiereHost(fake.ppro, {
    delay: delay.delay,
    importLookupAttempts: options.importLookupAttempts,
    retimedKeyframesSettled: options.retimedKeyframesSettled,
  });
  return { fake, host, delays: delay.calls };
}
