import type { SecretStore } from '../../platform/secret-store';
import { describeError } from '../../shared/app-error';
import type { Translator } from '../../shared/i18n/translator';

/** What the Keys section knows about one key; its value is never read back into the panel. */
export type KeyStatus =
  { readonly kind: 'stored' } | { readonly kind: 'not-set' } | { readonly kind: 'unreadable'; readonly problem: string };

/**
 * Every key's status, one read per key: a store that fails for one key marks that key unreadable
 * (with the store's reason) instead of failing the whole section or passing the key off as not set.
 */
export async function readKeyStatuses(names: readonly string[], secrets: SecretStore): Promise<Record<string, KeyStatus>> {
  const entries = await Promise.all(
    names.map(async (name): Promise<[string, KeyStatus]> => {
      try {
        return [name, (await secrets.get(name)) == null ? { kind: 'not-set' } : { kind: 'stored' }];
      } catch (error) {
        return [name, { kind: 'unreadable', problem: describeError(error) }];
      }
    }),
  );
  return Object.fromEntries(entries);
}

/** The words after a key's label: "(stored)", "(not set)", "(could not be read)" in the panel's language; nothing until read. */
export function keyStatusLabel(status: KeyStatus | undefined, t: Translator['t']): string {
  if (status == null) return '';
  if (status.kind === 'stored') return t('settings.keyStored');
  if (status.kind === 'not-set') return t('settings.keyNotSet');
  return t('settings.keyUnreadable');
}

/** One warning per unreadable key, in the order the keys are listed. */
export function keyProblems(statuses: Readonly<Record<string, KeyStatus>>): string[] {
  return Object.values(statuses).flatMap((status) => (status.kind === 'unreadable' ? [status.problem] : []));
}
