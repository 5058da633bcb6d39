import { useCallback, useEffect, useState } from 'react';
import type { NleHost, SequenceSnapshot } from '../hosts/spec';
import { useMessages } from './i18n/use-messages';
import { describeErrorIn } from '../shared/i18n/describe-error-in';

interface ActiveSequence {
  /** The last sequence read; kept when a later read fails. Null until the first read succeeds. */
  readonly sequence: SequenceSnapshot | null;
  /** Why the last read failed, in the editor's words; null after a successful read. */
  readonly problem: string | null;
  /** Reads the active sequence again (the tabs' Refresh button). */
  readonly refresh: () => void;
}

/**
 * The host's active sequence, read on mount, whenever `refreshKey` changes (the sandbox's timeline
 * version) and on `refresh()`. The Generate and Duck tabs read it the same way through this hook.
 */
export function useSequence(host: NleHost, refreshKey?: unknown): ActiveSequence {
  const [sequence, setSequence] = useState<SequenceSnapshot | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const messages = useMessages();
  const refresh = useCallback(() => {
    host.readActiveSequence().then(
      (snapshot) => {
        setSequence(snapshot);
        setProblem(null);
      },
      (error: unknown) => setProblem(describeErrorIn(messages, error)),
    );
  }, [host, messages]);
  useEffect(() => refresh(), [refresh, refreshKey]);
  return { sequence, problem, refresh };
}
