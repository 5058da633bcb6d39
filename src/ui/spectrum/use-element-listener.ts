import { useEffect, useRef, type RefObject } from 'react';

/**
 * Listens to events of a Spectrum element through `addEventListener`, the way Adobe's UXP React notes ask for
 * (React versions before 19 never attached listeners to custom elements, and UXP's own widgets dispatch plain
 * `change`/`input` events). Only events the element itself dispatches count: a `change` bubbling up from an
 * element inside it (a picker's menu) is not this element's change. The latest `listener` is always the one called.
 */
export function useElementListener<Element extends HTMLElement>(
  types: string | readonly string[],
  listener: (element: Element) => void,
): RefObject<Element | null> {
  const element = useRef<Element | null>(null);
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => {
    const target = element.current;
    if (target == null) return undefined;
    const onEvent = (event: Event) => {
      if (event.target === target) latest.current(target);
    };
    const names = typeof types === 'string' ? [types] : types;
    for (const name of names) target.addEventListener(name, onEvent);
    return () => {
      for (const name of names) target.removeEventListener(name, onEvent);
    };
    // The event names are constants of each component; joined, they compare by value.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `types` is compared through `key`
  }, [key(types)]);
  return element;
}

const key = (types: string | readonly string[]) => (typeof types === 'string' ? types : types.join(' '));
