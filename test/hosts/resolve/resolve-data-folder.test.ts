import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bridgeCall } from '../../../src/entries/resolve/resolve-bridge-client';
import { bridgedLedger } from '../../../src/entries/resolve/resolve-bridged-platform';
import { createResolveBridgeHandlers } from '../../../src/entries/resolve/resolve-bridge-handlers';
import { createFakeResolve } from '../../support/fake-resolve';
import { CONTRACT_SCENARIO } from '../nle-host-contract';

/** The main process as a restart makes it anew: fresh handlers (and host) over the same folders. */
function mainProcess(fake: ReturnType<typeof createFakeResolve>, dataFolderPath: string | undefined) {
  const handle = createResolveBridgeHandlers({
    resolve: fake.resolve,
    mediaFolderPath: mkdtempSync(join(tmpdir(), 'cliprelay-clips-')),
    ...(dataFolderPath == null ? {} : { dataFolderPath }),
    vault: { read: async () => ({}), write: async () => undefined },
    isAllowedUrl: () => false,
  });
  return bridgeCall({ invoke: (channel, ...args) => handle(channel, args) });
}

function memoryStorage(values: Record<string, string>) {
  return {
    values,
    getItem: (key: string) => values[key] ?? null,
    removeItem: (key: string) => void delete values[key],
  };
}

describe("the Resolve plugin's data folder, through the main process", () => {
  it("keeps ClipRelay's undo journal across a restart of the plugin", async () => {
    const fake = createFakeResolve(CONTRACT_SCENARIO, { profile: '21.1' });
    const data = mkdtempSync(join(tmpdir(), 'cliprelay-data-'));
    const first = mainProcess(fake, data);
    const media = await first('host.importMedia', '/media/new-clip.mp4', ['ClipRelay', 'Kling']);
    await first('host.placeClip', { media, atSeconds: 3, videoTrackIndex: 0, audioTrackIndex: 2, undoLabel: 'ClipRelay: place clip' });
    expect(fake.state.current!.tracks.audio).toHaveLength(3);

    const restarted = mainProcess(fake, data);
    expect(await restarted('host.undoLastChange')).toBe('ClipRelay: place clip');
    expect(fake.state.current!.tracks.audio).toHaveLength(2); // the track it added goes too
    expect(await mainProcess(fake, data)('host.undoLastChange')).toBeNull();
    expect(JSON.parse(readFileSync(join(data, 'resolve-edit-journal.json'), 'utf8'))).toEqual({ format: 1, entries: [] });
  });

  it('keeps the job ledger as jobs.json, replaced whole, a damaged text put aside beside it, finished jobs archived', async () => {
    const data = mkdtempSync(join(tmpdir(), 'cliprelay-data-'));
    const call = mainProcess(createFakeResolve(CONTRACT_SCENARIO), data);
    expect(await call('ledger.read')).toBeNull();
    await call('ledger.write', '{"jobs":[1]}');
    expect(await mainProcess(createFakeResolve(CONTRACT_SCENARIO), data)('ledger.read')).toBe('{"jobs":[1]}');
    const aside = await call('ledger.keepAside', '{"jobs":[', Date.UTC(2026, 11, 6, 15, 30));
    expect(aside).toBe(join(data, 'jobs.json.damaged-2026-12-06T15-30-00-000Z'));
    expect(readFileSync(aside, 'utf8')).toBe('{"jobs":[');
    await call('ledger.appendArchive', '{"id":"a"}');
    expect((await call('ledger.readArchive'))?.trim()).toBe('{"id":"a"}');
    expect(readdirSync(data).sort()).toEqual(['jobs-archive.jsonl', 'jobs.json', 'jobs.json.damaged-2026-12-06T15-30-00-000Z']);
  });

  it('refuses the ledger calls when started without a data folder', async () => {
    const call = mainProcess(createFakeResolve(CONTRACT_SCENARIO), undefined);
    await expect(call('ledger.read')).rejects.toThrow(/without a data folder/);
  });

  it('moves a job list the panel kept in localStorage into the file once, then leaves localStorage alone', async () => {
    const data = mkdtempSync(join(tmpdir(), 'cliprelay-data-'));
    const storage = memoryStorage({ 'cliprelay.jobs': '{"jobs":["old"]}', 'cliprelay.jobs.archive': '{"id":"done"}', other: 'kept' });
    const ledger = bridgedLedger(mainProcess(createFakeResolve(CONTRACT_SCENARIO), data), storage);
    expect(await ledger.read()).toBe('{"jobs":["old"]}');
    expect(readFileSync(join(data, 'jobs.json'), 'utf8')).toBe('{"jobs":["old"]}');
    expect((await ledger.readArchive!())?.trim()).toBe('{"id":"done"}');
    expect(storage.values).toEqual({ other: 'kept' });

    // A file already there wins: a localStorage list (another page's) is never merged over it.
    writeFileSync(join(data, 'jobs.json'), '{"jobs":["file"]}');
    storage.values['cliprelay.jobs'] = '{"jobs":["stale"]}';
    expect(await ledger.read()).toBe('{"jobs":["file"]}');
    expect(storage.values['cliprelay.jobs']).toBe('{"jobs":["stale"]}');
  });
});
