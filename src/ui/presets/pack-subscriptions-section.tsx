import { useState } from 'react';
import { useMessages } from '../i18n/use-messages';
import { SpectrumButton } from '../spectrum/spectrum-button';
import { SpectrumTextField } from '../spectrum/spectrum-text-field';
import { isPostponed, type PackSubscriptionsController, type SubscriptionsSnapshot } from './pack-subscriptions-controller';
import { SubscriptionCard, type SubscriptionActions } from './subscription-card';
import { InstallPackFileButton } from './install-pack-file-button';

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
  controller: Pick<PackSubscriptionsController, 'subscribe' | 'checkNow' | 'apply' | 'postpone' | 'unsubscribe'> &
    Partial<Pick<PackSubscriptionsController, 'canInstallFromFile' | 'installFromFile'>>;
}) {
  const { t } = useMessages();
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
    <div className="field" aria-label={t('presets.subscriptions')} role="group">
      <h2>{t('presets.subscribed')}</h2>
      <SpectrumTextField
        label={t('presets.subscribeByAddress')}
        name="pack-subscription-url"
        value={location}
        onChange={setLocation}
        placeholder={t('presets.addressExample')}
      />
      <SpectrumButton onPress={() => void subscribe()} disabled={snapshot.busy || location.trim() === ''}>
        {t('presets.subscribe')}
      </SpectrumButton>
      {controller.canInstallFromFile === true && controller.installFromFile != null ? (
        <InstallPackFileButton busy={snapshot.busy} onInstall={() => void controller.installFromFile?.()} />
      ) : null}
      {snapshot.problem == null ? null : (
        <p className="error" role="alert">
          {snapshot.problem}
        </p>
      )}
      {snapshot.views.length === 0 ? <p className="hint">{t('presets.noSubscriptions')}</p> : null}
      {snapshot.views.map((view) => (
        <SubscriptionCard key={view.id} view={view} showUpdate={!isPostponed(snapshot, view)} busy={snapshot.busy} actions={actions} />
      ))}
    </div>
  );
}
