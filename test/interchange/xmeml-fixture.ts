/** Builds xmeml (FCP7 XML) shaped like Premiere Pro's exports, for tests. Frames at 30000/1001 (29.97 DF). */
interface XmemlFixtureClip {
  readonly id: string;
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly in?: number;
  readonly file?: 'full' | 'ref';
  readonly path?: string;
  /** Audio Levels: static linear value and keyframes [when, value]. */
  readonly levels?: { readonly value: string; readonly keys: readonly (readonly [number, string])[] };
  readonly speedPercent?: number;
}

const rate = '<rate><timebase>30</timebase><ntsc>TRUE</ntsc></rate>';

function clipItem(clip: XmemlFixtureClip): string {
  const file =
    clip.file === 'ref'
      ? `<file id="file-${clip.name}"/>`
      : `<file id="file-${clip.name}"><name>${clip.name}.wav</name><pathurl>${clip.path ?? `file://localhost/Volumes/Media/${encodeURIComponent(clip.name)}.wav`}</pathurl>${rate}<media><audio><channelcount>2</channelcount></audio></media></file>`;
  const levels =
    clip.levels == null
      ? ''
      : `<filter><effect><name>Audio Levels</name><effectid>audiolevels</effectid><effectcategory>audiolevels</effectcategory><effecttype>audiolevels</effecttype><mediatype>audio</mediatype><parameter authoringApp="PremierePro"><parameterid>level</parameterid><name>Level</name><valuemin>0</valuemin><valuemax>3.98109</valuemax><value>${clip.levels.value}</value>${clip.levels.keys
          .map(([when, value]) => `<keyframe><when>${when}</when><value>${value}</value></keyframe>`)
          .join('')}</parameter></effect></filter>`;
  const speed =
    clip.speedPercent == null
      ? ''
      : `<filter><effect><name>Time Remap</name><effectid>timeremap</effectid><effectcategory>motion</effectcategory><effecttype>motion</effecttype><mediatype>video</mediatype><parameter authoringApp="PremierePro"><parameterid>variablespeed</parameterid><name>variablespeed</name><valuemin>0</valuemin><valuemax>1</valuemax><value>0</value></parameter><parameter authoringApp="PremierePro"><parameterid>speed</parameterid><name>speed</name><valuemin>-100000</valuemin><valuemax>100000</valuemax><value>${clip.speedPercent}</value></parameter><parameter authoringApp="PremierePro"><parameterid>reverse</parameterid><name>reverse</name><value>FALSE</value></parameter></effect></filter>`;
  return `<clipitem id="${clip.id}" premiereChannelType="stereo"><masterclipid>master-${clip.name}</masterclipid><name>${clip.name}</name><enabled>TRUE</enabled><duration>100000</duration>${rate}<start>${clip.start}</start><end>${clip.end}</end><in>${clip.in ?? 0}</in><out>${(clip.in ?? 0) + clip.end - clip.start}</out><pproTicksIn>0</pproTicksIn>${file}<sourcetrack><mediatype>audio</mediatype><trackindex>1</trackindex></sourcetrack>${speed}${levels}<link><linkclipref>${clip.id}</linkclipref></link><logginginfo><description/></logginginfo></clipitem>`;
}

export function xmemlTimeline(tracks: readonly { readonly name: string; readonly clips: readonly XmemlFixtureClip[] }[]): string {
  const audio = tracks
    .map(
      (track) =>
        `<track TL.SQTrackShy="0" MZ.TrackName="${track.name}" premiereTrackType="Stereo">${track.clips.map(clipItem).join('')}<enabled>TRUE</enabled><locked>FALSE</locked></track>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE xmeml>
<xmeml version="4"><sequence id="sequence-1" TL.SQAudioVisibleBase="0" MZ.Sequence.PreviewFrameSizeHeight="1080"><uuid>5e1c</uuid><duration>900</duration>${rate}<name>Promo &amp; tag</name><media><video><format><samplecharacteristics>${rate}<width>1920</width><height>1080</height></samplecharacteristics></format><track><clipitem id="clipitem-v1"><name>shot</name><enabled>TRUE</enabled><duration>900</duration>${rate}<start>0</start><end>600</end><in>0</in><out>600</out><file id="file-shot"><name>shot.mp4</name><pathurl>file://localhost/Volumes/Media/shot.mp4</pathurl></file></clipitem><enabled>TRUE</enabled></track></video><audio><numOutputChannels>2</numOutputChannels>${audio}</audio></media><timecode>${rate}<string>00:00:00;00</string><frame>0</frame><displayformat>DF</displayformat></timecode><!-- exported by a test --><labels><label2>Forest</label2></labels></sequence></xmeml>
`;
}

/** VO on A1 (two lines at 2–5 s and 10–14 s), music on A2 (an editor ride, 0.5 = −6 dB), SFX on A3. */
export function promoXmemlTracks(): { name: string; clips: XmemlFixtureClip[] }[] {
  return [
    {
      name: 'VO',
      clips: [
        { id: 'clipitem-1', name: 'line 1', start: 60, end: 150 },
        { id: 'clipitem-2', name: 'line 2', start: 300, end: 420, in: 30 },
      ],
    },
    {
      name: 'Music',
      clips: [
        {
          id: 'clipitem-3',
          name: 'score',
          start: 0,
          end: 600,
          in: 300,
          levels: {
            value: '1',
            keys: [
              [300, '0.1'],
              [315, '0.5'],
            ],
          },
        },
      ],
    },
    { name: 'SFX', clips: [{ id: 'clipitem-4', name: 'whoosh', start: 250, end: 380 }] },
  ];
}
