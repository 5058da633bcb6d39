import { createReadStream, existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve as resolvePath, sep } from 'node:path';
import type { Resolve } from '../../hosts/resolve/resolve-api';
import { ResolveHost, runResolveDiagnostics } from '../../hosts/resolve';
import type { LedgerStorage } from '../../platform/ledger-storage';
import { createFileByteSink } from '../../platform/node/file-byte-sink';
import { fileLedgerStorage } from '../../platform/node/file-ledger-storage';
import { writeFileAtomically } from '../../platform/node/write-file-atomically';
import type { ByteSink } from '../../providers/spec';
import { encodeBase64 } from '../../shared/base64';
import { otioTimelineCopy } from './otio-timeline-copy';
import { RESOLVE_BRIDGE_CHANNELS, type BridgeResult, type ResolveBridgeCalls, type ResolveBridgeChannel } from './resolve-bridge-api';
import { BridgeRefusedError, toBridgedError } from './resolve-bridge-errors';

/** The secrets file's contents as the main process keeps them (encrypted at rest by Electron's safeStorage). */
export interface SecretVault {
  read(): Promise<Record<string, string>>;
  write(values: Readonly<Record<string, string>>): Promise<void>;
}

export interface ResolveBridgeDeps {
  readonly resolve: Resolve;
  /** Where generated clips are written; the page may read and write nowhere else. */
  readonly mediaFolderPath: string;
  readonly vault: SecretVault;
  /** True for an https URL on a host the model catalog lists (and, in tests, the emulators' origin). */
  readonly isAllowedUrl: (url: URL) => boolean;
  /** The bridge module's version for Diagnostics (`GetInfo()`, Resolve 20.1+). @default null */
  readonly bridgeVersion?: string | null;
  /** Where the OTIO round trip (Resolve before 21.1) writes its two files. @default none: such a duck is refused */
  readonly scratchFolderPath?: string;
  /** The plugin's own data folder (Electron's userData): the job ledger and the undo journal live there. @default none: kept in memory */
  readonly dataFolderPath?: string;
  /** @default globalThis.fetch (Node's, in Electron's main process) */
  readonly fetch?: (url: string, init: RequestInit) => Promise<Response>;
}

type Handlers = {
  [C in ResolveBridgeChannel]: (
    ...args: Parameters<ResolveBridgeCalls[C]>
  ) => Promise<ReturnType<ResolveBridgeCalls[C]>> | ReturnType<ResolveBridgeCalls[C]>;
};

const decodeBase64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

/** A text file replaced atomically; null while there is none. */
function textFileStore(filePath: string) {
  return {
    read: () =>
      readFile(filePath, 'utf8').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw error;
      }),
    write: (text: string) => writeFileAtomically(filePath, text),
  };
}

/**
 * The main process's side of the bridge: each allowed channel does one narrow thing with Resolve, the clip
 * folder, the secrets vault or the network. Runs in Node (Electron's main process, or a test against the fake).
 */
