import { describe, expect, it } from 'vitest';
import { HostUnavailableError } from '../../../src/hosts/spec';
import { PremiereHost } from '../../../src/hosts/premiere/premiere-host';
import { createFakePremiere } from '../../support/fake-premierepro';
import { premiereOnFake, scenario, ticks } from './premiere-fixtures';

describe('PremiereHost.readActiveSequence', () => {
  it('reads frame rate, playhead, tracks and clips with media paths, in points, speed and state', async () => {
    const { host } = premiereOnFake();
    const sequence = await host.readActiveSequence();
    expect(sequence).toMatchObject({
      projectName: 'Fake Project.prproj',
      projectPath: '/projects/Fake Project.prproj',
      name: 'Ad cut v3',
      frameRate: 25,
      frameWidth: 1920,
      frameHeight: 1080,
      playheadSeconds: 3,
      inPointSeconds: null,
      outPointSeconds: null,
      endSeconds: 62, // the "Logo bug" graphic ends last
    });
    expect(sequence.videoTracks.map((track) => [track.index, track.name, track.muted])).toEqual([
      [0, 'Video 1', false],
      [1, 'Video 2', false],
    ]);
    expect(sequence.audioTracks.map((track) => [track.index, track.name, track.muted])).toEqual([
      [0, 'Dialogue', false],
      [1, 'Music', false],
      [2, 'Room tone', true],
    ]);
    expect(sequence.videoTracks[1]?.clips.slice(0, 1)).toEqual([
      {
        id: `video:1:${ticks(2)}`,
        trackKind: 'video',
        trackIndex: 1,
        name: 'B-roll',
        mediaPath: '/media/broll.mov',
        projectItemId: expect.stringMatching(/^item-/),
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

  it('reports the sequence In/Out marks and frame size when set', async () => {
    const fake = createFakePremiere({ ...scenario, frameWidth: 1080, frameHeight: 1920, inPointSeconds: 4, outPointSeconds: 12.5 });
    const host = new PremiereHost(fake.ppro, { delay: async () => undefined });
    const sequence = await host.readActiveSequence();
    expect(sequence).toMatchObject({ frameWidth: 1080, frameHeight: 1920, inPointSeconds: 4, outPointSeconds: 12.5, endSeconds: 20 });
  });

  it('gives the project item id of each clip, the same for clips of one file', async () => {
    const { host } = premiereOnFake();
    const sequence = await host.readActiveSequence();
    const interviewVideo = sequence.videoTracks[0]!.clips[0]!;
    const interviewAudio = sequence.audioTracks[0]!.clips[0]!;
    expect(interviewVideo.projectItemId).not.toBeNull();
    expect(interviewAudio.projectItemId).toBe(interviewVideo.projectItemId);
    expect(sequence.audioTracks[1]!.clips[0]!.projectItemId).not.toBe(interviewVideo.projectItemId);
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
