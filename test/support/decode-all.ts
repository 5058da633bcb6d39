import { createAudioDecoder } from '../../src/audio/audio-decoder';
import type { AudioDecodeSummary } from '../../src/audio/audio-stream-info';

/** Decodes every chunk and joins the blocks, checking they arrive in order. */
export function decodeAll(chunks: Iterable<Uint8Array>, fileName = 'test.wav'): { channels: Float32Array[]; summary: AudioDecodeSummary } {
  const decoder = createAudioDecoder({ fileName });
  const parts: Float32Array[][] = [];
  let expectedStart = 0;
  for (const chunk of chunks) {
    const block = decoder.push(chunk);
    if (block == null) continue;
    if (block.startFrame !== expectedStart) throw new Error(`block starts at ${block.startFrame}, expected ${expectedStart}`);
    expectedStart += block.channels[0]!.length;
    parts.push([...block.channels]);
  }
  const summary = decoder.end();
  const channelCount = summary.info.channelCount;
  const channels = Array.from({ length: channelCount }, (_, channel) => {
    const joined = new Float32Array(expectedStart);
    let offset = 0;
    for (const part of parts) {
      joined.set(part[channel]!, offset);
      offset += part[channel]!.length;
    }
    return joined;
  });
  return { channels, summary };
}
