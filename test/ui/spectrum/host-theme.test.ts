import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { browserThemeSource, FALLBACK_COLOR, spectrumColorOf, uxpThemeSource } from '../../../src/ui/spectrum/host-theme';

/** A stand-in for UXP's `document.theme`: a current theme and the onUpdated listeners. */
function uxpDocument(initial: string) {
  let current = initial;
  const listeners = new Set<(theme: unknown) => void>();
  return {
    doc: {
      theme: {
        getCurrent: () => current,
        onUpdated: {
          addListener: (listener: (theme: unknown) => void) => listeners.add(listener),
          removeListener: (listener: (theme: unknown) => void) => listeners.delete(listener),
        },
      },
    },
    change(next: string) {
      current = next;
      for (const listener of listeners) listener(next);
    },
    listenerCount: () => listeners.size,
  };
}

describe("the panel's colour from Premiere (document.theme)", () => {
  it("maps Premiere's three themes one to one, and UXP's lightest and medium to their nearest", () => {
    expect(['light', 'dark', 'darkest', 'lightest', 'medium'].map(spectrumColorOf)).toEqual(['light', 'dark', 'darkest', 'light', 'dark']);
  });

  it('falls back to dark for anything Premiere does not document', () => {
    expect(FALLBACK_COLOR).toBe('dark');
    fc.assert(
      fc.property(fc.anything(), (value) => {
        fc.pre(!['light', 'lightest', 'dark', 'medium', 'darkest'].includes(value as string));
        expect(spectrumColorOf(value)).toBe('dark');
      }),
    );
  });

  it('reads the current theme and follows onUpdated until unsubscribed', () => {
    const host = uxpDocument('light');
    const source = uxpThemeSource(host.doc);
    expect(source.current()).toBe('light');
    const onChange = vi.fn();
    const stop = source.subscribe(onChange);
    host.change('darkest');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(source.current()).toBe('darkest');
    stop();
    expect(host.listenerCount()).toBe(0);
  });

  it('is dark and never changes on a host without the theme API, or one whose read throws', () => {
    for (const doc of [{}, { theme: null }, { theme: {} }, { theme: { getCurrent: () => 'dark' } }]) {
      const source = uxpThemeSource(doc);
      expect(source.current()).toBe('dark');
      expect(() => source.subscribe(() => undefined)()).not.toThrow();
    }
    const throwing = uxpThemeSource({
      theme: {
        getCurrent: () => {
          throw new TypeError('not available');
        },
      },
    });
    expect(throwing.current()).toBe('dark');
  });
});

describe("the sandbox's colour (prefers-color-scheme, or a fixed choice)", () => {
  function media(matchesLight: boolean) {
    const listeners = new Set<() => void>();
    const query = {
      matches: matchesLight,
      addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
      removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
    } as unknown as MediaQueryList;
    return {
      matchMedia: (text: string) => (text === '(prefers-color-scheme: light)' ? query : ({ matches: false } as MediaQueryList)),
      listeners,
    };
  }

  it('follows the system: light for a light scheme, dark otherwise, and tells of a change', () => {
    const light = media(true);
    const source = browserThemeSource(light.matchMedia, 'system');
    expect(source.current()).toBe('light');
    expect(browserThemeSource(media(false).matchMedia, 'system').current()).toBe('dark');
    const stop = source.subscribe(() => undefined);
    expect(light.listeners.size).toBe(1);
    stop();
    expect(light.listeners.size).toBe(0);
  });

  it("offers Premiere's three colours as fixed choices, and is dark without matchMedia", () => {
    expect((['light', 'dark', 'darkest'] as const).map((choice) => browserThemeSource(media(true).matchMedia, choice).current())).toEqual([
      'light',
      'dark',
      'darkest',
    ]);
    expect(browserThemeSource(undefined, 'system').current()).toBe('dark');
  });
});
