import { mkdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OtioEnvelope, TimelineCopyDucking } from '../../hosts/resolve/resolve-timeline-copy';
import { duckClipVolume, readTimeline } from '../../interchange';

/** Half a frame at the slowest rate Resolve offers: an OTIO clip start matches the host's within it. */
const SAME_START_SECONDS = 1 / 48;

/**
 * Writes each envelope into Resolve's OTIO export as `Fairlight Clip Volume and Fades` keyframes (the
 * interchange engine `cliprelay duck` uses), on the audio clip that starts where the host's clip starts.
 */
function rewriteResolveOtio(otioText: string, envelopes: readonly OtioEnvelope[]): string {
  const document = readTimeline(otioText);
  const audio = document.timeline.tracks.filter((track) => track.kind === 'audio');
  for (const envelope of envelopes) {
    const clip = audio[envelope.trackIndex]?.clips.find(
      (candidate) => Math.abs(candidate.startSeconds - envelope.startSeconds) < SAME_START_SECONDS,
    );
    if (clip == null) continue;
    document.setClipVolumeKeys(clip.id, duckClipVolume(clip.volume, envelope.points, document.timeline.frameRate));
  }
  return document.serialize();
}

/** The OTIO round trip's pieces for the main process: the rewrite, and a scratch folder for its two files. */
export function otioTimelineCopy(scratchFolder: string): TimelineCopyDucking {
  return {
    rewriteOtio: rewriteResolveOtio,
    scratchPath: (fileName) => {
      mkdirSync(scratchFolder, { recursive: true });
      return join(scratchFolder, fileName.replace(/[\\/:*?"<>|]/g, '_'));
    },
    readText: (path) => readFile(path, 'utf8'),
    writeText: (path, text) => writeFile(path, text, 'utf8'),
  };
}
