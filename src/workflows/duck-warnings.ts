import { errorPart, type HostNote, type TimelineClip } from '../hosts/spec';
import { describeError, type LocalizedMessage } from '../shared/app-error';

/**
 * The Duck tab's warnings, each as the English the CLI prints and its catalog message (duck area) for the panel. The
 * English is built here as it always was; tests pin it to the catalog's English for the same values. Clip names,
 * file names, a host's reason and an error's own words are values, shown as they came.
 */
export const duckWarning = {
  retimed(clip: TimelineClip, hostName: string): HostNote {
    const retiming = retimingOf(clip);
    return {
      message: `"${clip.name}" on A${clip.trackIndex + 1} is retimed (${retiming.message}); ${hostName} cannot place ducking keyframes on it reliably yet, so it was left as it is.`,
      localized: {
        id: 'duck.warnRetimed',
        values: { clip: clip.name, track: clip.trackIndex + 1, retiming: retiming.message, host: hostName },
        parts: { retiming: retiming.localized },
      },
    };
  },

  notListenable(clip: TimelineClip, reason: string): HostNote {
    return {
      message: `"${clip.name}" on A${clip.trackIndex + 1} cannot be listened to (${reason}); ducking under the whole clip instead.`,
      localized: { id: 'duck.warnNotListenable', values: { clip: clip.name, track: clip.trackIndex + 1, reason } },
    };
  },

  gapNeedsMedia(presetName: string, depthDb: number): HostNote {
    return {
      message: `${presetName}: a target gap needs the media files; ducking by the fixed ${depthDb} dB instead.`,
      localized: { id: 'duck.warnGapNeedsMedia', values: { preset: presetName, depthDb } },
    };
  },

  noVoiceLoudness(depthDb: number): HostNote {
    return {
      message: `The voice has no measurable loudness under its speech; ducking by the fixed ${depthDb} dB instead.`,
      localized: { id: 'duck.warnNoVoiceLoudness', values: { depthDb } },
    };
  },

  /** A file that could not be read or decoded, and what was done instead. */
  unread(error: unknown, fallback: UnreadFallback): HostNote {
    const problem = describeError(error);
    const words = { values: { problem }, ...errorPart('problem', error) };
    switch (fallback.kind) {
      case 'whole-clip':
        return { message: `${problem} — ducking under the whole clip instead.`, localized: { id: 'duck.warnUnreadWholeClip', ...words } };
      case 'voice-loudness':
        return { message: `${problem} — the voice loudness leaves it out.`, localized: { id: 'duck.warnUnreadVoiceLoudness', ...words } };
      case 'fixed-depth':
        return {
          message: `${problem} — ducking by the fixed ${fallback.depthDb} dB instead.`,
          localized: { id: 'duck.warnUnreadFixedDepth', ...words, values: { problem, depthDb: fallback.depthDb } },
        };
    }
  },
};

/** What the plan does without a file: duck under the whole voice clip, leave it out of the voice loudness, or duck by the fixed depth. */
export type UnreadFallback =
  { readonly kind: 'whole-clip' } | { readonly kind: 'voice-loudness' } | { readonly kind: 'fixed-depth'; readonly depthDb: number };

function retimingOf(clip: TimelineClip): { message: string; localized: LocalizedMessage } {
  const percent = Math.round(Math.abs(clip.speed) * 100);
  const fast = clip.speed !== 1;
  if (fast && clip.reversed === true)
    return { message: `speed ${percent} %, reversed`, localized: { id: 'duck.retimedSpeedReversed', values: { percent } } };
  if (fast) return { message: `speed ${percent} %`, localized: { id: 'duck.retimedSpeed', values: { percent } } };
  // Only retimed clips are described: at normal speed, the clip is reversed.
  return { message: 'reversed', localized: { id: 'duck.retimedReversed' } };
}
