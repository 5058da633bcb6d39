import { childBoxes, findChild, findPath, readUint64, viewOf, type Mp4Box } from './mp4-box';

/**
 * Where the last media sample of any track ends, as a byte offset in the file, from a `moov` box
 * (`bytes` holds it, from its header): each track's last chunk offset (stco/co64) plus the sizes of
 * that chunk's samples (stsc says how many, stsz how big). Null when a track's tables cannot say
 * (fragmented files keep their samples in moof boxes instead).
 *
 * Box sizes alone cannot tell a complete file whose last box is an `mdat` of size 0 ("to the end of
 * the file", ISO/IEC 14496-12 §4.2) from the same file cut short: its samples can.
 */
export function mp4SamplesEndByte(bytes: Uint8Array): number | null {
  const moov = childBoxes(bytes, 0, bytes.length).find((box) => box.type === 'moov');
  if (moov == null || moov.end > bytes.length) return null;
  let end = 0;
  for (const trak of childBoxes(bytes, moov.payloadStart, moov.end).filter((box) => box.type === 'trak')) {
    const stbl = findPath(bytes, trak, ['mdia', 'minf', 'stbl']);
    const trackEnd = stbl == null ? null : lastChunkEnd(bytes, stbl);
    if (trackEnd == null) return null;
    end = Math.max(end, trackEnd);
  }
  return end > 0 ? end : null;
}

/** One past the last byte of the track's last chunk; null when its tables are missing or disagree. */
function lastChunkEnd(bytes: Uint8Array, stbl: Mp4Box): number | null {
  const view = viewOf(bytes);
  const stco = findChild(bytes, stbl, 'stco') ?? findChild(bytes, stbl, 'co64');
  const stsc = findChild(bytes, stbl, 'stsc');
  const stsz = findChild(bytes, stbl, 'stsz');
  if (stco == null || stsc == null || stsz == null) return null;
  // Each is a full box: version/flags(4), then entry_count(4) (stsz: sample_size(4) sample_count(4)).
  const chunkCount = view.getUint32(stco.payloadStart + 4);
  if (chunkCount === 0) return 0;
  const wide = stco.type === 'co64';
  const lastOffsetAt = stco.payloadStart + 8 + (chunkCount - 1) * (wide ? 8 : 4);
  if (lastOffsetAt + (wide ? 8 : 4) > stco.end) return null;
  const lastOffset = wide ? readUint64(view, lastOffsetAt) : view.getUint32(lastOffsetAt);
  // stsc entries: first_chunk(4) samples_per_chunk(4) sample_description_index(4); the last one covers the last chunk.
  const runs = view.getUint32(stsc.payloadStart + 4);
  if (runs === 0 || stsc.payloadStart + 8 + runs * 12 > stsc.end) return null;
  const samplesInLastChunk = view.getUint32(stsc.payloadStart + 8 + (runs - 1) * 12 + 4);
  const fixedSize = view.getUint32(stsz.payloadStart + 4);
  const sampleCount = view.getUint32(stsz.payloadStart + 8);
  if (samplesInLastChunk > sampleCount) return null;
  if (fixedSize !== 0) return lastOffset + fixedSize * samplesInLastChunk;
  if (stsz.payloadStart + 12 + sampleCount * 4 > stsz.end) return null;
  let bytesInLastChunk = 0;
  for (let sample = sampleCount - samplesInLastChunk; sample < sampleCount; sample++) {
    bytesInLastChunk += view.getUint32(stsz.payloadStart + 12 + sample * 4);
  }
  return lastOffset + bytesInLastChunk;
}
