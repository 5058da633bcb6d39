import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sendBytes } from '../../src/emulators/emulator-http';

/**
 * Runs in a child process: serves `sizeBytes` of MP4-looking bytes exactly as the emulators serve
 * result files (sendBytes: Content-Length, Range, 64 KiB chunks), so the downloader's memory is
 * measured without the server's buffer in the same process. Prints its URL on stdout.
 */
export async function serveBenchFile(sizeBytes: number): Promise<void> {
  const body = new Uint8Array(sizeBytes);
  // An MP4's top-level boxes (ftyp, an empty moov, an mdat to the end), so the downloader's
  // verification (ftyp first, boxes tiling the file) passes.
  body.set([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d], 0);
  body.set([0, 0, 0, 8, 0x6d, 0x6f, 0x6f, 0x76], 24);
  new DataView(body.buffer).setUint32(32, sizeBytes - 32);
  body.set([0x6d, 0x64, 0x61, 0x74], 36);
  for (let i = 64; i < sizeBytes; i += 4096) body[i] = i & 0xff;
  const server = createServer((req, res) => void sendBytes(req, res, body, 'video/mp4'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.stdout.write(`http://127.0.0.1:${(server.address() as AddressInfo).port}/clip.mp4\n`);
}
