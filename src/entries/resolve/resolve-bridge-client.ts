import type { ResolveBridgeCalls, ResolveBridgeChannel, ResolvePreloadApi } from './resolve-bridge-api';
import { fromBridgedError } from './resolve-bridge-errors';

export type BridgeCall = <C extends ResolveBridgeChannel>(
  channel: C,
  ...args: Parameters<ResolveBridgeCalls[C]>
) => Promise<ReturnType<ResolveBridgeCalls[C]>>;

/** Typed calls over the preload's `invoke`; a bridged error becomes its class again. */
export function bridgeCall(api: ResolvePreloadApi): BridgeCall {
  return async (channel, ...args) => {
    const result = await api.invoke(channel, ...args);
    if (!result.ok) throw fromBridgedError(result.error);
    return result.value as never;
  };
}
