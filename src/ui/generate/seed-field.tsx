import { SpectrumTextField } from '../spectrum/spectrum-text-field';

/** The seed as typed: empty lets the provider pick; checked to be a whole number only when Generate is pressed. */
export function SeedField({ seed, onChange }: { seed: string; onChange: (seed: string) => void }) {
  return <SpectrumTextField label="Seed" name="seed" value={seed} placeholder="any" onChange={onChange} />;
}
