import { loopedClip } from '../media/looped-clip';
import { Mp4FormatError } from '../media/mp4-format-error';
import { silentClipVariant } from '../media/silent-clip-variant';

/** What an emulator serves for one task: at least `durationSeconds` long (when the request said), with or without audio. */
interface ServedClipRequest {
  /** The duration the request asked for (and the emulator reports); undefined serves the clip as it is. */
  readonly durationSeconds?: number | undefined;
  readonly silent?: boolean;
}

type ServedClips = (request: ServedClipRequest) => Uint8Array;

/**
 * The emulators' one demo clip in the length each task asked for: `loopedClip` plays it as often as
 * needed, and `silentClipVariant` drops its audio. Each variant is built once and kept, so every
 * request for a task — a resumed download's byte ranges included — gets the very same bytes.
 */
export function createServedClips(videoBytes: Uint8Array): ServedClips {
  const variants = new Map<string, Uint8Array>();
  return ({ durationSeconds, silent = false }) => {
    const key = `${durationSeconds ?? 'as-is'}:${silent ? 'silent' : 'sound'}`;
    let served = variants.get(key);
    if (served == null) {
      const looped = durationSeconds == null ? videoBytes : loopedOrAsIs(videoBytes, durationSeconds);
      served = silent ? silentClipVariant(looped) : looped;
      variants.set(key, served);
    }
    return served;
  };
}

/** Bytes that are no MP4 (a test's stand-in for a clip) cannot be looped; they are served as they are. */
function loopedOrAsIs(videoBytes: Uint8Array, durationSeconds: number): Uint8Array {
  try {
    return loopedClip(videoBytes, durationSeconds);
  } catch (error) {
    if (error instanceof Mp4FormatError) return videoBytes;
    throw error;
  }
}