export function createResolveBridgeHandlers(deps: ResolveBridgeDeps): (channel: string, args: readonly unknown[]) => Promise<BridgeResult> {
  const host = new ResolveHost(deps.resolve, {
    ...(deps.scratchFolderPath == null ? {} : { timelineCopy: otioTimelineCopy(deps.scratchFolderPath) }),
    // Resolve has no undo for scripted edits: ClipRelay's own journal outlives the panel in the data folder.
    ...(deps.dataFolderPath == null ? {} : { journalStore: textFileStore(join(deps.dataFolderPath, 'resolve-edit-journal.json')) }),
  });
  const folder = resolvePath(deps.mediaFolderPath);
  const ledger = deps.dataFolderPath == null ? null : fileLedgerStorage(join(deps.dataFolderPath, 'jobs.json'));
  const ledgerFile = (): LedgerStorage => {
    if (ledger == null) throw new BridgeRefusedError({ message: 'this ClipRelay was started without a data folder for its job list' });
    return ledger;
  };
  const doFetch = deps.fetch ?? ((url: string, init: RequestInit) => globalThis.fetch(url, init));
  const sinks = new Map<string, ByteSink>();
  const readers = new Map<string, AsyncIterator<Uint8Array>>();
  let nextHandle = 0;
  const newHandle = (kind: string) => `${kind}-${(nextHandle += 1)}`;
  const inFolder = (path: string) => {
    const full = resolvePath(path);
    if (!full.startsWith(folder + sep))
      throw new BridgeRefusedError({ message: `ClipRelay reads and writes only in its clip folder, not ${path}` });
    return full;
  };
  const sinkOf = (handle: string) => {
    const sink = sinks.get(handle);
    if (sink == null) throw new BridgeRefusedError({ message: `no open file ${handle}` });
    return sink;
  };
  const nextChunk = async (handle: string): Promise<string | null> => {
    const reader = readers.get(handle);
    if (reader == null) throw new BridgeRefusedError({ message: `no open read ${handle}` });
    const step: IteratorResult<Uint8Array, unknown> = await reader.next();
    if (step.done === true) {
      readers.delete(handle);
      return null;
    }
    return encodeBase64(step.value);
  };

  const handlers: Handlers = {
    'host.capabilities': () => host.capabilities,
    'host.readActiveSequence': () => host.readActiveSequence(),
    'host.importMedia': (mediaPath, binPath) => host.importMedia(mediaPath, binPath),
    'host.placeClip': (request) => host.placeClip(request),
    'host.writeProvenance': (itemId, provenance, undoLabel) => host.writeProvenance(itemId, provenance, undoLabel),
    'host.readProvenance': (itemId) => host.readProvenance(itemId),
    'host.readVolumeAutomation': (clipId) => host.readVolumeAutomation(clipId),
    'host.writeGainEnvelopes': (envelopes, undoLabel) => host.writeGainEnvelopes(envelopes, undoLabel),
    'host.swapInRenderedAudio': (swaps, undoLabel) => host.swapInRenderedAudio(swaps, undoLabel),
    'host.undoLastChange': () => host.undoLastChange(),
    'host.runDiagnostics': (options) =>
      runResolveDiagnostics(deps.resolve, { ...options, bridgeVersion: deps.bridgeVersion ?? null, now: Date.now }),
    'media.createFile': async (fileName) => {
      if (basename(fileName) !== fileName || fileName.startsWith('.'))
        throw new BridgeRefusedError({ message: `not a plain file name: ${fileName}` });
      await mkdir(folder, { recursive: true });
      const path = join(folder, fileName);
      const handle = newHandle('file');
      sinks.set(handle, createFileByteSink(path));
      return { path, handle };
    },
    'media.createBeside': async (mediaPath, suffix) => {
      if (basename(suffix) !== suffix) throw new BridgeRefusedError({ message: `not a plain file name ending: ${suffix}` });
      const full = resolvePath(mediaPath);
      const besideOriginal = full.startsWith(folder + sep) ? dirname(full) : folder;
      const stem = basename(full).replace(/\.[^.]*$/, '');
      await mkdir(besideOriginal, { recursive: true });
      const dot = suffix.lastIndexOf('.');
      const [before, extension] = dot < 0 ? [suffix, ''] : [suffix.slice(0, dot), suffix.slice(dot)];
      // Never over a file that is there: the editor's or an earlier render may still be on a timeline.
      let path = join(besideOriginal, `${stem}${suffix}`);
      for (let copy = 2; existsSync(path) || existsSync(`${path}.part`); copy += 1)
        path = join(besideOriginal, `${stem}${before} ${copy}${extension}`);
      const handle = newHandle('file');
      sinks.set(handle, createFileByteSink(path));
      return { path, handle };
    },
    'media.write': (handle, base64) => sinkOf(handle).write(decodeBase64(base64)),
    'media.close': async (handle) => {
      await sinkOf(handle).close();
      sinks.delete(handle);
    },
    'media.abort': async (handle) => {
      await sinkOf(handle).abort(new BridgeRefusedError({ message: 'the panel stopped the download' }));
      sinks.delete(handle);
    },
    'media.readFile': async (path) => encodeBase64(new Uint8Array(await readFile(inFolder(path)))),
    'media.openRead': async (path) => {
      const onTimeline = async () => {
        const sequence = await host.readActiveSequence();
        return [...sequence.videoTracks, ...sequence.audioTracks].some((track) => track.clips.some((clip) => clip.mediaPath === path));
      };
      if (!(await onTimeline())) inFolder(path);
      const handle = newHandle('read');
      readers.set(handle, (createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Uint8Array>)[Symbol.asyncIterator]());
      return handle;
    },
    'media.readChunk': (handle) => nextChunk(handle),
    'sidecar.writeBeside': async (mediaPath, fileName, text) => {
      if (basename(fileName) !== fileName) throw new BridgeRefusedError({ message: `not a plain file name: ${fileName}` });
      const path = join(dirname(inFolder(mediaPath)), fileName);
      await writeFile(`${path}.tmp`, text, 'utf8');
      await rename(`${path}.tmp`, path);
      return path;
    },
    'ledger.read': () => ledgerFile().read(),
    'ledger.write': (text) => ledgerFile().write(text),
    'ledger.keepAside': (text, nowMs) => ledgerFile().keepAside!(text, nowMs),
    'ledger.appendArchive': (lines) => ledgerFile().appendArchive!(lines),
    'ledger.readArchive': () => ledgerFile().readArchive!(),
    'secrets.get': async (name) => (await deps.vault.read())[name] ?? null,
    'secrets.set': async (name, value) => deps.vault.write({ ...(await deps.vault.read()), [name]: value }),
    'secrets.remove': async (name) => {
      const { [name]: _removed, ...rest } = await deps.vault.read();
      await deps.vault.write(rest);
    },
    'net.fetch': async (request) => {
      const url = new URL(request.url);
      if (!deps.isAllowedUrl(url))
        throw new BridgeRefusedError({ message: `ClipRelay talks only to the providers' hosts, not ${url.origin}` });
      const headers = new Headers();
      for (const [name, value] of request.headers) headers.append(name, value);
      const response = await doFetch(url.href, {
        method: request.method,
        headers,
        ...(request.body == null ? {} : { body: decodeBase64(request.body) as BodyInit }),
        redirect: request.redirect ?? 'follow',
      });
      const handle = newHandle('net');
      const body = response.body as AsyncIterable<Uint8Array> | null;
      readers.set(handle, (body ?? (async function* () {})())[Symbol.asyncIterator]());
      return { handle, status: response.status, statusText: response.statusText, headers: [...response.headers.entries()] };
    },
    'net.readChunk': (handle) => nextChunk(handle),
    'net.cancel': async (handle) => {
      await readers.get(handle)?.return?.();
      readers.delete(handle);
    },
  };

  return async (channel, args) => {
    try {
      if (!(RESOLVE_BRIDGE_CHANNELS as readonly string[]).includes(channel))
        throw new BridgeRefusedError({ message: `no such ClipRelay call: ${channel}` });
      const handler = handlers[channel as ResolveBridgeChannel] as (...values: readonly unknown[]) => unknown;
      return { ok: true, value: await handler(...args) };
    } catch (error) {
      return { ok: false, error: toBridgedError(error) };
    }
  };
}
