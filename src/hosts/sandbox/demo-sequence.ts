import type { SandboxSeed } from './sandbox-seed';

/**
 * The sequence the sandbox opens on: a title card on V1, a voice-over on A1 with pauses between
 * its lines, an empty music track on A2, and the playhead where the editor wants a new shot.
 */
export const DEMO_SEQUENCE: SandboxSeed = {
  sequenceName: 'Harbour promo (demo)',
  frameRate: 25,
  playheadSeconds: 3,
  videoTracks: [
    { name: 'Video 1', clips: [{ name: 'Title card.mov', mediaPath: '/demo/title-card.mov', startSeconds: 0, endSeconds: 3 }] },
    { name: 'Video 2', clips: [] },
  ],
  audioTracks: [
    {
      name: 'Voice-over',
      clips: [
        { name: 'VO line 1.wav', mediaPath: '/demo/vo-line-1.wav', startSeconds: 0.5, endSeconds: 2 },
        { name: 'VO line 2.wav', mediaPath: '/demo/vo-line-2.wav', startSeconds: 4, endSeconds: 5.6 },
        { name: 'VO line 3.wav', mediaPath: '/demo/vo-line-3.wav', startSeconds: 9.6, endSeconds: 12.4 },
      ],
    },
    { name: 'Music', clips: [] },
  ],
};
