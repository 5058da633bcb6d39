import type { ClipGainEnvelope, HostCapabilities, HostNote, NleHost } from '../../hosts/spec';
import type { BridgeCall } from './resolve-bridge-client';
import type { DuckingPathChoice } from './resolve-ducking-path';

interface ResolveDuckingOptions {
  readonly choice: DuckingPathChoice;
  /** "Swap in rendered audio", where this page can render sound; null where it cannot. */
  readonly swapInRenderedAudio: ((envelopes: readonly ClipGainEnvelope[], undoLabel: string) => Promise<readonly HostNote[]>) | null;
}

/**
 * The panel's NleHost in Resolve: every call goes to the main process, where ResolveHost talks to Resolve
 * through Blackmagic's bridge. Capabilities are read once and again after each edit (a placement can be the
 * first item Resolve's calls can be probed on).
 */
export async function connectResolveHost(
  call: BridgeCall,
  ducking?: ResolveDuckingOptions,
): Promise<NleHost & { undoLastChange(): Promise<string | null> }> {
  let capabilities: HostCapabilities = await call('host.capabilities');
  const refresh = async <T>(result: Promise<T>): Promise<T> => {
    const value = await result;
    capabilities = await call('host.capabilities');
    return value;
  };
  return {
    get capabilities() {
      return capabilities;
    },
    readActiveSequence: () => call('host.readActiveSequence'),
    importMedia: (mediaPath, binPath) => call('host.importMedia', mediaPath, binPath),
    placeClip: (request) => refresh(call('host.placeClip', request)),
    writeProvenance: (itemId, provenance, undoLabel) => call('host.writeProvenance', itemId, provenance, undoLabel),
    readProvenance: (itemId) => call('host.readProvenance', itemId),
    readVolumeAutomation: (clipId) => call('host.readVolumeAutomation', clipId),
    // Before 21.1 the editor chooses how to duck: the main process's timeline copy, or sound rendered here and swapped in.
    writeGainEnvelopes: (envelopes, undoLabel) =>
      capabilities.writesGainSteps !== true && ducking?.swapInRenderedAudio != null && ducking.choice.get() === 'rendered-audio'
        ? ducking.swapInRenderedAudio(envelopes, undoLabel)
        : call('host.writeGainEnvelopes', envelopes, undoLabel),
    undoLastChange: () => call('host.undoLastChange'),
  };
}
