import { addShot, describeShotTotal, moveShot, removeShot, totalShotSeconds, updateShot, type ShotDraft } from './shot-list';

/** Sizes the list for the 300 px panel: no list bullets or indent, the prompt box full width. */
const LIST_STYLE = { listStyle: 'none', margin: 0, padding: 0 } as const;

/**
 * The shot list of a multi-shot clip (Kling 3.0 and 3.0 Omni): add, remove and reorder shots, each
 * with its prompt and seconds, and the total against the clip's duration. Every control is a native
 * button or field with a label naming its shot, so it works from the keyboard and with a screen
 * reader. `maxShots` undefined means the model makes one shot per clip: a list left over from another
 * model is shown with a way to clear it (validation would refuse it), never dropped unseen.
 */
export function ShotListEditor({
  shots,
  clipSeconds,
  maxShots,
  modelName,
  onChange,
}: {
  shots: readonly ShotDraft[];
  clipSeconds: number;
  maxShots: number | undefined;
  modelName: string;
  onChange: (shots: ShotDraft[]) => void;
}) {
  if (maxShots == null) {
    if (shots.length === 0) return null;
    return (
      <div className="row wrap" data-testid="shot-list">
        <span className="hint">
          {shots.length} shots kept from another model; {modelName} makes one shot per clip.
        </span>
        <button type="button" className="quiet" onClick={() => onChange([])}>
          Clear shots
        </button>
      </div>
    );
  }
  const total = totalShotSeconds(shots);
  return (
    <fieldset data-testid="shot-list" style={{ border: 0, margin: 0, padding: 0 }}>
      <legend className="hint">Shots (up to {maxShots}; empty: one shot from the prompt)</legend>
      <ol style={LIST_STYLE} aria-label="Shot list">
        {shots.map((shot, index) => {
          const name = `Shot ${index + 1}`;
          return (
            <li key={index} aria-label={name}>
              <div className="row">
                <label className="field grow">
                  <span>{name} prompt</span>
                  <textarea
                    rows={2}
                    name={`shot-${index + 1}-prompt`}
                    value={shot.prompt}
                    onChange={(event) => onChange(updateShot(shots, index, { prompt: event.target.value }))}
                  />
                </label>
              </div>
              <div className="row wrap">
                <label className="field">
                  <span>{name} seconds</span>
                  <input
                    type="number"
                    name={`shot-${index + 1}-seconds`}
                    min={1}
                    max={clipSeconds}
                    step={1}
                    size={3}
                    value={String(shot.durationSeconds)}
                    onChange={(event) => onChange(updateShot(shots, index, { durationSeconds: Number(event.target.value) }))}
                  />
                </label>
                <button
                  type="button"
                  className="quiet"
                  aria-label={`Move ${name.toLowerCase()} up`}
                  disabled={index === 0}
                  onClick={() => onChange(moveShot(shots, index, -1))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="quiet"
                  aria-label={`Move ${name.toLowerCase()} down`}
                  disabled={index === shots.length - 1}
                  onClick={() => onChange(moveShot(shots, index, 1))}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="quiet"
                  aria-label={`Remove ${name.toLowerCase()}`}
                  onClick={() => onChange(removeShot(shots, index))}
                >
                  Remove
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {shots.length === 0 ? null : (
        // Kling ignores the main prompt when it gets shots (vercel/ai klingai-video-model-options.ts;
        // mulerouter.ai's 3.0 transcription), so say where it still matters.
        <p className="hint">{modelName} follows the shot prompts; the prompt above names the clip.</p>
      )}
      <div className="row wrap">
        <button type="button" className="quiet" disabled={shots.length >= maxShots} onClick={() => onChange(addShot(shots, clipSeconds))}>
          Add shot
        </button>
        {shots.length === 0 ? null : (
          <span className={total === clipSeconds ? 'hint' : 'error'} role="status" data-testid="shot-total">
            {describeShotTotal(shots, clipSeconds)}
          </span>
        )}
      </div>
    </fieldset>
  );
}
