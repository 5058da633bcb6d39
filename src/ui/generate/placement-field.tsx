import { SpectrumPicker } from '../spectrum/spectrum-picker';

type NewClipPlacement = 'timeline' | 'bin';

const PLACEMENTS: readonly { readonly value: NewClipPlacement; readonly label: string }[] = [
  { value: 'timeline', label: 'On the timeline at the playhead' },
  { value: 'bin', label: 'Add to bin only' },
];

/** Where the finished clip goes; remembered across sessions. */
export function PlacementField({ value, onChange }: { value: NewClipPlacement; onChange: (value: NewClipPlacement) => void }) {
  return (
    <SpectrumPicker
      label="Place the clip"
      name="placement"
      value={value}
      options={PLACEMENTS}
      onChange={(picked) => onChange(picked as NewClipPlacement)}
    />
  );
}
