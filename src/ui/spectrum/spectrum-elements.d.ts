// The Spectrum elements the panel renders, typed for JSX. Premiere defines them (built-in Spectrum UXP widgets, or
// Spectrum Web Components through Adobe's @swc-uxp-wrappers); the sandbox defines the same names from
// @spectrum-web-components. Only the attributes both runtimes understand are listed.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';

type SpectrumElementProps<Extra> = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & Extra;

interface Disableable {
  disabled?: boolean;
}

interface Valued<Value> {
  value?: Value;
  name?: string;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'sp-theme': SpectrumElementProps<{ color?: 'light' | 'dark' | 'darkest'; scale?: 'medium' | 'large'; theme?: 'spectrum' }>;
      'sp-button': SpectrumElementProps<
        Disableable & { variant?: 'accent' | 'primary' | 'secondary' | 'negative'; treatment?: 'fill' | 'outline'; size?: 's' | 'm' }
      >;
      'sp-action-button': SpectrumElementProps<Disableable & { quiet?: boolean; selected?: boolean; size?: 's' | 'm' }>;
      'sp-field-label': SpectrumElementProps<{ for?: string; size?: 's' | 'm' }>;
      'sp-label': SpectrumElementProps<{ slot?: string }>;
      'sp-picker': SpectrumElementProps<Disableable & Valued<string> & { label?: string; placeholder?: string; quiet?: boolean }>;
      'sp-menu': SpectrumElementProps<{ slot?: string }>;
      'sp-menu-item': SpectrumElementProps<Disableable & { value?: string; selected?: boolean }>;
      'sp-slider': SpectrumElementProps<Disableable & Valued<number> & { label?: string; min?: number; max?: number; step?: number }>;
      'sp-progressbar': SpectrumElementProps<{ value?: number; max?: number; indeterminate?: boolean; size?: 'small' }>;
      'sp-textfield': SpectrumElementProps<
        Disableable &
          Valued<string> & {
            label?: string;
            placeholder?: string;
            type?: 'text' | 'password';
            readonly?: boolean;
            invalid?: boolean;
            quiet?: boolean;
          }
      >;
      'sp-textarea': SpectrumElementProps<
        Disableable & Valued<string> & { label?: string; placeholder?: string; rows?: number; readonly?: boolean; invalid?: boolean }
      >;
      'sp-checkbox': SpectrumElementProps<Disableable & { checked?: boolean; name?: string }>;
    }
  }
}
