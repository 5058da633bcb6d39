import type { NleHost, SequenceSnapshot } from '../../hosts/spec';
import { describeError } from '../../shared/app-error';

/** How often a host without change events is read again, while the panel is visible. */
export const SEQUENCE_POLL_MS = 1000;

interface SequenceListener {
  onSequence(snapshot: SequenceSnapshot): void;
  /** Why a read failed, in the editor's words. */
  onProblem(message: string): void;
  /** Words a failed read in the panel's language. @default describeError (the error's English message) */
  describe?(error: unknown): string;
}

interface WatchTiming {
  /** Runs `tick` every `everyMs` until the returned function is called. @default setInterval */
  readonly repeat?: (tick: () => void, everyMs: number) => () => void;
  /** True while the panel cannot be seen; polls are skipped then. @default the document is hidden */
  readonly isHidden?: () => boolean;
}

interface SequenceWatch {
  /** Reads the sequence now (the Refresh button). */
  readonly readNow: () => void;
  readonly stop: () => void;
}

const everyInterval = (tick: () => void, everyMs: number) => {
  const timer = setInterval(tick, everyMs);
  return () => clearInterval(timer);
};
const documentHidden = () => typeof document !== 'undefined' && document.visibilityState === 'hidden';

/**
 * Keeps the listener up to date with the host's active sequence: on the host's change events where
 * it sends them (the sandbox), else by reading it every second while the panel is visible (Premiere
 * has no playhead event). One read at a time: changes during a read cause one more read after it,
 * so a burst of playhead moves never queues a read per move.
 */
export function watchActiveSequence(host: NleHost, listener: SequenceListener, timing: WatchTiming = {}): SequenceWatch {
  let stopped = false;
  let reading = false;
  let readAgain = false;
  const readNow = () => {
    if (stopped) return;
    if (reading) {
      readAgain = true;
      return;
    }
    reading = true;
    host
      .readActiveSequence()
      .then(
        (snapshot) => {
          if (!stopped) listener.onSequence(snapshot);
        },
        (error: unknown) => {
          if (!stopped) listener.onProblem(listener.describe?.(error) ?? describeError(error));
        },
      )
      .finally(() => {
        reading = false;
        if (readAgain) {
          readAgain = false;
          readNow();
        }
      });
  };
  const isHidden = timing.isHidden ?? documentHidden;
  const unwatch =
    host.watchSequence != null
      ? host.watchSequence(readNow)
      : (timing.repeat ?? everyInterval)(() => {
          if (!isHidden()) readNow();
        }, SEQUENCE_POLL_MS);
  readNow();
  return {
    readNow,
    stop: () => {
      stopped = true;
      unwatch();
    },
  };
}
