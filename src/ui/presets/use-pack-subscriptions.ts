import { useEffect, useMemo, useState } from 'react';
import type { PanelPackSubscriptions } from '../panel-services';
import { EMPTY_SUBSCRIPTIONS, PackSubscriptionsController, type SubscriptionsSnapshot } from './pack-subscriptions-controller';

/**
 * The panel's pack subscriptions, checked once when the panel starts (it lives in PanelApp, not the
 * Presets tab, so the packs apply on every tab). Null controller where the runtime has no subscriptions.
 */
export function usePackSubscriptions(subscriptions: PanelPackSubscriptions | undefined): {
  readonly snapshot: SubscriptionsSnapshot;
  readonly controller: PackSubscriptionsController | null;
} {
  const [snapshot, setSnapshot] = useState<SubscriptionsSnapshot>(EMPTY_SUBSCRIPTIONS);
  const controller = useMemo(
    () => (subscriptions == null ? null : new PackSubscriptionsController(subscriptions, setSnapshot)),
    [subscriptions],
  );
  useEffect(() => {
    // start() never rejects: every failure becomes the snapshot's problem.
    if (controller != null) void controller.start();
  }, [controller]);
  return { snapshot, controller };
}
