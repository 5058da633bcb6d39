/** The three Spectrum colours Premiere's panels come in, and the ones `sp-theme` is given. */
type SpectrumColor = 'light' | 'dark' | 'darkest';

/** Premiere's own default, used wherever the host does not say (or says something unknown). */
export const FALLBACK_COLOR: SpectrumColor = 'dark';

/** Where the panel's colour comes from: read now, and told when it changes. */
export interface ThemeSource {
  current(): SpectrumColor;
  /** Answers the way to stop listening. */
  subscribe(onChange: () => void): () => void;
}

/**
 * A host theme name as a Spectrum colour: Premiere says "light", "dark" or "darkest"; UXP elsewhere also has
 * "lightest" and "medium", shown as their nearest. Anything else is the fallback, because Premiere does not
 * provide the host CSS variables a panel could otherwise follow.
 */
export function spectrumColorOf(hostTheme: unknown): SpectrumColor {
  switch (hostTheme) {
    case 'light':
    case 'lightest':
      return 'light';
    case 'dark':
    case 'medium':
      return 'dark';
    case 'darkest':
      return 'darkest';
    default:
      return FALLBACK_COLOR;
  }
}

/** UXP's `document.theme` as documented for Premiere; every part may be missing on an older host. */
interface UxpThemeApi {
  getCurrent?: () => unknown;
  onUpdated?: { addListener?: (listener: (theme: unknown) => void) => void; removeListener?: (listener: (theme: unknown) => void) => void };
}

/**
 * Premiere's theme through `document.theme.getCurrent()` and `document.theme.onUpdated`. A host without the API
 * (or one whose read throws) is the fallback, dark, and never changes.
 */
export function uxpThemeSource(doc: object): ThemeSource {
  const theme = (doc as { readonly theme?: unknown }).theme;
  const api = (typeof theme === 'object' && theme != null ? theme : {}) as UxpThemeApi;
  return {
    current() {
      try {
        return spectrumColorOf(api.getCurrent?.());
      } catch {
        return FALLBACK_COLOR;
      }
    },
    subscribe(onChange) {
      const events = api.onUpdated;
      if (events?.addListener == null) return () => undefined;
      const listener = () => onChange();
      events.addListener(listener);
      return () => events.removeListener?.(listener);
    },
  };
}

/** The sandbox's choice: follow the browser's colour scheme, or one of Premiere's three. */
export type SandboxThemeChoice = 'system' | SpectrumColor;

/**
 * The browser's colour scheme (`prefers-color-scheme`) as Spectrum colours, or a fixed choice: light for a light
 * scheme, dark otherwise (Premiere's default, which a browser without the media query gets too).
 */
export function browserThemeSource(matchMedia: ((query: string) => MediaQueryList) | undefined, choice: SandboxThemeChoice): ThemeSource {
  const query = choice === 'system' ? matchMedia?.('(prefers-color-scheme: light)') : undefined;
  return {
    current: () => (choice !== 'system' ? choice : query?.matches === true ? 'light' : FALLBACK_COLOR),
    subscribe(onChange) {
      if (query == null) return () => undefined;
      query.addEventListener('change', onChange);
      return () => query.removeEventListener('change', onChange);
    },
  };
}
