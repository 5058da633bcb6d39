import { describe, expect, it } from 'vitest';
import { BUILTIN_DUCK_PRESETS } from '../../src/domain/ducking';
import { readTimeline } from '../../src/interchange';
import { duckTimelineText } from '../../src/interchange/duck-timeline-text';
import { createTimelineDocument } from '../../src/interchange/write-timeline';
import { parseXml, type XmlNode } from '../../src/interchange/xml/xml-tree';
import { fcpxmlTimeline } from './fcpxml-fixture';
import { otioTimeline, promoTracks } from './otio-fixture';
import { promoXmemlTracks, xmemlTimeline } from './xmeml-fixture';

const standard = BUILTIN_DUCK_PRESETS.find((preset) => preset.id === 'standard')!;

/**
 * OpenTimelineIO's core schemas with the fields each serializes (AcademySoftwareFoundation/OpenTimelineIO,
 * docs/tutorials/otio-serialized-schema-only-fields.md and src/opentimelineio/*.h): a written file may use
 * only these schemas and must give each its fields.
 */
const OTIO_FIELDS: Record<string, readonly string[]> = {
  'Timeline.1': ['metadata', 'name', 'global_start_time', 'tracks'],
  'Stack.1': ['metadata', 'name', 'source_range', 'effects', 'markers', 'enabled', 'children'],
  'Track.1': ['metadata', 'name', 'source_range', 'effects', 'markers', 'enabled', 'children', 'kind'],
  'Clip.2': ['metadata', 'name', 'source_range', 'effects', 'markers', 'enabled', 'media_references', 'active_media_reference_key'],
  'Gap.1': ['metadata', 'name', 'source_range', 'effects', 'markers', 'enabled'],
  'ExternalReference.1': ['metadata', 'name', 'available_range', 'available_image_bounds', 'target_url'],
  'MissingReference.1': ['metadata', 'name', 'available_range', 'available_image_bounds'],
  'Effect.1': ['metadata', 'name', 'effect_name', 'enabled'],
  'LinearTimeWarp.1': ['metadata', 'name', 'effect_name', 'enabled', 'time_scalar'],
  'RationalTime.1': ['rate', 'value'],
  'TimeRange.1': ['duration', 'start_time'],
};

function otioProblems(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => otioProblems(item, `${path}[${index}]`));
  if (typeof value !== 'object' || value == null) return [];
  const record = value as Record<string, unknown>;
  const problems: string[] = [];
  const schema = record.OTIO_SCHEMA;
  if (typeof schema === 'string') {
    const fields = OTIO_FIELDS[schema];
    if (fields == null) problems.push(`${path}: ${schema} is not a core schema`);
    else for (const field of fields) if (!(field in record)) problems.push(`${path}: ${schema} without ${field}`);
  }
  for (const [key, child] of Object.entries(record)) if (key !== 'metadata') problems.push(...otioProblems(child, `${path}.${key}`));
  return problems;
}

/**
 * FCPXML 1.10 DTD content order for the elements ClipRelay writes into (CommandPost mirror of Apple's
 * FCPXMLv1_10.dtd): `asset-clip (note?, conform-rate?, timeMap?, <video adjustments>, adjust-volume?,
 * adjust-panner?, anchored items*, markers*, audio-channel-source*, video filters*, filter-audio*, metadata?)`,
 * `adjust-volume (param*)`, `param (fadeIn?, fadeOut?, keyframeAnimation?, param*)`, `keyframe EMPTY` with
 * time/value/interp/curve, `sequence (note?, spine, metadata?)`, `metadata (md*)`.
 */
const ASSET_CLIP_ORDER = [
  ['note'],
  ['conform-rate'],
  ['timeMap'],
  ['object-tracker', 'adjust-crop', 'adjust-corners', 'adjust-conform', 'adjust-transform', 'adjust-blend', 'adjust-stabilization'],
  ['adjust-rollingShutter', 'adjust-360-transform', 'adjust-reorient', 'adjust-orientation', 'adjust-cinematic'],
  ['adjust-volume'],
  ['adjust-panner'],
  ['audio', 'video', 'clip', 'title', 'caption', 'mc-clip', 'ref-clip', 'sync-clip', 'asset-clip', 'audition', 'spine'],
  ['marker', 'chapter-marker', 'rating', 'keyword', 'analysis-marker'],
  ['audio-channel-source'],
  ['filter-video', 'filter-video-mask'],
  ['filter-audio'],
  ['metadata'],
];
const rank = (tag: string) => ASSET_CLIP_ORDER.findIndex((group) => group.includes(tag));

