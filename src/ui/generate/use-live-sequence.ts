import { useEffect, useRef, useState } from 'react';
import type { NleHost, SequenceSnapshot } from '../../hosts/spec';
import { describeErrorIn } from '../../shared/i18n/describe-error-in';
import { useMessages } from '../i18n/use-messages';
import { watchActiveSequence } from './watch-active-sequence';

interface LiveSequence {
  /** The last sequence read; kept when a later read fails. Null until the first read succeeds. */
  readonly sequence: SequenceSnapshot | null;
  /** Why the last read failed, in the editor's words; null after a successful read. */
  readonly problem: string | null;
  /** Reads the sequence again now (the Refresh button). */
  readonly refresh: () => void;
}

/**
 * The active sequence, kept live while the Generate tab is shown (it is unmounted when hidden, which
 * stops the watch): the placement preview follows the playhead and every edit.
 */
export function useLiveSequence(host: NleHost): LiveSequence {
  const [sequence, setSequence] = useState<SequenceSnapshot | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const readNow = useRef<() => void>(() => {});
  // Read at each failure, so the watch (kept across a language switch) words the next one in the new language.
  const translator = useMessages();
  const messages = useRef(translator);
  messages.current = translator;
  useEffect(() => {
    const watch = watchActiveSequence(host, {
      onSequence: (snapshot) => {
        setSequence(snapshot);
        setProblem(null);
      },
      onProblem: setProblem,
      describe: (error) => describeErrorIn(messages.current, error),
    });
    readNow.current = watch.readNow;
    return watch.stop;
  }, [host]);
  return { sequence, problem, refresh: () => readNow.current() };
}
