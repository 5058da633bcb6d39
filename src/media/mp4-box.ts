import { Mp4FormatError } from './mp4-format-error';

/** One ISO BMFF box: its four-character type and where its payload lies in the buffer. */
export interface Mp4Box {
  readonly type: string;
  /** Offset of the box header in the buffer. */
  readonly start: number;
  /** Offset of the first payload byte (after the 8- or 16-byte header). */
  readonly payloadStart: number;
  /** Offset just past the box, as declared (may exceed the buffer for a truncated head). */
  readonly end: number;
}

/** The box header at `offset`, or undefined when fewer than a header's bytes remain. */
export function readBoxHeader(bytes: Uint8Array, offset: number, limit: number = bytes.length): Mp4Box | undefined {
  if (offset + 8 > limit) return undefined;
  const view = viewOf(bytes);
  let size = view.getUint32(offset);
  const type = fourCc(bytes, offset + 4);
  let payloadStart = offset + 8;
  if (size === 1) {
    // 64-bit "largesize"; exact in a double up to 2^53, far beyond any clip.
    if (offset + 16 > limit) return undefined;
    size = view.getUint32(offset + 8) * 0x1_0000_0000 + view.getUint32(offset + 12);
    payloadStart = offset + 16;
  } else if (size === 0) {
    // "Extends to the end of the file": the best we know is the end of what we hold.
    size = limit - offset;
  }
  if (size < payloadStart - offset) throw new Mp4FormatError(`Box "${printable(type)}" at byte ${offset} has an impossible size ${size}.`);
  return { type, start: offset, payloadStart, end: offset + size };
}

/** The boxes inside `[start, end)`; a last box cut off by the end of the buffer is still listed. */
export function childBoxes(bytes: Uint8Array, start: number, end: number): Mp4Box[] {
  const limit = Math.min(end, bytes.length);
  const boxes: Mp4Box[] = [];
  let offset = start;
  for (;;) {
    const box = readBoxHeader(bytes, offset, limit);
    if (box == null) return boxes;
    boxes.push(box);
    if (box.end >= limit) return boxes;
    offset = box.end;
  }
}

/** The first child of `parent` with this type, complete within the buffer. */
export function findChild(bytes: Uint8Array, parent: Mp4Box, type: string): Mp4Box | undefined {
  return childBoxes(bytes, parent.payloadStart, parent.end).find((box) => box.type === type && box.end <= bytes.length);
}

/** Follows a path of box types, e.g. ["mdia", "minf", "stbl"]. */
export function findPath(bytes: Uint8Array, parent: Mp4Box, path: readonly string[]): Mp4Box | undefined {
  let current: Mp4Box | undefined = parent;
  for (const type of path) {
    if (current == null) return undefined;
    current = findChild(bytes, current, type);
  }
  return current;
}

export function fourCc(bytes: Uint8Array, offset: number): string {
  return String.fromCharCode(bytes[offset] ?? 0, bytes[offset + 1] ?? 0, bytes[offset + 2] ?? 0, bytes[offset + 3] ?? 0);
}

export function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A 64-bit big-endian unsigned integer (box sizes, durations); exact up to 2^53, far beyond any clip. */
export function readUint64(view: DataView, offset: number): number {
  return view.getUint32(offset) * 0x1_0000_0000 + view.getUint32(offset + 4);
}

/** A box type safe to put in a message, for input that is not MP4 at all. */
export function printable(type: string): string {
  return /^[\x20-\x7e]{4}$/.test(type) ? type : 'binary';
}
