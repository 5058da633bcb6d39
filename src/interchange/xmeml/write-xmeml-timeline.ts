import { secondsToFrames, timebaseOf } from '../frame-rate';
import { fileUrlFromPath } from '../media-url';
import type { InterchangeClip, InterchangeTimeline } from '../timeline-model';
import { buildXml, element, textElement, type XmlNode } from '../xml/xml-tree';

/**
 * A new xmeml (v5) sequence from the neutral model: tracks with Premiere's `MZ.TrackName`, clip items
 * with start/end in sequence frames, in/out at the same rate, `file` with a `file://localhost` URL and a
 * constant Time Remap for retimed clips. Volume is written afterwards by the ducking writer.
 */
export function writeXmemlTimeline(timeline: InterchangeTimeline): string {
  const { timebase, ntsc } = timebaseOf(timeline.frameRate);
  const rate = () => element('rate', [textElement('timebase', String(timebase)), textElement('ntsc', ntsc ? 'TRUE' : 'FALSE')]);
  const frames = (seconds: number) => secondsToFrames(seconds, timeline.frameRate);
  let clipCount = 0;
  const fileIds = new Map<string, string>();
  const clipItem = (clip: InterchangeClip, kind: 'audio' | 'video'): XmlNode => {
    clipCount++;
    const start = frames(clip.startSeconds);
    const end = frames(clip.endSeconds);
    const inFrame = frames(clip.inPointSeconds);
    const children: XmlNode[] = [
      textElement('name', clip.name),
      textElement('enabled', clip.enabled ? 'TRUE' : 'FALSE'),
      rate(),
      textElement('start', String(start)),
      textElement('end', String(end)),
      textElement('in', String(inFrame)),
      textElement('out', String(inFrame + Math.round((end - start) * Math.abs(clip.speed)))),
    ];
    if (clip.mediaPath != null) {
      const known = fileIds.get(clip.mediaPath);
      if (known != null) children.push(element('file', [], { id: known }));
      else {
        const id = `file-${fileIds.size + 1}`;
        fileIds.set(clip.mediaPath, id);
        const name = clip.mediaPath.split(/[\\/]/).pop() ?? clip.name;
        children.push(
          element(
            'file',
            [
              textElement('name', name),
              textElement('pathurl', fileUrlFromPath(clip.mediaPath).replace(/^file:\/\//, 'file://localhost')),
              rate(),
            ],
            { id },
          ),
        );
      }
    }
    children.push(element('sourcetrack', [textElement('mediatype', kind), textElement('trackindex', '1')]));
    if (clip.speed !== 1) children.push(timeRemap(clip.speed));
    return element('clipitem', children, { id: `clipitem-${clipCount}` });
  };
  const tracks = (kind: 'audio' | 'video') =>
    timeline.tracks
      .filter((track) => track.kind === kind)
      .map((track) =>
        element('track', [...track.clips.map((clip) => clipItem(clip, kind)), textElement('enabled', track.enabled ? 'TRUE' : 'FALSE')], {
          'MZ.TrackName': track.name,
        }),
      );
  const end = Math.max(0, ...timeline.tracks.flatMap((track) => track.clips.map((clip) => frames(clip.endSeconds))));
  const sequence = element(
    'sequence',
    [
      textElement('name', timeline.name),
      textElement('duration', String(end)),
      rate(),
      element('media', [element('video', tracks('video')), element('audio', tracks('audio'))]),
      element('timecode', [rate(), textElement('frame', '0'), textElement('displayformat', timeline.frameRate.dropFrame ? 'DF' : 'NDF')]),
    ],
    { id: 'sequence-1' },
  );
  const declaration = { '?xml': [{ '#text': '' }], ':@': { version: '1.0', encoding: 'UTF-8' } } as unknown as XmlNode;
  return buildXml({ nodes: [declaration, element('xmeml', [sequence], { version: '5' })], doctype: '<!DOCTYPE xmeml>' });
}

function timeRemap(speed: number): XmlNode {
  const parameter = (id: string, value: string) =>
    element('parameter', [textElement('parameterid', id), textElement('name', id), textElement('value', value)]);
  return element('filter', [
    element('effect', [
      textElement('name', 'Time Remap'),
      textElement('effectid', 'timeremap'),
      textElement('effectcategory', 'motion'),
      textElement('effecttype', 'motion'),
      textElement('mediatype', 'video'),
      parameter('variablespeed', '0'),
      parameter('speed', String(Math.abs(speed) * 100)),
      parameter('reverse', speed < 0 ? 'TRUE' : 'FALSE'),
    ]),
  ]);
}
