import { useCallback, useState } from 'react';
import { useMessages } from './i18n/use-messages';
import { describeErrorIn } from '../shared/i18n/describe-error-in';

export type ActionState<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'running' }
  | { readonly status: 'done'; readonly result: T }
  | { readonly status: 'failed'; readonly message: string };

/** Runs one async action at a time and keeps its outcome for display. */
export function useAsyncAction<A extends unknown[], T>(action: (...args: A) => Promise<T>) {
  const messages = useMessages();
  const [state, setState] = useState<ActionState<T>>({ status: 'idle' });
  const run = useCallback(
    async (...args: A) => {
      setState({ status: 'running' });
      try {
        setState({ status: 'done', result: await action(...args) });
      } catch (error) {
        setState({ status: 'failed', message: describeErrorIn(messages, error) });
      }
    },
    [action, messages],
  );
  return [state, run] as const;
}
