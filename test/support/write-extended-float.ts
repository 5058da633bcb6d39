/** Writes `value` as the 80-bit extended float AIFF uses (src/audio/extended-float.ts reads it), for test AIFF files. */
export function writeExtendedFloat80(value: number, bytes: Uint8Array, offset: number): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset + offset, 10);
  if (value === 0 || !Number.isFinite(value)) {
    view.setUint16(0, value === 0 ? 0 : 0x7fff | (value < 0 ? 0x8000 : 0));
    view.setUint32(2, 0);
    view.setUint32(6, 0);
    return;
  }
  const sign = value < 0 ? 0x8000 : 0;
  const magnitude = Math.abs(value);
  // Normalise so the integer bit is set: magnitude = m · 2^exponent with m in [1, 2).
  let exponent = Math.floor(Math.log2(magnitude));
  let mantissa = magnitude / 2 ** exponent;
  // Math.log2 can be off by one ulp near powers of two.
  if (mantissa >= 2) {
    mantissa /= 2;
    exponent++;
  } else if (mantissa < 1) {
    mantissa *= 2;
    exponent--;
  }
  const scaled = mantissa * 2 ** 31;
  const high = Math.floor(scaled);
  const low = Math.round((scaled - high) * 2 ** 32);
  view.setUint16(0, sign | (exponent + 16383));
  view.setUint32(2, high >>> 0);
  view.setUint32(6, low >>> 0);
}
