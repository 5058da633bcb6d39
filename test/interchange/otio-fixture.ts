/** Builds OpenTimelineIO JSON shaped like Resolve's exports (Resolve_OTIO metadata, Clip.2, Gap.1), for tests. */
type Json = Record<string, unknown>;

const rt = (value: number, rate: number): Json => ({ OTIO_SCHEMA: 'RationalTime.1', rate, value });
const range = (start: number, duration: number, rate: number): Json => ({
  OTIO_SCHEMA: 'TimeRange.1',
  duration: rt(duration, rate),
  start_time: rt(start, rate),
});

interface FixtureClip {
  readonly name: string;
  /** Frames at the fixture rate. */
  readonly startFrame: number;
  readonly durationFrames: number;
  readonly inFrame?: number;
  readonly url?: string;
  readonly speed?: number;
  /** Resolve volume keys: clip-relative frame → dB. */
  readonly volumeKeys?: Readonly<Record<string, number>>;
  readonly volumeEffect?: 'none' | 'empty-parameters';
  readonly enabled?: boolean;
}

export interface FixtureTrack {
  readonly kind: 'Audio' | 'Video';
  readonly name: string;
  readonly clips: readonly FixtureClip[];
  readonly enabled?: boolean;
}

function volumeEffect(clip: FixtureClip): Json[] {
  if (clip.volumeEffect === 'none') return [];
  const parameters =
    clip.volumeKeys == null
      ? []
      : [
          {
            'Default Parameter Value': 0.0,
            'Key Frames': Object.fromEntries(
              Object.entries(clip.volumeKeys).map(([frame, value]) => [frame, { 'Variant Type': 'Double', Value: value }]),
            ),
            'Parameter ID': 'volume',
            'Parameter Value': 0.0,
            'Variant Type': 'Double',
            maxValue: 30.0,
            minValue: -100.0,
          },
        ];
  return [
    {
      OTIO_SCHEMA: 'Effect.1',
      metadata: {
        Resolve_OTIO: { 'Effect Name': 'Fairlight Clip Volume and Fades', Enabled: true, Name: 'Volume', Parameters: parameters, Type: 62 },
      },
      name: '',
      effect_name: 'Resolve Effect',
      enabled: true,
    },
  ];
}

export function otioTimeline(tracks: readonly FixtureTrack[], rate = 24): string {
  const children = tracks.map((track) => {
    let cursor = 0;
    const items: Json[] = [];
    for (const clip of track.clips) {
      if (clip.startFrame > cursor) {
        items.push({
          OTIO_SCHEMA: 'Gap.1',
          metadata: {},
          name: '',
          source_range: range(0, clip.startFrame - cursor, rate),
          effects: [],
          markers: [],
          enabled: true,
        });
      }
      const effects: Json[] =
        track.kind === 'Audio'
          ? volumeEffect(clip)
          : [
              {
                OTIO_SCHEMA: 'Effect.1',
                metadata: { Resolve_OTIO: { 'Effect Name': 'Transform' } },
                name: '',
                effect_name: 'Resolve Effect',
                enabled: true,
              },
            ];
      if (clip.speed != null)
        effects.push({ OTIO_SCHEMA: 'LinearTimeWarp.1', metadata: {}, name: '', effect_name: '', enabled: true, time_scalar: clip.speed });
      items.push({
        OTIO_SCHEMA: 'Clip.2',
        metadata: { Resolve_OTIO: { 'Link Group ID': 1 } },
        name: clip.name,
        source_range: range(clip.inFrame ?? 0, clip.durationFrames, rate),
        effects,
        markers: [],
        enabled: clip.enabled ?? true,
        media_references: {
          DEFAULT_MEDIA: {
            OTIO_SCHEMA: 'ExternalReference.1',
            metadata: {},
            name: clip.name,
            available_range: range(0, 100_000, rate),
            available_image_bounds: null,
            target_url: clip.url ?? `file:///media/${encodeURIComponent(clip.name)}.wav`,
          },
        },
        active_media_reference_key: 'DEFAULT_MEDIA',
      });
      cursor = clip.startFrame + clip.durationFrames;
    }
    return {
      OTIO_SCHEMA: 'Track.1',
      metadata: { Resolve_OTIO: {} },
      name: track.name,
      source_range: null,
      effects: [],
      markers: [],
      enabled: track.enabled ?? true,
      children: items,
      kind: track.kind,
    };
  });
  const timeline = {
    OTIO_SCHEMA: 'Timeline.1',
    metadata: { Resolve_OTIO: { 'Resolve OTIO Meta Version': '1.0' }, 'Something Else': [1, 2, 3] },
    name: 'Promo cut',
    global_start_time: rt(86_400, rate),
    tracks: { OTIO_SCHEMA: 'Stack.1', metadata: {}, name: '', source_range: null, effects: [], markers: [], enabled: true, children },
  };
  return `${JSON.stringify(timeline, null, 4)}\n`;
}

/** A small promo: VO on A1 (two lines), music on A2 (an editor ride at the start), effects on A3 (no volume effect). */
export function promoTracks(): FixtureTrack[] {
  return [
    { kind: 'Video', name: 'Video 1', clips: [{ name: 'shot', startFrame: 0, durationFrames: 480 }] },
    {
      kind: 'Audio',
      name: 'VO',
      clips: [
        { name: 'line 1', startFrame: 48, durationFrames: 72 },
        { name: 'line 2', startFrame: 240, durationFrames: 96, inFrame: 24 },
      ],
    },
    {
      kind: 'Audio',
      name: 'Music',
      clips: [{ name: 'score', startFrame: 0, durationFrames: 480, inFrame: 240, volumeKeys: { '0': -20, '12': -3 } }],
    },
    { kind: 'Audio', name: 'SFX', clips: [{ name: 'whoosh', startFrame: 200, durationFrames: 100, volumeEffect: 'none' }] },
  ];
}
