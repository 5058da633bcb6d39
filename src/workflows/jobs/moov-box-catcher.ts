/**
 * Keeps a copy of one top-level box (the MP4's `moov`) as a file streams past, so the clip's own
 * duration can be read before the file is given its final name, without reading it back. Boxes
 * larger than `maxBytes` are not kept (a moov is kilobytes to a few megabytes).
 */
export function topLevelBoxCatcher(type: string, maxBytes: number): { push(chunk: Uint8Array): void; caught(): Uint8Array | null } {
  const header = new Uint8Array(16);
  let headerLength = 0;
  /** Bytes of the current box still to come after its header; Infinity for a box that runs to the end. */
  let remaining = 0;
  let parts: Uint8Array[] | null = null;
  let caught: Uint8Array | null = null;
  let malformed = false;

  const finish = () => {
    if (parts == null) return;
    const whole = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
    let offset = 0;
    for (const part of parts) {
      whole.set(part, offset);
      offset += part.length;
    }
    caught = whole;
    parts = null;
  };

  return {
    push(chunk) {
      let index = 0;
      while (index < chunk.length && !malformed) {
        if (remaining > 0) {
          const take = Math.min(remaining, chunk.length - index);
          parts?.push(chunk.slice(index, index + take)); // a copy: writers may reuse their buffers
          remaining -= take;
          index += take;
          if (remaining === 0) finish();
          continue;
        }
        header[headerLength++] = chunk[index++]!;
        if (headerLength < 8) continue;
        const view = new DataView(header.buffer);
        const size32 = view.getUint32(0);
        if (size32 === 1 && headerLength < 16) continue;
        const headerBytes = size32 === 1 ? 16 : 8;
        const size = size32 === 1 ? Number(view.getBigUint64(8)) : size32 === 0 ? Infinity : size32;
        headerLength = 0;
        if (size < headerBytes) {
          malformed = true; // the download's own tiling check reports it
          return;
        }
        const boxType = String.fromCharCode(header[4]!, header[5]!, header[6]!, header[7]!);
        remaining = size - headerBytes;
        if (boxType === type && size <= maxBytes) parts = [header.slice(0, headerBytes)];
        if (remaining === 0) finish();
      }
    },
    caught: () => caught,
  };
}
