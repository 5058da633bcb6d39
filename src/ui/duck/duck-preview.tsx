import type { DuckingResult } from '../../workflows/apply-ducking';
import { DuckWarnings } from './duck-warnings';
import { EnvelopePreview } from './envelope-preview';
import { useMessages } from '../i18n/use-messages';
import { fixedDecimals } from './fixed-decimals';

/** A planned duck: the voice regions found, any warnings, and each clip's gain curve drawn small. */
export function DuckPreview({ plan, clipLabel }: { plan: DuckingResult; clipLabel: (clipId: string) => string }) {
  const messages = useMessages();
  const { t } = messages;
  const spans = plan.voiceRegions.map((region) =>
    t('duck.span', { start: fixedDecimals(region.startSeconds, 1, messages), end: fixedDecimals(region.endSeconds, 1, messages) }),
  );
  return (
    <div className="preview" data-testid="duck-preview">
      <p className="hint">
        {t('duck.voiceRegions', {
          count: plan.voiceRegions.length,
          spans: spans.length === 0 ? t('settings.none') : spans.join(t('duck.spanSeparator')),
        })}
      </p>
      <DuckWarnings warnings={plan.warnings} words={plan.warningWords} />
      {plan.envelopes.map((envelope) => (
        <EnvelopePreview key={envelope.clipId} envelope={envelope} label={clipLabel(envelope.clipId)} />
      ))}
    </div>
  );
}
