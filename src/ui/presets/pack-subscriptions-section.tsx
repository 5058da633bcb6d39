import { useState } from 'react';
import { SpectrumButton } from '../spectrum/spectrum-button';
import { SpectrumTextField } from '../spectrum/spectrum-text-field';
import { isPostponed, type PackSubscriptionsController, type SubscriptionsSnapshot } from './pack-subscriptions-controller';
import { SubscriptionCard, type SubscriptionActions } from './subscription-card';

/**
 * "Subscribe to a pack…": agency packs installed from a web address the build allows (the signature is
 * checked and the agency's key pinned), each listed with its release, last check and problem, and a
 * newer release's changes shown before it applies.
 */
export function PackSubscriptionsSection({
  snapshot,
  controller,
}: {
  snapshot: SubscriptionsSnapshot;
  controller: Pick<PackSubscriptionsController, 'subscribe' | 'checkNow' | 'apply' | 'postpone' | 'unsubscribe'>;
}) {
  const [location, setLocation] = useState('');
  const actions: SubscriptionActions = {
    checkNow: () => void controller.checkNow(),
    apply: (id) => void controller.apply(id),
    postpone: (id) => controller.postpone(id),
    unsubscribe: (id) => void controller.unsubscribe(id),
  };
  const subscribe = async () => {
    if (await controller.subscribe(location)) setLocation('');
  };
  return (
    <div className="field" aria-label="Pack subscriptions" role="group">
      <h2>Subscribed packs</h2>
      <SpectrumTextField
        label="Subscribe to a pack by web address"
        name="pack-subscription-url"
        value={location}
        onChange={setLocation}
        placeholder="https://packs.agency.example/house.cliprelay-pack.json"
      />
      <SpectrumButton onPress={() => void subscribe()} disabled={snapshot.busy || location.trim() === ''}>
        Subscribe to a pack…
      </SpectrumButton>
      {snapshot.problem == null ? null : (
        <p className="error" role="alert">
          {snapshot.problem}
        </p>
      )}
      {snapshot.views.length === 0 ? <p className="hint">No subscribed packs. Your agency gives you the address of its pack.</p> : null}
      {snapshot.views.map((view) => (
        <SubscriptionCard key={view.id} view={view} showUpdate={!isPostponed(snapshot, view)} busy={snapshot.busy} actions={actions} />
      ))}
    </div>
  );
}
