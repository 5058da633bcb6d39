import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNodeSidecarWriter } from '../../../src/platform/node/node-sidecar-writer';

let directory: string;
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'cliprelay-sidecar-'));
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

describe('Node sidecar writer', () => {
  it('writes beside the media, replaces an older sidecar, and leaves the media alone', async () => {
    const media = join(directory, 'rain-kling-1.mp4');
    writeFileSync(media, Uint8Array.from([0, 0, 0, 24, 0x66, 0x74, 0x79, 0x70]));
    const writer = createNodeSidecarWriter();
    const path = await writer.writeBeside(media, 'rain-kling-1.cliprelay.json', '{"v":1}\n');
    await writer.writeBeside(media, 'rain-kling-1.cliprelay.json', '{"v":2}\n');
    expect(path).toBe(join(directory, 'rain-kling-1.cliprelay.json'));
    expect(readFileSync(path, 'utf8')).toBe('{"v":2}\n');
    expect(readdirSync(directory).sort()).toEqual(['rain-kling-1.cliprelay.json', 'rain-kling-1.mp4']);
    expect([...readFileSync(media)]).toEqual([0, 0, 0, 24, 0x66, 0x74, 0x79, 0x70]);
  });
});
