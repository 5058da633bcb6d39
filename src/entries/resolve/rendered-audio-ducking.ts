import { resolveRefusal } from '../../hosts/resolve/resolve-refusals';
import type { ClipGainEnvelope, HostNote, HostOperation } from '../../hosts/spec';
import { encodeBase64 } from '../../shared/base64';
import type { BridgeCall } from './resolve-bridge-client';
import { decodeBase64 } from './resolve-bridged-platform';
import { renderDuckedWav, type DecodeSound } from './render-ducked-audio';

/** What `media.createBeside` names a render: "<clip> (ducked).wav", "<clip> (ducked 2).wav", … */
const RENDERED_NAME = / \(ducked(?: \d+)?\)\.wav$/;

/** Bytes per bridge write: a few seconds of 24-bit stereo, well under what IPC carries comfortably. */
const WRITE_CHUNK_BYTES = 1 << 20;

async function readWhole(call: BridgeCall, mediaPath: string): Promise<Uint8Array> {
  const handle = await call('media.openRead', mediaPath);
  const chunks: Uint8Array[] = [];
  for (let chunk = await call('media.readChunk', handle); chunk != null; chunk = await call('media.readChunk', handle))
    chunks.push(decodeBase64(chunk));
  const whole = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.length;
  }
  return whole;
}

async function writeNewFileBeside(call: BridgeCall, mediaPath: string, bytes: Uint8Array): Promise<string> {
  const { path, handle } = await call('media.createBeside', mediaPath, ' (ducked).wav');
  try {
    for (let offset = 0; offset < bytes.length; offset += WRITE_CHUNK_BYTES)
      await call('media.write', handle, encodeBase64(bytes.subarray(offset, offset + WRITE_CHUNK_BYTES)));
    await call('media.close', handle);
  } catch (error) {
    await call('media.abort', handle).catch(() => undefined);
    throw error;
  }
  return path;
}

/**
 * "Swap in rendered audio" (Resolve before 21.1, the editor's choice): the page decodes each clip's sound,
 * renders its used part with the envelope applied, writes it as a new WAV beside the original, and the main
 * process swaps it in as the clip's audio. Answers the host's notes, which say what was made.
 */
export function renderedAudioDucking(call: BridgeCall, decode: DecodeSound) {
  return async (envelopes: readonly ClipGainEnvelope[], undoLabel: string): Promise<readonly HostNote[]> => {
    const operation: HostOperation = { kind: 'duck', name: undoLabel };
    const sequence = await call('host.readActiveSequence');
    const clips = sequence.audioTracks.flatMap((track) => track.clips);
    const swaps: { clipId: string; renderedPath: string }[] = [];
    for (const envelope of envelopes) {
      const clip = clips.find((candidate) => candidate.id === envelope.clipId);
      if (clip?.mediaPath == null) throw resolveRefusal.renderedClipUnreadable(operation, envelope.clipId);
      // Its sound already carries a duck: rendering again would duck it twice.
      if (RENDERED_NAME.test(clip.mediaPath)) throw resolveRefusal.alreadyRendered(operation, clip.name);
      const fileName = clip.mediaPath.split(/[\\/]/).pop() ?? clip.mediaPath;
      const sound = await decode(await readWhole(call, clip.mediaPath), fileName);
      const wav = renderDuckedWav({
        sound,
        fromSeconds: clip.inPointSeconds,
        durationSeconds: clip.endSeconds - clip.startSeconds,
        // The plan's points are in sequence time; the rendered file starts where the clip does.
        points: envelope.points.map((point) => ({ timeSeconds: point.timeSeconds - clip.startSeconds, gainDb: point.gainDb })),
      });
      swaps.push({ clipId: clip.id, renderedPath: await writeNewFileBeside(call, clip.mediaPath, wav) });
    }
    return call('host.swapInRenderedAudio', swaps, undoLabel);
  };
}
