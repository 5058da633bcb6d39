import { formatTimecode } from '../../domain/format/timecode';
import { sequenceToMediaSeconds } from '../../domain/time/media-time';
import type { CapturedFrame, FrameRequest, HostOperation } from '../spec';
import { sandboxRefusal } from './sandbox-refusals';
import type { SandboxState } from './sandbox-state';

/** Pictures a media file at a media time, at most `maxWidthPx` wide; the sandbox page draws a `<video>` frame on a canvas. */
export type GrabFrame = (mediaPath: string, mediaSeconds: number, maxWidthPx: number) => Promise<CapturedFrame>;

const EPSILON_SECONDS = 1e-6;

/**
 * What the sequence shows at a time: the frame of the enabled clip on the highest video track
 * there (the sandbox has no effects or blending, so the top clip is the picture), named after its
 * timecode. HostOperationError where no clip covers the time.
 */
export async function sandboxSequenceFrame(
  state: SandboxState,
  atSeconds: number,
  request: FrameRequest,
  grab: GrabFrame,
): Promise<CapturedFrame> {
  const timecode = formatTimecode(atSeconds, state.frameRate);
  const clip = [...state.videoTracks]
    .reverse()
    .flatMap((track) => track.clips)
    .find((candidate) => !candidate.disabled && candidate.startSeconds <= atSeconds + EPSILON_SECONDS && atSeconds < candidate.endSeconds);
  const operation: HostOperation = { kind: 'pictureSequence', name: 'Picture the sequence' };
  if (clip == null) throw sandboxRefusal.noVideoClipAt(operation, timecode);
  const frame = await grab(clip.mediaPath, sequenceToMediaSeconds(clip, atSeconds), request.maxWidthPx).catch((cause: unknown) => {
    throw sandboxRefusal.cannotDrawFrame(operation, clip.name, timecode, cause);
  });
  return { ...frame, fileName: `Frame at ${timecode.replace(/[:;]/g, '.')}.png` };
}
