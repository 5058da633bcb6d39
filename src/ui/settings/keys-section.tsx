import { useEffect, useState } from 'react';
import type { SecretStore } from '../../platform/secret-store';
import { describeErrorIn } from '../../shared/i18n/describe-error-in';
import type { ProviderChoice } from '../panel-services';
import { useMessages } from '../i18n/use-messages';
import { SpectrumButton } from '../spectrum/spectrum-button';
import { SpectrumTextField } from '../spectrum/spectrum-text-field';
import { keyProblems, keyStatusLabel, readKeyStatuses, type KeyStatus } from './key-statuses';

/**
 * Provider keys, written straight to secure storage. The fields never show a stored key back;
 * they only say whether one is stored.
 */
export function KeysSection({ providers, secrets }: { providers: readonly ProviderChoice[]; secrets: SecretStore }) {
  const messages = useMessages();
  const { t } = messages;
  const fields = providers.flatMap((provider) => provider.credentials.map((field) => ({ ...field, provider: provider.displayName })));
  const [statuses, setStatuses] = useState<Record<string, KeyStatus>>({});
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    // readKeyStatuses never rejects: a key the store cannot read is shown as such, with the reason.
    void readKeyStatuses(
      fields.map((field) => field.name),
      secrets,
    ).then(setStatuses);
    // Field names are fixed by the composition root; reading once per store is enough.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `fields` is rebuilt every render from fixed providers
  }, [secrets]);

  if (fields.length === 0) return null;
  const save = async () => {
    try {
      const entries = Object.entries(drafts).filter(([, value]) => value.trim() !== '');
      for (const [name, value] of entries) await secrets.set(name, value.trim());
      setStatuses((current) => ({ ...current, ...Object.fromEntries(entries.map(([name]) => [name, { kind: 'stored' } as const])) }));
      setDrafts({});
      setMessage(entries.length === 0 ? t('settings.nothingToSave') : t('settings.savedSecurely'));
    } catch (error) {
      setMessage(t('settings.couldNotSave', { reason: describeErrorIn(messages, error) }));
    }
  };
  return (
    <section className="section" aria-labelledby="keys-heading">
      <h2 id="keys-heading">{t('settings.providerKeys')}</h2>
      {fields.map((field) => (
        <SpectrumTextField
          key={field.name}
          secret
          label={t('settings.keyField', {
            provider: field.provider,
            field: field.label,
            status: keyStatusLabel(statuses[field.name], t),
          }).trimEnd()}
          name={field.name}
          value={drafts[field.name] ?? ''}
          onChange={(value) => setDrafts((current) => ({ ...current, [field.name]: value }))}
        />
      ))}
      <div className="button-row">
        <SpectrumButton onPress={() => void save()}>{t('settings.saveKeys')}</SpectrumButton>
      </div>
      <KeyProblems problems={keyProblems(statuses)} />
      {message != null ? <p className="result">{message}</p> : null}
    </section>
  );
}

/** Keys secure storage failed to read: said as a warning, never shown as "not set". */
export function KeyProblems({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="error" role="alert">
      {problems.map((problem) => (
        <p key={problem}>{problem}</p>
      ))}
    </div>
  );
}
