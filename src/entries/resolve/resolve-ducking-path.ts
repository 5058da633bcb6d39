/**
 * How the panel ducks on a Resolve that cannot set a clip's level from a plugin (before 21.1): a ducked copy
 * of the timeline by Resolve's own OTIO round trip, or the clip's sound rendered with the ducking applied and
 * swapped in as its audio. On 21.1+ neither: the host lays level steps in place.
 */
export type ResolveDuckingPath = 'timeline-copy' | 'rendered-audio';

const KEY = 'cliprelay.resolve.duckingPath';

/** The editor's choice, remembered in the page's storage; the timeline copy until they choose. */
export interface DuckingPathChoice {
  get(): ResolveDuckingPath;
  set(path: ResolveDuckingPath): void;
}

export function storedDuckingPath(storage: Pick<Storage, 'getItem' | 'setItem'>): DuckingPathChoice {
  return {
    get: () => (storage.getItem(KEY) === 'rendered-audio' ? 'rendered-audio' : 'timeline-copy'),
    set: (path) => storage.setItem(KEY, path),
  };
}
