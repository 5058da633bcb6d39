import { describeLocalizedIn } from '../../shared/i18n/describe-error-in';
import type { PackSubscriptionView } from '../../workflows/packs/pack-subscriptions';
import { useMessages } from '../i18n/use-messages';
import { SpectrumButton } from '../spectrum/spectrum-button';
import { packDiffLines } from './pack-diff-lines';

/** What the editor can do with one subscription. */
export interface SubscriptionActions {
  checkNow(): void;
  apply(id: string): void;
  postpone(id: string): void;
  unsubscribe(id: string): void;
}

/**
 * One subscribed pack: where it comes from, the release in use, when it was last checked and what went
 * wrong, and a waiting release with what it changes before it applies (no "Later" when the agency
 * requires it).
 */
export function SubscriptionCard({
  view,
  showUpdate,
  busy,
  actions,
}: {
  view: PackSubscriptionView;
  /** False when the editor put the update off this session. */
  showUpdate: boolean;
  busy: boolean;
  actions: SubscriptionActions;
}) {
  const messages = useMessages();
  const { t, formatDate } = messages;
  const name = view.pack?.name ?? view.location;
  const update = showUpdate ? view.update : null;
  const meta = [
    view.pack == null ? t('presets.noReleaseInUse') : t('presets.releaseInUse', { version: view.pack.version }),
    t('presets.from', { source: view.location }),
    t('presets.agencyKey', { fingerprint: view.fingerprint }),
    view.lastCheckedAtMs == null ? t('presets.notChecked') : t('presets.lastChecked', { time: formatDate(view.lastCheckedAtMs) }),
  ];
  const changes = update == null ? [] : packDiffLines(update.diff, messages);
  return (
    <div className="preset-card" data-subscription-id={view.id}>
      <div className="job-title">{name}</div>
      <div className="job-meta">{meta.join(' · ')}</div>
      {view.problem == null ? null : (
        <p className="warning" role="alert">
          {view.problemLocalized == null ? view.problem : describeLocalizedIn(messages, view.problemLocalized, view.problem)}
        </p>
      )}
      {update == null ? null : (
        <div className="result" role="status" aria-label={t('presets.releaseOf', { version: update.version, name })}>
          <p>{t(update.required ? 'presets.releaseRequired' : 'presets.releaseAvailable', { version: update.version })}</p>
          <ul>
            {(changes.length === 0 ? [t('presets.diffNothing')] : changes).map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="button-row">
        <SpectrumButton onPress={() => actions.checkNow()} disabled={busy} label={t('presets.checkNamed', { name })}>
          {t('presets.checkNow')}
        </SpectrumButton>
        {update == null ? null : (
          <SpectrumButton
            emphasis="accent"
            onPress={() => actions.apply(view.id)}
            disabled={busy}
            label={t('presets.applyRelease', { version: update.version, name })}
          >
            {t('presets.applyUpdate')}
          </SpectrumButton>
        )}
        {update == null || update.required ? null : (
          <SpectrumButton
            onPress={() => actions.postpone(view.id)}
            disabled={busy}
            label={t('presets.applyLater', { version: update.version, name })}
          >
            {t('presets.later')}
          </SpectrumButton>
        )}
        <SpectrumButton
          emphasis="quiet"
          onPress={() => actions.unsubscribe(view.id)}
          disabled={busy}
          label={t('presets.unsubscribeFrom', { name })}
        >
          {t('presets.unsubscribe')}
        </SpectrumButton>
      </div>
    </div>
  );
}
