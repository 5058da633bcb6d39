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
