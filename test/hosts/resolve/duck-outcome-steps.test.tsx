import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { APP_LOCALES } from '../../../src/shared/i18n/app-locale';
import { DuckOutcome } from '../../../src/ui/duck/duck-outcome';
import { MessagesProvider } from '../../../src/ui/i18n/use-messages';
import type { DuckingResult } from '../../../src/workflows/apply-ducking';

const ducked = {
  status: 'done',
  result: {
    voiceRegions: [{ startSeconds: 1, endSeconds: 2 }],
    envelopes: [{ clipId: 'a', points: [0, 1, 2, 3].map((timeSeconds) => ({ timeSeconds, gainDb: -9 })) }],
    undoLabel: 'Duck',
    voiceSource: 'clip-extents',
    depths: [],
    voiceLoudnessLufs: null,
    warnings: [],
  } as unknown as DuckingResult,
} as const;

describe('the Duck outcome line follows what the host writes', () => {
  it('on a host that writes level steps (Resolve 21.1+), says steps, never keyframes, in every language', () => {
    const english = renderToStaticMarkup(
      <MessagesProvider locale="en">
        <DuckOutcome state={ducked} writesGainSteps />
      </MessagesProvider>,
    ).replaceAll('<!-- -->', '');
    expect(english).toContain('Ducked 1 clip under 1 voice region (as level steps, not keyframes; one undo takes it back).');
    for (const locale of APP_LOCALES) {
      const keyframes = renderToStaticMarkup(
        <MessagesProvider locale={locale}>
          <DuckOutcome state={ducked} />
        </MessagesProvider>,
      );
      const steps = renderToStaticMarkup(
        <MessagesProvider locale={locale}>
          <DuckOutcome state={ducked} writesGainSteps />
        </MessagesProvider>,
      );
      expect(keyframes).toMatch(/4/); // the keyframe count is said where keyframes are written
      expect(steps).not.toMatch(/4/); // and not where none are
      expect(steps).not.toBe(keyframes);
    }
  });
});
