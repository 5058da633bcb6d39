import type { LocalizedMessage } from '../../shared/app-error';
import { redactEchoedSecrets } from '../../shared/redact-echoed-secrets';

/**
 * A catalog message as a store may keep it (the job ledger, the pack subscriptions in the settings): every text value
 * (a provider's reason, an error body, a list item) with echoed credentials blanked, as the English message is. The
 * ledger calls it for every stored message (`withoutEchoedSecrets`), so the places that word a problem never have to.
 */
export function redactedLocalizedMessage(localized: LocalizedMessage): LocalizedMessage {
  const redact = (value: string | number) => (typeof value === 'string' ? redactEchoedSecrets(value) : value);
  const values = localized.values == null ? undefined : mapValues(localized.values, redact);
  const lists = localized.lists == null ? undefined : mapValues(localized.lists, (items) => items.map(redactEchoedSecrets));
  const providerSaid =
    localized.providerSaid == null
      ? undefined
      : { provider: redactEchoedSecrets(localized.providerSaid.provider), text: redactEchoedSecrets(localized.providerSaid.text) };
  const alternatives =
    localized.alternatives == null ? undefined : mapValues(localized.alternatives, (items) => items.map(redactEchoedSecrets));
  const also = localized.also?.map(redactedLocalizedMessage);
  const parts = localized.parts == null ? undefined : mapValues(localized.parts, redactedLocalizedMessage);
  return {
    id: localized.id,
    ...(values && { values }),
    ...(lists && { lists }),
    ...(alternatives && { alternatives }),
    ...(providerSaid && { providerSaid }),
    ...(also && { also }),
    ...(parts && { parts }),
  };
}

function mapValues<In, Out>(record: Readonly<Record<string, In>>, map: (value: In) => Out): Record<string, Out> {
  return Object.fromEntries(Object.entries(record).map(([name, value]) => [name, map(value)]));
}
