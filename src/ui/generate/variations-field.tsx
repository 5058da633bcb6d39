const VARIATION_COUNTS = [1, 2, 3, 4] as const;

/** How many clips one press generates from the same settings (each its own job and cost). */
export function VariationsField({ variations, onChange }: { variations: number; onChange: (variations: number) => void }) {
  return (
    <label className="field">
      <span>Variations</span>
      <select name="variations" value={String(variations)} onChange={(event) => onChange(Number(event.target.value))}>
        {VARIATION_COUNTS.map((count) => (
          <option key={count} value={String(count)}>
            {count}
          </option>
        ))}
      </select>
    </label>
  );
}
