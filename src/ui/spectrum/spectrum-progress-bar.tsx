/**
 * A Spectrum progress bar (`sp-progressbar`, Premiere's built-in name), from 0 to 1, or indeterminate when the
 * fraction is unknown. The label is for screen readers; the text beside it says the same in words.
 */
export function SpectrumProgressBar({ label, fraction }: { label: string; /** 0…1, or null when unknown. */ fraction: number | null }) {
  const known = fraction == null ? null : Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  return <sp-progressbar aria-label={label} size="small" max={100} value={known ?? undefined} indeterminate={known == null || undefined} />;
}
