import { useState } from 'react';
import { resolveClientTag } from '../../domain/packs';
import type { Translator } from '../../shared/i18n/translator';
import { useMessages } from '../i18n/use-messages';

/** How jobs get their client tag (effectivePolicy(...).clients); null: the project is the client. */
export type ClientTagging = Parameters<typeof resolveClientTag>[0];

export type ClientTagResult = ReturnType<typeof resolveClientTag>;

/**
 * The client tag the next generation carries: the editor's pick from the pack's client list, else
 * the client the project name starts with, else (no list) the project itself; a refusal when the
 * pack lists clients and none can be told, said in the editor's language.
 */
export function useClientTag(tagging: ClientTagging, projectName: string) {
  const [chosen, setChosen] = useState('');
  const { t } = useMessages();
  const resolved = resolveClientTag(tagging, { projectName, chosen: chosen === '' ? undefined : chosen });
  const result: ClientTagResult = 'refusal' in resolved ? { refusal: clientTagRefusal(tagging, chosen.trim(), t) } : resolved;
  return { chosen, choose: setChosen, result } as const;
}

/**
 * resolveClientTag's refusal, worded from the catalog: the domain words it in English for the CLI and the ledger,
 * so the panel re-words the same three cases it refuses (no project name; a pick not on the list; no pick and no
 * client the project name suggests).
 */
function clientTagRefusal(tagging: ClientTagging, chosen: string, t: Translator['t']): string {
  if (tagging == null || tagging.tagFrom === 'project') return t('generate.clientNeedsProject');
  const clients = tagging.names.join(t('generate.clientListSeparator'));
  return chosen === '' ? t('generate.chooseClientFrom', { clients }) : t('generate.clientNotListed', { client: chosen, clients });
}
