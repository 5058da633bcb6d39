/** Bytes that start like a PNG (signature + IHDR tag): enough for emulators that sniff the type. */
export function tinyPng(extraBytes = 32): Uint8Array {
  const bytes = new Uint8Array(16 + extraBytes);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  for (let index = 16; index < bytes.length; index++) bytes[index] = (index * 37) & 0xff;
  return bytes;
}
