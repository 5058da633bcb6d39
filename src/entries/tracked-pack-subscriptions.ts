import type { PresetPack } from '../domain/presets';
import type { PackSubscriptions, PackSubscriptionView } from '../workflows/packs/pack-subscriptions';
import { packsInUse } from '../workflows/packs/packs-in-use';
import type { PanelPackSubscriptions } from '../ui/panel-services';

/**
 * The subscriptions as the panel uses them, remembering the packs in use after every answer, so the
 * job runner (which names files when a clip downloads, outside React) applies the same agency packs
 * as the panel's effective policy.
 */
export function trackedPackSubscriptions(
  subscriptions: PackSubscriptions,
  pickFile?: PanelPackSubscriptions['pickFile'],
): {
  readonly subscriptions: PanelPackSubscriptions;
  /** The packs in force with these pasted ones, the subscriptions as last listed (none until the panel's first list). */
  readonly packsInUse: (pasted: readonly PresetPack[]) => PresetPack[];
} {
  let listed: readonly PackSubscriptionView[] = [];
  const remember = (views: readonly PackSubscriptionView[]) => {
    listed = views;
    return views;
  };
  return {
    subscriptions: {
      list: async () => [...remember(await subscriptions.list())],
      checkAll: async (signal) => [...remember(await subscriptions.checkAll(signal))],
      subscribe: (location, signal) => subscriptions.subscribe(location, signal),
      applyUpdate: (id) => subscriptions.applyUpdate(id),
      unsubscribe: (id) => subscriptions.unsubscribe(id),
      ...(pickFile == null ? {} : { pickFile }),
    },
    packsInUse: (pasted) => packsInUse(pasted, listed),
  };
}