function fcpxmlProblems(nodes: XmlNode[]): string[] {
  const problems: string[] = [];
  const visit = (node: XmlNode) => {
    const tag = Object.keys(node).find((key) => key !== ':@' && !key.startsWith('#'));
    if (tag == null || tag === '?xml') return;
    const children = node[tag]!.filter((child) => Object.keys(child).some((key) => key !== ':@' && !key.startsWith('#')));
    const tags = children.map((child) => Object.keys(child).find((key) => key !== ':@')!);
    if (tag === 'asset-clip') {
      const ranks = tags.map(rank);
      if (ranks.some((r) => r === -1)) problems.push(`asset-clip has an element the DTD does not allow: ${tags.join(', ')}`);
      if (ranks.some((r, i) => i > 0 && r < ranks[i - 1]!)) problems.push(`asset-clip children out of DTD order: ${tags.join(', ')}`);
      if (tags.filter((t) => t === 'adjust-volume').length > 1) problems.push('two adjust-volume');
    }
    if (tag === 'adjust-volume' && tags.some((t) => t !== 'param')) problems.push(`adjust-volume holds ${tags.join(', ')}`);
    if (tag === 'param' && tags.some((t) => !['fadeIn', 'fadeOut', 'keyframeAnimation', 'param'].includes(t)))
      problems.push(`param holds ${tags.join(', ')}`);
    if (tag === 'keyframe') {
      const attributes = Object.keys(node[':@'] ?? {});
      if (!attributes.includes('time') || !attributes.includes('value')) problems.push('keyframe without time or value');
      if (attributes.some((name) => !['time', 'value', 'interp', 'curve'].includes(name)))
        problems.push(`keyframe attributes ${attributes.join(', ')}`);
      if (children.length > 0) problems.push('keyframe is not empty');
    }
    if (
      tag === 'sequence' &&
      tags.join(',').replace(/^note,/, '') !== 'spine' &&
      tags.join(',').replace(/^note,/, '') !== 'spine,metadata'
    ) {
      problems.push(`sequence holds ${tags.join(', ')}`);
    }
    if (tag === 'metadata' && tags.some((t) => t !== 'md')) problems.push(`metadata holds ${tags.join(', ')}`);
    children.forEach(visit);
  };
  nodes.forEach(visit);
  return problems;
}

describe('written files follow the published rules', () => {
  const ducked = {
    otio: duckTimelineText(otioTimeline(promoTracks()), { preset: standard }).text,
    xmeml: duckTimelineText(xmemlTimeline(promoXmemlTracks()), { preset: standard }).text,
    fcpxml: duckTimelineText(fcpxmlTimeline({ scoreChildren: '<adjust-transform position="0 0"/>' }), { preset: standard }).text,
  };

  it('OTIO: only core schemas, each with its fields — in a ducked export and in timelines written from scratch', () => {
    expect(otioProblems(JSON.parse(ducked.otio))).toEqual([]);
    for (const source of [ducked.xmeml, ducked.fcpxml]) {
      const written = createTimelineDocument(readTimeline(source).timeline, 'otio').serialize();
      expect(otioProblems(JSON.parse(written))).toEqual([]);
    }
  });

  it('FCPXML: element order, contents and keyframe attributes as the 1.10 DTD declares them — ducked and written from scratch', () => {
    expect(fcpxmlProblems(parseXml(ducked.fcpxml, 'fcpxml').nodes)).toEqual([]);
    for (const source of [ducked.xmeml, ducked.otio]) {
      const written = createTimelineDocument(readTimeline(source).timeline, 'fcpxml').serialize();
      expect(fcpxmlProblems(parseXml(written, 'fcpxml').nodes)).toEqual([]);
    }
  });

  it('the checks catch what they look for', () => {
    expect(otioProblems({ OTIO_SCHEMA: 'AudioVolume.1' })).toEqual(['$: AudioVolume.1 is not a core schema']);
    expect(otioProblems({ OTIO_SCHEMA: 'Gap.1', name: '' })).toContain('$: Gap.1 without source_range');
    const bad = parseXml(
      '<asset-clip><marker/><adjust-volume><keyframe time="1s" value="0dB" cliprelay="added"/></adjust-volume></asset-clip>',
      'x',
    ).nodes;
    expect(fcpxmlProblems(bad)).toEqual([
      'asset-clip children out of DTD order: marker, adjust-volume',
      'adjust-volume holds keyframe',
      'keyframe attributes time, value, cliprelay',
    ]);
  });
});
