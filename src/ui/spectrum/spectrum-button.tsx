import type { ReactNode } from 'react';

/** How much a button stands out: the one main action (accent), an ordinary one, or a small quiet one. */
type ButtonEmphasis = 'accent' | 'secondary' | 'quiet';

/**
 * A Spectrum button: `sp-button` for accent and ordinary actions, a quiet `sp-action-button` for the small ones
 * (Refresh, Clear, Reuse). Its text is its accessible name unless `label` says more.
 */
export function SpectrumButton({
  children,
  onPress,
  emphasis = 'secondary',
  disabled = false,
  label,
  title,
  expanded,
}: {
  children: ReactNode;
  onPress: () => void;
  /** @default 'secondary' */
  emphasis?: ButtonEmphasis;
  /** @default false */
  disabled?: boolean;
  /** The accessible name when the text alone does not say what the button does. @default the text */
  label?: string;
  /** Shown on hover. @default none */
  title?: string;
  /** For a button that shows or hides something: whether it is shown now. @default undefined (not such a button) */
  expanded?: boolean;
}) {
  const common = {
    disabled: disabled || undefined,
    'aria-label': label,
    // As text: React drops a `false` attribute on custom elements, and "false" is what a screen reader needs.
    'aria-expanded': expanded == null ? undefined : (String(expanded) as 'true' | 'false'),
    title,
    onClick: () => {
      if (!disabled) onPress();
    },
  };
  if (emphasis === 'quiet') {
    return (
      <sp-action-button quiet size="s" {...common}>
        {children}
      </sp-action-button>
    );
  }
  return (
    <sp-button
      variant={emphasis === 'accent' ? 'accent' : 'secondary'}
      treatment={emphasis === 'accent' ? 'fill' : 'outline'}
      size="s"
      {...common}
    >
      {children}
    </sp-button>
  );
}
