/** FNV-1a's 32-bit prime and offset basis. */
const FNV_PRIME = 0x01000193;
const FNV_OFFSET = 0x811c9dc5;
/** Int32Array views read the platform's byte order; the slow path reads little-endian, so both must agree. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** A running digest of a byte stream; equal streams give equal values however they were split into chunks. */
interface PrefixDigest {
  push(bytes: Uint8Array): void;
  value(): number;
}

/**
 * FNV-1a over the stream's 32-bit little-endian words (not its bytes), to check that a server
 * restarting a download from byte 0 sends the file we already have part of. Word by word is about
 * four times less work than byte by byte, which mattered: hashing every byte was most of the
 * download's CPU time at loopback speed. Chunk boundaries do not change the value: a word split
 * across chunks is carried over. Not cryptographic: it guards against a changed file, not an adversary.
 */
export function prefixDigest(): PrefixDigest {
  let hash = FNV_OFFSET | 0;
  let carry = 0;
  let carryBytes = 0;
  return {
    push(bytes) {
      const length = bytes.length;
      let index = 0;
      if (carryBytes > 0) {
        while (carryBytes < 4 && index < length) carry |= bytes[index++]! << (8 * carryBytes++);
        if (carryBytes < 4) return;
        hash = Math.imul(hash ^ carry, FNV_PRIME);
        carry = 0;
        carryBytes = 0;
      }
      const wordCount = (length - index) >> 2;
      const offset = bytes.byteOffset + index;
      if (LITTLE_ENDIAN && offset % 4 === 0) {
        const words = new Int32Array(bytes.buffer, offset, wordCount);
        for (let word = 0; word < wordCount; word++) hash = Math.imul(hash ^ words[word]!, FNV_PRIME);
      } else {
        const view = new DataView(bytes.buffer, offset, wordCount * 4);
        for (let word = 0; word < wordCount; word++) hash = Math.imul(hash ^ view.getInt32(word * 4, true), FNV_PRIME);
      }
      index += wordCount * 4;
      while (index < length) carry |= bytes[index++]! << (8 * carryBytes++);
    },
    value() {
      // The last 0–3 bytes and their count, so streams differing only in a short tail differ here.
      return carryBytes === 0 ? hash >>> 0 : Math.imul(Math.imul(hash ^ carry, FNV_PRIME) ^ carryBytes, FNV_PRIME) >>> 0;
    },
  };
}
