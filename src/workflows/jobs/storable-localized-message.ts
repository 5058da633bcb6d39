import type { LocalizedMessage } from '../../shared/app-error';
import { redactEchoedSecrets } from '../../shared/redact-echoed-secrets';

/**
 * A problem's catalog message as the ledger may keep it: every text value (a provider's reason, an error body) with
 * echoed credentials blanked, as the English message is (the ledger redacts only `message`). Absent stays absent.
 */
export function storableLocalizedMessage(localized: LocalizedMessage | undefined): { readonly localized?: LocalizedMessage } {
  if (localized == null) return {};
  return { localized: redacted(localized) };
}

function redacted(localized: LocalizedMessage): LocalizedMessage {
  const redact = (value: string | number) => (typeof value === 'string' ? redactEchoedSecrets(value) : value);
  const values = localized.values == null ? undefined : mapValues(localized.values, redact);
  const lists = localized.lists == null ? undefined : mapValues(localized.lists, (items) => items.map(redactEchoedSecrets));
  const providerSaid =
    localized.providerSaid == null
      ? undefined
      : { provider: localized.providerSaid.provider, text: redactEchoedSecrets(localized.providerSaid.text) };
  const alternatives =
    localized.alternatives == null ? undefined : mapValues(localized.alternatives, (items) => items.map(redactEchoedSecrets));
  const also = localized.also?.map(redacted);
  return {
    id: localized.id,
    ...(values && { values }),
    ...(lists && { lists }),
    ...(alternatives && { alternatives }),
    ...(providerSaid && { providerSaid }),
    ...(also && { also }),
  };
}

function mapValues<In, Out>(record: Readonly<Record<string, In>>, map: (value: In) => Out): Record<string, Out> {
  return Object.fromEntries(Object.entries(record).map(([name, value]) => [name, map(value)]));
}
