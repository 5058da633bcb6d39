import type {
  ClipGainEnvelope,
  HostNote,
  ClipProvenance,
  HostCapabilities,
  ImportedMedia,
  PlaceClipOutcome,
  PlaceClipRequest,
  SequenceSnapshot,
  VolumeAutomation,
} from '../../hosts/spec';

/**
 * Everything the sandboxed panel page may ask of the plugin's main process, and nothing more: the preload
 * exposes exactly these channels (contextBridge), the main process handles exactly these (ipcMain.handle).
 * Bytes travel as base64 so the same calls work over Electron IPC and a test's exposed binding.
 */
export interface ResolveBridgeCalls {
  'host.capabilities': () => HostCapabilities;
  'host.readActiveSequence': () => SequenceSnapshot;
  'host.importMedia': (mediaPath: string, binPath: readonly string[]) => ImportedMedia;
  'host.placeClip': (request: PlaceClipRequest) => PlaceClipOutcome;
  'host.writeProvenance': (itemId: string, provenance: ClipProvenance, undoLabel?: string) => void;
  'host.readProvenance': (itemId: string) => ClipProvenance | null;
  'host.readVolumeAutomation': (clipId: string) => VolumeAutomation;
  'host.writeGainEnvelopes': (envelopes: readonly ClipGainEnvelope[], undoLabel: string) => readonly HostNote[];
  /** Before 21.1, by the editor's choice: each clip's audio replaced by a rendered, ducked file; notes for the editor. */
  'host.swapInRenderedAudio': (
    swaps: readonly { readonly clipId: string; readonly renderedPath: string }[],
    undoLabel: string,
  ) => readonly HostNote[];
  /** Takes back ClipRelay's newest change in Resolve; its label, or null when there is none. */
  'host.undoLastChange': () => string | null;
  /** Resolve Diagnostics as a copyable report (a scratch timeline unless read-only). */
  'host.runDiagnostics': (options: { readonly readOnly?: boolean; readonly keepScratchSequence?: boolean }) => string;
  /** A new file in the clip folder: its native path and a handle for its writes. */
  'media.createFile': (fileName: string) => { readonly path: string; readonly handle: string };
  /**
   * A new file named after `mediaPath` with `suffix` (e.g. " (ducked).wav"), never over an existing one: beside it
   * when it is in the clip folder, else in the clip folder.
   */
  'media.createBeside': (mediaPath: string, suffix: string) => { readonly path: string; readonly handle: string };
  'media.write': (handle: string, base64: string) => void;
  'media.close': (handle: string) => void;
  'media.abort': (handle: string) => void;
  /** A file ClipRelay wrote to the clip folder, whole, as base64. */
  'media.readFile': (path: string) => string;
  /** Streams a media file that plays on the current timeline (voice-over analysis): a handle, then chunks. */
  'media.openRead': (path: string) => string;
  'media.readChunk': (handle: string) => string | null;
  'sidecar.writeBeside': (mediaPath: string, fileName: string, text: string) => string;
  /** The job ledger, a file in the plugin's data folder (the same semantics as the CLI's jobs.json). */
  'ledger.read': () => string | null;
  'ledger.write': (text: string) => void;
  'ledger.keepAside': (text: string, nowMs: number) => string;
  'ledger.appendArchive': (lines: string) => void;
  'ledger.readArchive': () => string | null;
  'secrets.get': (name: string) => string | null;
  'secrets.set': (name: string, value: string) => void;
  'secrets.remove': (name: string) => void;
  /** An HTTPS request to a host the model catalog lists, made by the main process (no CORS there). */
  'net.fetch': (request: BridgedRequest) => BridgedResponseHead;
  'net.readChunk': (handle: string) => string | null;
  'net.cancel': (handle: string) => void;
}

export type ResolveBridgeChannel = keyof ResolveBridgeCalls;

export const RESOLVE_BRIDGE_CHANNELS: readonly ResolveBridgeChannel[] = [
  'host.capabilities',
  'host.readActiveSequence',
  'host.importMedia',
  'host.placeClip',
  'host.writeProvenance',
  'host.readProvenance',
  'host.readVolumeAutomation',
  'host.writeGainEnvelopes',
  'host.swapInRenderedAudio',
  'host.undoLastChange',
  'host.runDiagnostics',
  'media.createFile',
  'media.createBeside',
  'media.write',
  'media.close',
  'media.abort',
  'media.readFile',
  'media.openRead',
  'media.readChunk',
  'sidecar.writeBeside',
  'ledger.read',
  'ledger.write',
  'ledger.keepAside',
  'ledger.appendArchive',
  'ledger.readArchive',
  'secrets.get',
  'secrets.set',
  'secrets.remove',
  'net.fetch',
  'net.readChunk',
  'net.cancel',
];

interface BridgedRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: readonly (readonly [string, string])[];
  /** The body as base64; null for none. */
  readonly body: string | null;
  /** 'manual' hands a redirect back to the page (packs follow one only within their host). @default 'follow' */
  readonly redirect?: 'follow' | 'manual';
}

interface BridgedResponseHead {
  readonly handle: string;
  readonly status: number;
  readonly statusText: string;
  readonly headers: readonly (readonly [string, string])[];
}

/** What crosses the bridge: a value, or an error as plain data the page turns back into its class. */
export type BridgeResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: BridgedError };

export interface BridgedError {
  readonly name: string;
  readonly message: string;
  /** HostOperationError's operation, TrackOccupiedError's track, where the error has them. */
  readonly fields: Readonly<Record<string, string | number>>;
}

/** What the preload puts on `window.cliprelayResolve`. */
export interface ResolvePreloadApi {
  invoke(channel: ResolveBridgeChannel, ...args: unknown[]): Promise<BridgeResult>;
}
