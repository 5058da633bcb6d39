/** The seed as typed: empty lets the provider pick; checked to be a whole number only when Generate is pressed. */
export function SeedField({ seed, onChange }: { seed: string; onChange: (seed: string) => void }) {
  return (
    <label className="field">
      <span>Seed</span>
      <input
        type="text"
        name="seed"
        inputMode="numeric"
        size={8}
        value={seed}
        placeholder="any"
        onChange={(event) => onChange(event.target.value)}
      />
    </label>
  );
}
