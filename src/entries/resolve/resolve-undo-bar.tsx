import { useState } from 'react';

/**
 * Resolve's scripting has no undo grouping: Edit › Undo in Resolve takes back one scripted call at a time
 * (a placement is several). This bar takes back ClipRelay's whole last change — a placement with its
 * provenance, or a duck with all its segments — by the same scripting calls.
 */
export function ResolveUndoBar({ undo }: { undo: () => Promise<string | null> }) {
  const [said, setSaid] = useState<string>('');
  const run = () => {
    undo().then(
      (label) => setSaid(label == null ? 'Nothing of ClipRelay’s to undo.' : `Undone: ${label}`),
      (error: unknown) => setSaid(error instanceof Error ? error.message : String(error)),
    );
  };
  return (
    <div className="resolve-undo-bar" role="region" aria-label="Undo in Resolve">
      <sp-action-button onClick={run}>Undo last ClipRelay change</sp-action-button>
      <span className="resolve-undo-note">
        Resolve’s own Edit › Undo takes back one scripted step at a time; this takes back ClipRelay’s whole last placement or duck.
      </span>
      <span role="status">{said}</span>
    </div>
  );
}
