import type { HostCapabilities, NleHost } from '../../hosts/spec';
import type { BridgeCall } from './resolve-bridge-client';

/**
 * The panel's NleHost in Resolve: every call goes to the main process, where ResolveHost talks to Resolve
 * through Blackmagic's bridge. Capabilities are read once and again after each edit (a placement can be the
 * first item Resolve's calls can be probed on).
 */
export async function connectResolveHost(call: BridgeCall): Promise<NleHost & { undoLastChange(): Promise<string | null> }> {
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
    writeGainEnvelopes: (envelopes, undoLabel) => call('host.writeGainEnvelopes', envelopes, undoLabel),
    undoLastChange: () => call('host.undoLastChange'),
  };
}
