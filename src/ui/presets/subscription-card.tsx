import type { PackSubscriptionView } from '../../workflows/packs/pack-subscriptions';
import { SpectrumButton } from '../spectrum/spectrum-button';

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
  const name = view.pack?.name ?? view.location;
  const update = showUpdate ? view.update : null;
  return (
    <div className="preset-card" data-subscription-id={view.id}>
      <div className="job-title">{name}</div>
      <div className="job-meta">
        {view.pack == null ? 'no release in use' : `release ${view.pack.version}`} · from {view.location} · agency key {view.fingerprint} ·{' '}
        {view.lastCheckedAtMs == null ? 'not checked yet' : `last checked ${new Date(view.lastCheckedAtMs).toLocaleString()}`}
      </div>
      {view.problem == null ? null : (
        <p className="warning" role="alert">
          {view.problem}
        </p>
      )}
      {update == null ? null : (
        <div className="result" role="status" aria-label={`Release ${update.version} of ${name}`}>
          <p>
            Release {update.version} is available{update.required ? ' and required by the agency' : ''}. It changes:
          </p>
          <ul>
            {(update.changes.length === 0 ? ['nothing you can see (a re-signed release)'] : update.changes).map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="button-row">
        <SpectrumButton onPress={() => actions.checkNow()} disabled={busy} label={`Check ${name} for updates now`}>
          Check now
        </SpectrumButton>
        {update == null ? null : (
          <SpectrumButton
            emphasis="accent"
            onPress={() => actions.apply(view.id)}
            disabled={busy}
            label={`Apply release ${update.version} of ${name}`}
          >
            Apply update
          </SpectrumButton>
        )}
        {update == null || update.required ? null : (
          <SpectrumButton
            onPress={() => actions.postpone(view.id)}
            disabled={busy}
            label={`Apply release ${update.version} of ${name} later`}
          >
            Later
          </SpectrumButton>
        )}
        <SpectrumButton emphasis="quiet" onPress={() => actions.unsubscribe(view.id)} disabled={busy} label={`Unsubscribe from ${name}`}>
          Unsubscribe
        </SpectrumButton>
      </div>
    </div>
  );
}
