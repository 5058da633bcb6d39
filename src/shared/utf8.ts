/**
 * UTF-8 encoding and decoding without TextEncoder/TextDecoder, which Adobe UXP does not provide
 * reliably. Lone surrogates become U+FFFD, as TextEncoder would do.
 */
export function encodeUtf8(text: string): Uint8Array {
  const bytes: number[] = [];
  for (let index = 0; index < text.length; index++) {
    let codePoint = text.charCodeAt(index);
    if (codePoint >= 0xd800 && codePoint <= 0xdbff) {
      const next = index + 1 < text.length ? text.charCodeAt(index + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        codePoint = 0x10000 + ((codePoint - 0xd800) << 10) + (next - 0xdc00);
        index++;
      } else {
        codePoint = 0xfffd;
      }
    } else if (codePoint >= 0xdc00 && codePoint <= 0xdfff) {
      codePoint = 0xfffd;
    }
    if (codePoint < 0x80) {
      bytes.push(codePoint);
    } else if (codePoint < 0x800) {
      bytes.push(0xc0 | (codePoint >> 6), 0x80 | (codePoint & 0x3f));
    } else if (codePoint < 0x10000) {
      bytes.push(0xe0 | (codePoint >> 12), 0x80 | ((codePoint >> 6) & 0x3f), 0x80 | (codePoint & 0x3f));
    } else {
      bytes.push(0xf0 | (codePoint >> 18), 0x80 | ((codePoint >> 12) & 0x3f), 0x80 | ((codePoint >> 6) & 0x3f), 0x80 | (codePoint & 0x3f));
    }
  }
  return Uint8Array.from(bytes);
}

/**
 * Decodes UTF-8 exactly as TextDecoder does (WHATWG Encoding Standard §8.1.1): each maximal
 * invalid subpart becomes one U+FFFD.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  const codeUnits: number[] = [];
  let text = '';
  let codePoint = 0;
  let bytesNeeded = 0;
  let bytesSeen = 0;
  let lowerBoundary = 0x80;
  let upperBoundary = 0xbf;
  const emit = (value: number) => {
    if (value >= 0x10000) {
      const offset = value - 0x10000;
      codeUnits.push(0xd800 + (offset >> 10), 0xdc00 + (offset & 0x3ff));
    } else {
      codeUnits.push(value);
    }
    // Flush in slices: String.fromCharCode has an argument-count limit.
    if (codeUnits.length >= 8192) {
      text += String.fromCharCode(...codeUnits);
      codeUnits.length = 0;
    }
  };

  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index]!;
    if (bytesNeeded === 0) {
      if (byte <= 0x7f) {
        emit(byte);
      } else if (byte >= 0xc2 && byte <= 0xdf) {
        bytesNeeded = 1;
        codePoint = byte & 0x1f;
      } else if (byte >= 0xe0 && byte <= 0xef) {
        if (byte === 0xe0) lowerBoundary = 0xa0;
        if (byte === 0xed) upperBoundary = 0x9f;
        bytesNeeded = 2;
        codePoint = byte & 0x0f;
      } else if (byte >= 0xf0 && byte <= 0xf4) {
        if (byte === 0xf0) lowerBoundary = 0x90;
        if (byte === 0xf4) upperBoundary = 0x8f;
        bytesNeeded = 3;
        codePoint = byte & 0x07;
      } else {
        emit(0xfffd);
      }
      continue;
    }
    if (byte < lowerBoundary || byte > upperBoundary) {
      // The sequence so far is one error; the offending byte starts over.
      codePoint = bytesNeeded = bytesSeen = 0;
      lowerBoundary = 0x80;
      upperBoundary = 0xbf;
      emit(0xfffd);
      index--;
      continue;
    }
    lowerBoundary = 0x80;
    upperBoundary = 0xbf;
    codePoint = (codePoint << 6) | (byte & 0x3f);
    bytesSeen++;
    if (bytesSeen === bytesNeeded) {
      emit(codePoint);
      codePoint = bytesNeeded = bytesSeen = 0;
    }
  }
  if (bytesNeeded !== 0) emit(0xfffd);
  return text + String.fromCharCode(...codeUnits);
}
