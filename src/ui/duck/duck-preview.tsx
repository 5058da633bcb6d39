import type { DuckingResult } from '../../workflows/apply-ducking';
import { EnvelopePreview } from './envelope-preview';
import { counted } from './counted';

/** A planned duck: the voice regions found, any warnings, and each clip's gain curve drawn small. */
export function DuckPreview({ plan, clipLabel }: { plan: DuckingResult; clipLabel: (clipId: string) => string }) {
  return (
    <div className="preview" data-testid="duck-preview">
      <p className="hint">
        {counted(plan.voiceRegions.length, 'voice region')}:{' '}
        {plan.voiceRegions.map((region) => `${region.startSeconds.toFixed(1)}–${region.endSeconds.toFixed(1)} s`).join(', ') || 'none'}
      </p>
      {plan.warnings.map((warning) => (
        <p key={warning} className="warning">
          {warning}
        </p>
      ))}
      {plan.envelopes.map((envelope) => (
        <EnvelopePreview key={envelope.clipId} envelope={envelope} label={clipLabel(envelope.clipId)} />
      ))}
    </div>
  );
}
