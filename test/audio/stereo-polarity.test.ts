import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeAudioStream } from '../../src/audio';
import { decodeAll } from '../support/decode-all';
import { chunked, encodeWav } from '../support/encode-test-audio';

let directory: string;
/** A spoken line with a second of silence either side, mono 48 kHz float. */
let voice: Float32Array;

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'cliprelay-polarity-'));
  const run = (command: string, args: string[]) => execFileSync(command, args, { cwd: directory });
  run('espeak-ng', ['-v', 'en-us', '-w', 'line.wav', 'The harbour wakes before the gulls do.']);
  run('sox', ['line.wav', '-r', '48000', '-e', 'floating-point', '-b', '32', 'voice.wav', 'pad', '1', '1', 'gain', '-3']);
  voice = decodeAll([new Uint8Array(readFileSync(join(directory, 'voice.wav')))]).channels[0]!;
}, 60_000);
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const negated = (samples: Float32Array) => samples.map((sample) => -sample);

async function detect(channels: Float32Array[], bits: 16 | 24 | 32, measureLoudness: boolean) {
  const format = bits === 32 ? ({ kind: 'float', bits: 32 } as const) : ({ kind: 'int', bits } as const);
  const bytes = encodeWav(channels, 48_000, format);
  return analyzeAudioStream(chunked(bytes, [65_536]), { fileName: 'voice.wav', measureLoudness });
}

describe('stereo whose channels oppose', () => {
  it('finds the same speech as in the voice alone, on every decode path, and says the channels were opposed', async () => {
    const reference = await detect([voice], 16, false);
    expect(reference.speech.length).toBeGreaterThan(0);
    for (const bits of [16, 24, 32] as const) {
      for (const measureLoudness of [false, true]) {
        const opposed = await detect([voice, negated(voice)], bits, measureLoudness);
        expect(opposed.channelsOpposed, `${bits}-bit, loudness ${measureLoudness}`).toBe(true);
        expect(opposed.speech.length).toBe(reference.speech.length);
        opposed.speech.forEach((range, index) => {
          expect(Math.abs(range.startSeconds - reference.speech[index]!.startSeconds)).toBeLessThan(0.03);
          expect(Math.abs(range.endSeconds - reference.speech[index]!.endSeconds)).toBeLessThan(0.03);
        });
      }
    }
  });

  it('leaves ordinary stereo alone: the same voice in both channels, or in one only', async () => {
    for (const channels of [
      [voice, voice],
      [voice, new Float32Array(voice.length)],
      [voice, voice.map((sample) => -0.3 * sample)],
    ]) {
      const analysis = await detect(channels, 16, false);
      expect(analysis.channelsOpposed).toBe(false);
      expect(analysis.speech.length).toBeGreaterThan(0);
    }
  });
});
