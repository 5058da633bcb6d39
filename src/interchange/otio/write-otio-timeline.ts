import { framesPerSecond, secondsToFrames } from '../frame-rate';
import { fileUrlFromPath } from '../media-url';
import type { InterchangeClip, InterchangeTimeline } from '../timeline-model';
import { wholeMediaClips } from '../whole-media-clips';

const time = (frames: number, rate: number) => ({ OTIO_SCHEMA: 'RationalTime.1', rate, value: frames });
const range = (startFrames: number, durationFrames: number, rate: number) => ({
  OTIO_SCHEMA: 'TimeRange.1',
  duration: time(durationFrames, rate),
  start_time: time(startFrames, rate),
});

/**
 * A new OTIO timeline from the neutral model (core schemas only: Track, Clip.2, Gap, ExternalReference,
 * LinearTimeWarp). Volume is written afterwards through the same writer that ducks exported files, so
 * both paths put Resolve's volume effect in the same shape.
 */
export function writeOtioTimeline(timeline: InterchangeTimeline): string {
  const rate = framesPerSecond(timeline.frameRate);
  const frames = (seconds: number) => secondsToFrames(seconds, timeline.frameRate);
  const tracks = wholeMediaClips(timeline.tracks);
  const ordered = [...tracks.filter((t) => t.kind === 'video'), ...tracks.filter((t) => t.kind === 'audio')];
  const children = ordered.map((track) => {
    const items: unknown[] = [];
    let cursor = 0;
    for (const clip of track.clips) {
      const start = frames(clip.startSeconds);
      if (start > cursor)
        items.push({
          OTIO_SCHEMA: 'Gap.1',
          metadata: {},
          name: '',
          source_range: range(0, start - cursor, rate),
          effects: [],
          markers: [],
          enabled: true,
        });
      const duration = Math.max(1, frames(clip.endSeconds) - Math.max(start, cursor));
      items.push(clipJson(clip, frames(clip.inPointSeconds), duration, rate));
      cursor = Math.max(start, cursor) + duration;
    }
    return {
      OTIO_SCHEMA: 'Track.1',
      metadata: {},
      name: track.name,
      source_range: null,
      effects: [],
      markers: [],
      enabled: track.enabled,
      children: items,
      kind: track.kind === 'audio' ? 'Audio' : 'Video',
    };
  });
  const root = {
    OTIO_SCHEMA: 'Timeline.1',
    metadata: {},
    name: timeline.name,
    global_start_time: time(0, rate),
    tracks: { OTIO_SCHEMA: 'Stack.1', metadata: {}, name: 'tracks', source_range: null, effects: [], markers: [], enabled: true, children },
  };
  return `${JSON.stringify(root, null, 4)}\n`;
}

function clipJson(clip: InterchangeClip, inFrames: number, durationFrames: number, rate: number) {
  const reference =
    clip.mediaPath == null
      ? { OTIO_SCHEMA: 'MissingReference.1', metadata: {}, name: clip.name, available_range: null, available_image_bounds: null }
      : {
          OTIO_SCHEMA: 'ExternalReference.1',
          metadata: {},
          name: clip.name,
          available_range: null,
          available_image_bounds: null,
          target_url: fileUrlFromPath(clip.mediaPath),
        };
  const effects =
    clip.speed === 1
      ? []
      : [
          {
            OTIO_SCHEMA: 'LinearTimeWarp.1',
            metadata: {},
            name: '',
            effect_name: 'LinearTimeWarp',
            enabled: true,
            time_scalar: clip.speed,
          },
        ];
  return {
    OTIO_SCHEMA: 'Clip.2',
    metadata: {},
    name: clip.name,
    source_range: range(inFrames, durationFrames, rate),
    effects,
    markers: [],
    enabled: clip.enabled,
    media_references: { DEFAULT_MEDIA: reference },
    active_media_reference_key: 'DEFAULT_MEDIA',
  };
}
