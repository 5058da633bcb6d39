import { useEffect, useMemo, useRef, useState } from 'react';
import { describeErrorIn } from '../../shared/i18n/describe-error-in';
import { useMessages } from '../i18n/use-messages';
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
  // The controller outlives a language change; it words each failure in the language of that moment.
  const messages = useMessages();
  const current = useRef(messages);
  useEffect(() => {
    current.current = messages;
  }, [messages]);
  const controller = useMemo(
    () =>
      subscriptions == null
        ? null
        : new PackSubscriptionsController(subscriptions, setSnapshot, (error) => describeErrorIn(current.current, error)),
    [subscriptions],
  );
  useEffect(() => {
    // start() never rejects: every failure becomes the snapshot's problem.
    if (controller != null) void controller.start();
  }, [controller]);
  return { snapshot, controller };
}
