/** Preview plans the curves with the settings above without touching the timeline; Apply writes them (one undo step). */
export function PreviewControls({
  settingsName,
  disabled,
  onPreview,
  onApply,
}: {
  /** "Standard (−9 dB)" or "Custom (from Standard)": what both buttons use. */
  settingsName: string;
  disabled: boolean;
  onPreview: () => void;
  onApply: () => void;
}) {
  return (
    <div className="row">
      <button type="button" className="quiet" disabled={disabled} onClick={onPreview}>
        Preview
      </button>
      <button type="button" disabled={disabled} onClick={onApply} aria-label="Apply these settings" title={settingsName}>
        Apply these settings
      </button>
    </div>
  );
}
