import { useSyncExternalStore, type ReactNode } from 'react';
import type { ThemeSource } from './host-theme';

/**
 * `sp-theme` around the panel, in the host's colour (followed live) at Spectrum's medium scale, so every Spectrum
 * element inside takes Premiere's light, dark or darkest look.
 */
export function SpectrumTheme({ source, children }: { source: ThemeSource; children: ReactNode }) {
  const color = useSyncExternalStore(
    (onChange) => source.subscribe(onChange),
    () => source.current(),
  );
  return (
    <sp-theme theme="spectrum" color={color} scale="medium" data-color={color}>
      {children}
    </sp-theme>
  );
}
