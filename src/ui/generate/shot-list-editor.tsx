import { SpectrumButton } from '../spectrum/spectrum-button';
import { SpectrumTextArea, SpectrumTextField } from '../spectrum/spectrum-text-field';
import { addShot, describeShotTotal, moveShot, removeShot, totalShotSeconds, updateShot, type ShotDraft } from './shot-list';

/** Sizes the list for the 300 px panel: no list bullets or indent, the prompt box full width. */
const LIST_STYLE = { listStyle: 'none', margin: 0, padding: 0 } as const;

/**
 * The shot list of a multi-shot clip (Kling 3.0 and 3.0 Omni): add, remove and reorder shots, each
 * with its prompt and seconds, and the total against the clip's duration. Every control is a Spectrum
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
        <SpectrumButton emphasis="quiet" onPress={() => onChange([])}>
          Clear shots
        </SpectrumButton>
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
              <SpectrumTextArea
                label={`${name} prompt`}
                name={`shot-${index + 1}-prompt`}
                rows={2}
                value={shot.prompt}
                onChange={(prompt) => onChange(updateShot(shots, index, { prompt }))}
              />
              <div className="row wrap">
                <SpectrumTextField
                  label={`${name} seconds`}
                  name={`shot-${index + 1}-seconds`}
                  value={String(shot.durationSeconds)}
                  onChange={(text) => onChange(updateShot(shots, index, { durationSeconds: Number(text) }))}
                />
                <SpectrumButton
                  emphasis="quiet"
                  label={`Move ${name.toLowerCase()} up`}
                  disabled={index === 0}
                  onPress={() => onChange(moveShot(shots, index, -1))}
                >
                  ↑
                </SpectrumButton>
                <SpectrumButton
                  emphasis="quiet"
                  label={`Move ${name.toLowerCase()} down`}
                  disabled={index === shots.length - 1}
                  onPress={() => onChange(moveShot(shots, index, 1))}
                >
                  ↓
                </SpectrumButton>
                <SpectrumButton emphasis="quiet" label={`Remove ${name.toLowerCase()}`} onPress={() => onChange(removeShot(shots, index))}>
                  Remove
                </SpectrumButton>
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
        <SpectrumButton emphasis="quiet" disabled={shots.length >= maxShots} onPress={() => onChange(addShot(shots, clipSeconds))}>
          Add shot
        </SpectrumButton>
        {shots.length === 0 ? null : (
          <span className={total === clipSeconds ? 'hint' : 'error'} role="status" data-testid="shot-total">
            {describeShotTotal(shots, clipSeconds)}
          </span>
        )}
      </div>
    </fieldset>
  );
}
