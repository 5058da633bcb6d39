import { roleOfTrack } from '../choose-duck-tracks';
import { secondsToFrames } from '../frame-rate';
import { fileUrlFromPath } from '../media-url';
import type { InterchangeClip, InterchangeTimeline, InterchangeTrack } from '../timeline-model';
import { wholeMediaClips } from '../whole-media-clips';
import { buildXml, element, type XmlNode } from '../xml/xml-tree';

/** FCP's own audio roles for the roles ClipRelay knows; any other track keeps its name as a custom role. */
const FCP_ROLE = { voice: 'dialogue', music: 'music', effects: 'effects' } as const;

/**
 * A new FCPXML 1.10 project from the neutral model. Final Cut has no tracks: the sequence is one gap in
 * the primary storyline and every clip is connected to it, audio below (lane −1 for A1, −2 for A2…) with
 * its track's role, video above with only its picture. Retimed clips are written at their place and
 * length without a time map (they are refused on read). Volume is written afterwards by the ducking writer.
 */
export function writeFcpxmlTimeline(timeline: InterchangeTimeline): string {
  const { numerator, denominator } = timeline.frameRate;
  // frameDuration is the reciprocal of the rate: 1001/30000s for 29.97.
  const frameTime = (seconds: number) => `${secondsToFrames(seconds, timeline.frameRate) * denominator}/${numerator}s`;
  const assets = new Map<string, { id: string; audio: boolean; video: boolean; endSeconds: number }>();
  const assetFor = (clip: InterchangeClip, kind: 'audio' | 'video') => {
    const key = clip.mediaPath ?? `missing:${clip.name}`;
    const asset = assets.get(key) ?? { id: `r${assets.size + 2}`, audio: false, video: false, endSeconds: 0 };
    assets.set(key, {
      ...asset,
      [kind]: true,
      endSeconds: Math.max(asset.endSeconds, clip.inPointSeconds + clip.endSeconds - clip.startSeconds),
    });
    return asset.id;
  };
  const connected = (track: InterchangeTrack, lane: number): XmlNode[] =>
    track.clips.map((clip) =>
      element('asset-clip', [], {
        ref: assetFor(clip, track.kind),
        lane: String(lane),
        offset: frameTime(clip.startSeconds),
        name: clip.name,
        start: frameTime(clip.inPointSeconds),
        duration: frameTime(clip.endSeconds - clip.startSeconds),
        ...(clip.enabled ? {} : { enabled: '0' }),
        ...(track.kind === 'audio' ? { srcEnable: 'audio', audioRole: audioRole(track) } : { srcEnable: 'video' }),
      }),
    );
  const video = timeline.tracks.filter((track) => track.kind === 'video').flatMap((track, index) => connected(track, index + 1));
  const audio = wholeMediaClips(timeline.tracks)
    .filter((track) => track.kind === 'audio')
    .flatMap((track) => connected(track, -(track.index + 1)));
  const endSeconds = Math.max(0, ...timeline.tracks.flatMap((track) => track.clips.map((clip) => clip.endSeconds)));
  const gap = element('gap', [...video, ...audio], { name: 'Gap', offset: '0s', start: '0s', duration: frameTime(endSeconds) });
  const resources = element('resources', [
    element('format', [], { id: 'r1', frameDuration: `${denominator}/${numerator}s` }),
    ...[...assets].map(([key, asset]) =>
      element(
        'asset',
        key.startsWith('missing:')
          ? [element('media-rep', [], { kind: 'original-media', src: 'file:///missing' })]
          : [element('media-rep', [], { kind: 'original-media', src: fileUrlFromPath(key) })],
        {
          id: asset.id,
          name: key.split(/[\\/]/).pop() ?? key,
          start: '0s',
          duration: frameTime(asset.endSeconds),
          ...(asset.video ? { hasVideo: '1', format: 'r1' } : {}),
          ...(asset.audio ? { hasAudio: '1', audioSources: '1' } : {}),
        },
      ),
    ),
  ]);
  const sequence = element('sequence', [element('spine', [gap])], {
    format: 'r1',
    duration: frameTime(endSeconds),
    tcStart: '0s',
    tcFormat: timeline.frameRate.dropFrame ? 'DF' : 'NDF',
  });
  const project = element('project', [sequence], { name: timeline.name === '' ? 'ClipRelay' : timeline.name });
  const declaration = { '?xml': [{ '#text': '' }], ':@': { version: '1.0', encoding: 'UTF-8' } } as unknown as XmlNode;
  const root = element('fcpxml', [resources, element('library', [element('event', [project], { name: 'ClipRelay' })])], {
    version: '1.10',
  });
  return buildXml({ nodes: [declaration, root], doctype: '<!DOCTYPE fcpxml>' });
}

function audioRole(track: InterchangeTrack): string {
  const role = roleOfTrack(track);
  return role in FCP_ROLE ? FCP_ROLE[role as keyof typeof FCP_ROLE] : track.name.replace(/[^\w -]/g, '').trim() || `A${track.index + 1}`;
}
