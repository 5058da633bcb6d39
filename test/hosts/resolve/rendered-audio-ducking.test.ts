import { describe, expect, it } from 'vitest';
import type { BridgeCall } from '../../../src/entries/resolve/resolve-bridge-client';
import { renderedAudioDucking } from '../../../src/entries/resolve/rendered-audio-ducking';
import { HostOperationError } from '../../../src/hosts/spec';

describe('swapping in rendered audio never ducks a render twice', () => {
  it("refuses a clip that already plays ClipRelay's render, before reading, rendering or writing anything", async () => {
    const calls: string[] = [];
    const call = ((channel: string) => {
      calls.push(channel);
      return Promise.resolve({
        audioTracks: [
          {
            clips: [
              {
                id: 'audio:2:90000',
                name: 'clip',
                mediaPath: '/clips/kling-1 (ducked 2).wav',
                startSeconds: 3,
                endSeconds: 8,
                inPointSeconds: 0,
              },
            ],
          },
        ],
      });
    }) as unknown as BridgeCall;
    const decode = () => Promise.reject(new Error('not reached'));
    const refused = renderedAudioDucking(call, decode)([{ clipId: 'audio:2:90000', points: [{ timeSeconds: 4, gainDb: -9 }] }], 'Duck');
    await expect(refused).rejects.toThrow(HostOperationError);
    await expect(refused).rejects.toThrow(/already plays ClipRelay's ducked render; press "Undo last ClipRelay change"/);
    expect(calls).toEqual(['host.readActiveSequence']); // no media.openRead, no media.createBeside
  });
});
