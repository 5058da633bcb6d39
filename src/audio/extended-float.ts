/**
 * Reads the 80-bit IEEE 754 extended-precision number AIFF uses for its sample rate (Apple's
 * "Audio Interchange File Format" 1.3, COMM chunk): 1 sign bit, a 15-bit exponent biased by 16383,
 * and a 64-bit mantissa with an explicit integer bit. Big-endian.
 */
export function readExtendedFloat80(bytes: Uint8Array, offset: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset + offset, 10);
  const signAndExponent = view.getUint16(0);
  const mantissaHigh = view.getUint32(2);
  const mantissaLow = view.getUint32(6);
  const sign = signAndExponent & 0x8000 ? -1 : 1;
  const exponent = signAndExponent & 0x7fff;
  if (exponent === 0 && mantissaHigh === 0 && mantissaLow === 0) return 0;
  if (exponent === 0x7fff) return mantissaHigh === 0 && mantissaLow === 0 ? sign * Infinity : NaN;
  const mantissa = mantissaHigh * 2 ** 32 + mantissaLow;
  return sign * mantissa * 2 ** (exponent - 16383 - 63);
}

/** Writes `value` as an 80-bit extended float (test files and tools need the inverse). */
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
