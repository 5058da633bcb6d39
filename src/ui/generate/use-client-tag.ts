import { useState } from 'react';
import { resolveClientTag } from '../../domain/packs';

/** How jobs get their client tag (effectivePolicy(...).clients); null: the project is the client. */
export type ClientTagging = Parameters<typeof resolveClientTag>[0];

export type ClientTagResult = ReturnType<typeof resolveClientTag>;

/**
 * The client tag the next generation carries: the editor's pick from the pack's client list, else
 * the client the project name starts with, else (no list) the project itself; a refusal when the
 * pack lists clients and none can be told.
 */
export function useClientTag(tagging: ClientTagging, projectName: string) {
  const [chosen, setChosen] = useState('');
  const result = resolveClientTag(tagging, { projectName, chosen: chosen === '' ? undefined : chosen });
  return { chosen, choose: setChosen, result } as const;
}
