import type { PresetPack } from '../domain/presets';
import type { PackSubscriptions, PackSubscriptionView } from '../workflows/packs/pack-subscriptions';
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
  /** The packs in use as last listed; empty until the panel's first list on start. */
  readonly packsInUse: () => readonly PresetPack[];
} {
  let packs: readonly PresetPack[] = [];
  const remember = (views: readonly PackSubscriptionView[]) => {
    packs = views.flatMap((view) => (view.pack == null ? [] : [view.pack]));
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
    packsInUse: () => packs,
  };
}
