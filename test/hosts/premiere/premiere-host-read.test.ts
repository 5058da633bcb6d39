import { describe, expect, it } from 'vitest';
import { HostUnavailableError } from '../../../src/hosts/spec';
import { premiereOnFake, ticks } from './premiere-fixtures';

describe('PremiereHost.readActiveSequence', () => {
  it('reads frame rate, playhead, tracks and clips with media paths, in points, speed and state', async () => {
    const { host } = premiereOnFake();
    const sequence = await host.readActiveSequence();
    expect(sequence).toMatchObject({ name: 'Ad cut v3', frameRate: 25, playheadSeconds: 3 });
    expect(sequence.videoTracks.map((track) => [track.index, track.name, track.muted])).toEqual([
      [0, 'Video 1', false],
      [1, 'Video 2', false],
    ]);
    expect(sequence.audioTracks.map((track) => [track.index, track.name, track.muted])).toEqual([
      [0, 'Dialogue', false],
      [1, 'Music', false],
      [2, 'Room tone', true],
    ]);
    expect(sequence.videoTracks[1]?.clips).toEqual([
      {
        id: `video:1:${ticks(2)}`,
        trackKind: 'video',
        trackIndex: 1,
        name: 'B-roll',
        mediaPath: '/media/broll.mov',
        startSeconds: 2,
        endSeconds: 6,
        inPointSeconds: 1,
        speed: 1,
        disabled: true,
      },
    ]);
    expect(sequence.audioTracks[1]?.clips[0]).toMatchObject({
      id: `audio:1:${ticks(2)}`,
      name: 'Score',
      mediaPath: '/media/score.wav',
      startSeconds: 2,
      endSeconds: 20,
      inPointSeconds: 4,
      speed: 2,
      disabled: false,
    });
  });

  it('asks for a sequence when none is active, and for a project when none is open', async () => {
    const { fake, host } = premiereOnFake();
    fake.closeSequence();
    await expect(host.readActiveSequence()).rejects.toThrow(HostUnavailableError);
    await expect(host.readActiveSequence()).rejects.toThrow(/Open a sequence/);
    fake.closeProject();
    await expect(host.readActiveSequence()).rejects.toThrow(/No Premiere Pro project is open/);
  });
});
