import { describe, expect, it } from 'vitest';
import { distinguishingLabel } from '../../../src/ui/timeline/clip-label';

const generated = (slug: string, job: string) => `Harbour promo_kling_kling-v2-1_2026-12-06_${slug}_${job}.mp4`;

describe('clip names that tell clips apart', () => {
  it('shows a name that fits as it is', () => {
    expect(distinguishingLabel('VO line 1.wav', ['VO line 2.wav'], 20)).toBe('VO line 1.wav');
  });

  it('cuts the end when the head already differs from every other name', () => {
    expect(distinguishingLabel('Ambience harbour morning.wav', ['Music bed.wav'], 12)).toBe('Ambience ha…');
  });

  it('keeps the tail when names share a long head and differ at the end (variation, job id)', () => {
    const label = distinguishingLabel(generated('fog', 'ab12cd34'), [generated('fog', 'ef56gh78')], 20);
    expect(label).toBe('Harbour p…12cd34.mp4');
  });

  it('labels two generated clips differently where cutting the end would label them the same', () => {
    const a = generated('a-slow-dolly-shot', '11111111');
    const b = generated('a-slow-dolly-shot', '22222222');
    const cutAtEnd = (name: string) => `${name.slice(0, 23)}…`;
    expect(cutAtEnd(a)).toBe(cutAtEnd(b));
    expect(distinguishingLabel(a, [a, b], 24)).not.toBe(distinguishingLabel(b, [a, b], 24));
  });

  it('shows the middle when names differ only there (the prompt slug), with a shared head and tail', () => {
    const a = 'Harbour promo_kling_2026-12-06_fog-at-dawn_take.mp4';
    const b = 'Harbour promo_kling_2026-12-06_gulls-circling_take.mp4';
    const label = distinguishingLabel(a, [b], 16);
    expect(label).toHaveLength(16);
    expect(label).toContain('fog');
    expect(label.startsWith('…')).toBe(true);
  });

  it('shows nothing in a clip too narrow for a letter and an ellipsis', () => {
    expect(distinguishingLabel('VO line 1.wav', [], 3)).toBe('');
  });
});
