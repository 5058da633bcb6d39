import type { ClipGainEnvelope } from '../../hosts/spec';
import { useMessages } from '../i18n/use-messages';
import { fixedDecimals } from './fixed-decimals';

const WIDTH = 260;
const HEIGHT = 36;

/** A planned gain curve drawn small: 0 dB at the top, −24 dB at the bottom, across the points' span. */
export function EnvelopePreview({ envelope, label }: { envelope: ClipGainEnvelope; label: string }) {
  const messages = useMessages();
  const { t } = messages;
  const points = envelope.points;
  const first = points[0]?.timeSeconds ?? 0;
  const span = Math.max(1e-6, (points[points.length - 1]?.timeSeconds ?? 1) - first);
  const x = (seconds: number) => 4 + ((seconds - first) / span) * (WIDTH - 8);
  const y = (gainDb: number) => 4 + (Math.min(0, Math.max(-24, gainDb)) / -24) * (HEIGHT - 8);
  return (
    <figure className="envelope-preview">
      <svg width={WIDTH} height={HEIGHT} role="img" aria-label={t('duck.plannedGainFor', { clip: label })}>
        <rect x={0} y={0} width={WIDTH} height={HEIGHT} fill="#1b1b1b" rx={3} />
        <polyline
          points={points.map((point) => `${x(point.timeSeconds).toFixed(1)},${y(point.gainDb).toFixed(1)}`).join(' ')}
          fill="none"
          stroke="#f2d35b"
          strokeWidth={1.5}
        />
        {points.map((point) => (
          <circle key={point.timeSeconds} cx={x(point.timeSeconds)} cy={y(point.gainDb)} r={2.2} fill="#f2d35b" />
        ))}
      </svg>
      <figcaption>
        {t('duck.envelopeCaption', {
          clip: label,
          count: points.length,
          start: fixedDecimals(first, 2, messages),
          end: fixedDecimals(first + span, 2, messages),
        })}
      </figcaption>
    </figure>
  );
}
