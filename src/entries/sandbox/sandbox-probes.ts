import { EMULATOR_PROBE_PATH } from '../../shared/diagnostics/emulator-probe-path';

/** The part of `localStorage` the probe uses. */
export type SandboxStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** How a storage probe went. `refused` keeps what the browser threw, to be shown in its own words. */
export type ProbeOutcome =
  { readonly kind: 'works' | 'readOnly' | 'missing' | 'differs' | 'timedOut' } | { readonly kind: 'refused'; readonly error: unknown };

/** Whether a provider emulator answered: from an emulator (its JSON error envelope), from the server alone, or not at all. */
export type EmulatorOutcome =
  | { readonly kind: 'answers' | 'notThere'; readonly status: number }
  | { readonly kind: 'timedOut' }
  | { readonly kind: 'unreachable'; readonly error: unknown };

/** A key no part of the sandbox uses, removed right after. */
const PROBE_KEY = 'cliprelay.diagnostics.probe';
/** A database no part of the sandbox uses, deleted right after. */
const PROBE_DATABASE = 'cliprelay-diagnostics-probe';

const TIMED_OUT = Symbol('timed out');

/** The one fetch call the emulator probe makes (the page passes the browser's). */
export type ProbeFetch = (url: string, init: { readonly cache: RequestCache; readonly signal: AbortSignal }) => Promise<Response>;

/** `work`, or TIMED_OUT when it has not settled within `timeoutMs` (the probe is left to finish on its own). */
function within<T>(work: Promise<T>, timeoutMs: number): Promise<T | typeof TIMED_OUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<typeof TIMED_OUT>((resolve) => (timer = setTimeout(() => resolve(TIMED_OUT), timeoutMs)));
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** localStorage, where the project, the job ledger and the preferences live: written, read back and removed. */
export async function probeLocalStorage(read: () => SandboxStorage | null, readOnly: boolean): Promise<ProbeOutcome> {
  try {
    // Reading window.localStorage itself throws a SecurityError where the browser blocks storage.
    const storage = read();
    if (storage == null) return { kind: 'missing' };
    if (readOnly) {
      storage.getItem(PROBE_KEY);
      return { kind: 'readOnly' };
    }
    const written = `probe ${Math.random()}`;
    storage.setItem(PROBE_KEY, written);
    const readBack = storage.getItem(PROBE_KEY);
    storage.removeItem(PROBE_KEY);
    return readBack === written ? { kind: 'works' } : { kind: 'differs' };
  } catch (error) {
    return { kind: 'refused', error };
  }
}

/** IndexedDB: a probe database opened, closed and deleted (nothing in the sandbox keeps data there today). */
export async function probeIndexedDb(factory: IDBFactory | null, readOnly: boolean, timeoutMs: number): Promise<ProbeOutcome> {
  if (factory == null) return { kind: 'missing' };
  if (readOnly) return { kind: 'readOnly' };
  const settle = (request: IDBRequest | IDBOpenDBRequest, onSuccess: (resolve: (outcome: ProbeOutcome) => void) => void) =>
    new Promise<ProbeOutcome>((resolve) => {
      request.onsuccess = () => onSuccess(resolve);
      request.onerror = () => resolve({ kind: 'refused', error: request.error });
    });
  try {
    const opening = factory.open(PROBE_DATABASE, 1);
    const outcome = await within(
      settle(opening, (resolve) => {
        opening.result.close();
        void settle(factory.deleteDatabase(PROBE_DATABASE), (deleted) => deleted({ kind: 'works' })).then(resolve);
      }),
      timeoutMs,
    );
    return outcome === TIMED_OUT ? { kind: 'timedOut' } : outcome;
  } catch (error) {
    // open() itself throws where IndexedDB is disabled (some private modes).
    return { kind: 'refused', error };
  }
}

/**
 * One cheap GET under the emulator's base URL, at a path no API has: an emulator answers it in its vendor's JSON
 * error envelope (as the real API would), while a server with no emulator there answers plain text.
 */
export async function probeEmulator(fetcher: ProbeFetch, baseUrl: string, timeoutMs: number): Promise<EmulatorOutcome> {
  const controller = new AbortController();
  try {
    const answered = await within(
      fetcher(`${baseUrl.replace(/\/+$/, '')}${EMULATOR_PROBE_PATH}`, { cache: 'no-store', signal: controller.signal }),
      timeoutMs,
    );
    if (answered === TIMED_OUT) {
      controller.abort();
      return { kind: 'timedOut' };
    }
    // The body says nothing the status and type do not; it is dropped unread.
    await answered.body?.cancel();
    const fromEmulator = /json/i.test(answered.headers.get('content-type') ?? '');
    return { kind: fromEmulator ? 'answers' : 'notThere', status: answered.status };
  } catch (error) {
    return { kind: 'unreachable', error };
  }
}
