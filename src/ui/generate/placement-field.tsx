type NewClipPlacement = 'timeline' | 'bin';

const LABELS: Readonly<Record<NewClipPlacement, string>> = {
  timeline: 'On the timeline at the playhead',
  bin: 'Add to bin only',
};

/** Where the finished clip goes; remembered across sessions. */
export function PlacementField({ value, onChange }: { value: NewClipPlacement; onChange: (value: NewClipPlacement) => void }) {
  return (
    <label className="field">
      <span>Place the clip</span>
      <select name="placement" value={value} onChange={(event) => onChange(event.target.value as NewClipPlacement)}>
        {(Object.keys(LABELS) as NewClipPlacement[]).map((key) => (
          <option key={key} value={key}>
            {LABELS[key]}
          </option>
        ))}
      </select>
    </label>
  );
}
