import { useMessages } from '../i18n/use-messages';
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
  const messages = useMessages();
  const { t } = messages;
  if (maxShots == null) {
    if (shots.length === 0) return null;
    return (
      <div className="row wrap" data-testid="shot-list">
        <span className="hint">{t('generate.shotsKept', { count: shots.length, model: modelName })}</span>
        <SpectrumButton emphasis="quiet" onPress={() => onChange([])}>
          {t('generate.clearShots')}
        </SpectrumButton>
      </div>
    );
  }
  const total = totalShotSeconds(shots);
  return (
    <fieldset data-testid="shot-list" style={{ border: 0, margin: 0, padding: 0 }}>
      <legend className="hint">{t('generate.shotsUpTo', { max: maxShots })}</legend>
      <ol style={LIST_STYLE} aria-label={t('generate.shotList')}>
        {shots.map((shot, index) => {
          const number = index + 1;
          return (
            <li key={index} aria-label={t('generate.shotName', { number })}>
              <SpectrumTextArea
                label={t('generate.shotPrompt', { number })}
                name={`shot-${index + 1}-prompt`}
                rows={2}
                value={shot.prompt}
                onChange={(prompt) => onChange(updateShot(shots, index, { prompt }))}
              />
              <div className="row wrap">
                <SpectrumTextField
                  label={t('generate.shotSeconds', { number })}
                  name={`shot-${index + 1}-seconds`}
                  value={String(shot.durationSeconds)}
                  onChange={(text) => onChange(updateShot(shots, index, { durationSeconds: Number(text) }))}
                />
                <SpectrumButton
                  emphasis="quiet"
                  label={t('generate.moveShotUp', { number })}
                  disabled={index === 0}
                  onPress={() => onChange(moveShot(shots, index, -1))}
                >
                  ↑
                </SpectrumButton>
                <SpectrumButton
                  emphasis="quiet"
                  label={t('generate.moveShotDown', { number })}
                  disabled={index === shots.length - 1}
                  onPress={() => onChange(moveShot(shots, index, 1))}
                >
                  ↓
                </SpectrumButton>
                <SpectrumButton
                  emphasis="quiet"
                  label={t('generate.removeShot', { number })}
                  onPress={() => onChange(removeShot(shots, index))}
                >
                  {t('panel.remove')}
                </SpectrumButton>
              </div>
            </li>
          );
        })}
      </ol>
      {shots.length === 0 ? null : (
        // Kling ignores the main prompt when it gets shots (vercel/ai klingai-video-model-options.ts;
        // mulerouter.ai's 3.0 transcription), so say where it still matters.
        <p className="hint">{t('generate.shotPromptsLead', { model: modelName })}</p>
      )}
      <div className="row wrap">
        <SpectrumButton emphasis="quiet" disabled={shots.length >= maxShots} onPress={() => onChange(addShot(shots, clipSeconds))}>
          {t('generate.addShot')}
        </SpectrumButton>
        {shots.length === 0 ? null : (
          <span className={total === clipSeconds ? 'hint' : 'error'} role="status" data-testid="shot-total">
            {describeShotTotal(shots, clipSeconds, messages)}
          </span>
        )}
      </div>
    </fieldset>
  );
}
