import type { TrackKind } from '../spec';

/** Where a track item sits; the parts of a Premiere clip id. */
interface PremiereClipAddress {
  readonly kind: TrackKind;
  /** 0-based track index within its kind (V1 and A1 are 0). */
  readonly trackIndex: number;
  /** `TickTime.ticks` of the clip's start in the sequence: an exact integer string. */
  readonly startTicks: string;
}

const clipIdPattern = /^(video|audio):(\d+):(-?\d+)$/;

/**
 * Premiere's UXP API gives track items no id, so a clip is named by where it is:
 * `${kind}:${trackIndex}:${startTicks}`. Two clips cannot start at the same tick on one track, so the
 * id is unique — but only until the timeline changes (a clip moved or head-trimmed, a track added
 * above). That is the `TimelineClip.id` contract: read the sequence again after editing.
 */
export function encodeClipId(address: PremiereClipAddress): string {
  return `${address.kind}:${address.trackIndex}:${address.startTicks}`;
}

/** The address inside a clip id, or null when the id was not made by `encodeClipId`. */
export function decodeClipId(clipId: string): PremiereClipAddress | null {
  const match = clipIdPattern.exec(clipId);
  if (match == null) return null;
  const [, kind, trackIndex, startTicks] = match;
  return { kind: kind as TrackKind, trackIndex: Number(trackIndex), startTicks: startTicks ?? '' };
}
