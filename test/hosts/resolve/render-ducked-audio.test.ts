import { describe, expect, it } from 'vitest';
import {
  firstSoundDecoder,
  renderDuckedWav,
  uncompressedSoundDecoder,
  webAudioSoundDecoder,
} from '../../../src/entries/resolve/render-ducked-audio';
import { UnavailableFeatureError } from '../../../src/shared/app-error';
import { encodeWavBlock, wavHeader } from '../../../src/audio/render-wav-encoder';

const RATE_HZ = 8000;

/** A stereo WAV of constant level `amplitude` (float), `seconds` long. */
function constantWav(amplitude: number, seconds: number): Uint8Array {
  const frames = Math.round(seconds * RATE_HZ);
  const channels = [new Float32Array(frames).fill(amplitude), new Float32Array(frames).fill(-amplitude)];
  const format = { kind: 'float', bits: 32 } as const;
  return new Uint8Array([...wavHeader(format, 2, RATE_HZ, frames), ...encodeWavBlock(channels, format)]);
}

const at = (channel: Float32Array, seconds: number) => channel[Math.round(seconds * RATE_HZ)]!;
const gain = (db: number) => 10 ** (db / 20);

describe("renderDuckedWav: the clip's used part of its sound, ducked sample by sample, as a WAV of the clip's length", () => {
  it("starts at the clip's in point, holds the plan's levels and ramps, and decodes back in pure TypeScript", async () => {
    const sound = (await uncompressedSoundDecoder(constantWav(0.5, 3), 'bed.wav'))!;
    const wav = renderDuckedWav({
      sound,
      fromSeconds: 0.5,
      durationSeconds: 2,
      points: [
        { timeSeconds: 0.5, gainDb: 0 },
        { timeSeconds: 0.7, gainDb: -12 },
        { timeSeconds: 1.3, gainDb: -12 },
        { timeSeconds: 1.5, gainDb: 0 },
      ],
    });
    const back = (await uncompressedSoundDecoder(wav, 'bed (ducked).wav'))!;
    expect(back.sampleRateHz).toBe(RATE_HZ);
    expect(back.channels.map((channel) => channel.length)).toEqual([2 * RATE_HZ, 2 * RATE_HZ]);
    const [left, right] = back.channels as [Float32Array, Float32Array];
    const close = (value: number, expected: number) => expect(value).toBeCloseTo(expected, 4); // 24-bit
    close(at(left, 0.2), 0.5);
    close(at(left, 0.6), 0.5 * gain(-6)); // half-way down the ramp, in dB
    close(at(left, 1), 0.5 * gain(-12));
    close(at(right, 1), -0.5 * gain(-12));
    close(at(left, 1.9), 0.5);
  });

  it('pads with silence where the sound ends before the picture', async () => {
    const sound = (await uncompressedSoundDecoder(constantWav(0.25, 1), 'short.wav'))!;
    const back = (await uncompressedSoundDecoder(renderDuckedWav({ sound, fromSeconds: 0.5, durationSeconds: 1, points: [] }), 'x.wav'))!;
    expect(back.channels[0]!.length).toBe(RATE_HZ);
    expect(at(back.channels[0]!, 0.25)).toBeCloseTo(0.25, 4);
    expect(at(back.channels[0]!, 0.75)).toBe(0);
  });
});

describe("decoding the clip's sound, by what the runtime can do", () => {
  const mp4Head = new Uint8Array([0, 0, 0, 24, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d]);

  it('without Web Audio, compressed sound is refused in words that name the other path', async () => {
    expect(webAudioSoundDecoder({})).toBeNull();
    const decode = firstSoundDecoder([uncompressedSoundDecoder, webAudioSoundDecoder({})]);
    const refused = decode(mp4Head, 'clip.mp4');
    await expect(refused).rejects.toThrow(UnavailableFeatureError);
    await expect(refused).rejects.toThrow(/cannot decode the sound of clip\.mp4 here; duck with "Ducked copy of the timeline"/);
  });

  it("hands compressed sound to the page's Web Audio decoder, and WAV never to it", async () => {
    const decoded: string[] = [];
    class FakeOfflineAudioContext {
      decodeAudioData(buffer: ArrayBuffer) {
        decoded.push(`${buffer.byteLength} bytes`);
        return Promise.resolve({ sampleRate: 48_000, numberOfChannels: 1, getChannelData: () => new Float32Array(4) });
      }
    }
    const decode = firstSoundDecoder([
      uncompressedSoundDecoder,
      webAudioSoundDecoder({ OfflineAudioContext: FakeOfflineAudioContext as unknown as typeof OfflineAudioContext }),
    ]);
    expect((await decode(mp4Head, 'clip.mp4')).sampleRateHz).toBe(48_000);
    expect((await decode(constantWav(0.1, 0.01), 'vo.wav')).sampleRateHz).toBe(RATE_HZ);
    expect(decoded).toEqual(['12 bytes']);
  });
});
