import { useEffect, useRef, type RefObject } from 'react';

/**
 * Listens to one event of a Spectrum element through `addEventListener`, the way Adobe's UXP React notes ask for
 * (React versions before 19 never attached listeners to custom elements, and UXP's own widgets dispatch plain
 * `change`/`input` events). Only events the element itself dispatches count: a `change` bubbling up from an
 * element inside it (a picker's menu) is not this element's change. The latest `listener` is always the one called.
 */
export function useElementListener<Element extends HTMLElement>(
  type: string,
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
    target.addEventListener(type, onEvent);
    return () => target.removeEventListener(type, onEvent);
  }, [type]);
  return element;
}
