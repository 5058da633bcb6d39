import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { LocalizedMessage } from '../../../src/shared/app-error';
import type { AppLocale } from '../../../src/shared/i18n/app-locale';
import type { MessageId } from '../../../src/shared/i18n/catalogs';
import { createTranslator } from '../../../src/shared/i18n/translator';
import { MessagesProvider } from '../../../src/ui/i18n/use-messages';
import { JobWarnings } from '../../../src/ui/jobs/job-warnings';
import { parseJobRecord } from '../../../src/workflows/jobs/job-record-schema';
import type { HostNote } from '../../../src/hosts/spec';
import { withWarnings } from '../../../src/workflows/with-warnings';

const english = createTranslator('en').t as (id: MessageId, values?: LocalizedMessage['values']) => string;

/** A worded warning whose English is the catalog text, as the runner builds them. */
function worded(provider: string): HostNote {
  const localized: LocalizedMessage = { id: 'errors.clipWithoutAudio', values: { provider } };
  return { message: english(localized.id, localized.values), localized };
}

describe('withWarnings', () => {
  it('keeps every catalog message at the index of its warning, whatever else appends plain warnings', () => {
    const step = fc.oneof(fc.record({ plain: fc.string() }), fc.record({ provider: fc.constantFrom('Kling', 'Veo 3.1', 'Runway') }));
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
        let job: { warnings: readonly string[]; warningWords?: readonly (LocalizedMessage | null)[] } = { warnings: [] };
        for (const next of steps) {
          job =
            'plain' in next
              ? { ...job, warnings: [...job.warnings, next.plain] }
              : { ...job, ...withWarnings(job, [worded(next.provider)]) };
        }
        job.warningWords?.forEach((words, index) => {
          if (words != null) expect(english(words.id, words.values)).toBe(job.warnings[index]);
        });
        expect((job.warningWords ?? []).length).toBeLessThanOrEqual(job.warnings.length);
      }),
    );
  });
});

describe('a job warning on the card', () => {
  const warnings = ['Kling returned a clip without an audio track.', 'Provider note: as sent'];
  const words = [{ id: 'errors.clipWithoutAudio' as const, values: { provider: 'Kling' } }, null];

  const shown = (locale: AppLocale, stored: typeof words) =>
    renderToStaticMarkup(
      <MessagesProvider locale={locale}>
        <JobWarnings warnings={warnings} words={stored} />
      </MessagesProvider>,
    );

  it('is said in French where a catalog message is stored, provider text as sent', () => {
    const html = shown('fr', words);
    expect(html).toContain('Kling a renvoyé un plan sans piste audio.');
    expect(html).toContain('Provider note: as sent');
    expect(html).not.toContain('without an audio track');
  });

  it('keeps the stored English in English, and wherever the words no longer match the text', () => {
    expect(shown('en', words)).toContain(warnings[0]);
    const outOfStep = [null, { id: 'errors.clipWithoutAudio' as const, values: { provider: 'Kling' } }];
    const html = shown('fr', outOfStep);
    expect(html).toContain(warnings[0]);
    expect(html).not.toContain('Kling a renvoyé');
  });
});

describe('the stored warning words', () => {
  const record = {
    id: 'job-1',
    providerId: 'kling',
    providerName: 'Kling',
    phase: 'queued',
    request: { model: 'kling-v2-6', prompt: 'Harbour', durationSeconds: 5, aspectRatio: '16:9', audio: true, clientJobId: 'job-1' },
    projectName: 'P',
    createdAtMs: 0,
    updatedAtMs: 0,
    estimatedCostUsd: 1,
    warnings: ['Kling returned a clip without an audio track.'],
    downloadAttempts: 0,
  };

  it('load when present, are absent in older ledgers, and a malformed entry is dropped, never damage', () => {
    const words = [{ id: 'errors.clipWithoutAudio', values: { provider: 'Kling' } }];
    expect(parseJobRecord({ ...record, warningWords: words }).warningWords).toEqual(words);
    expect(parseJobRecord(record).warningWords).toBeUndefined();
    expect(parseJobRecord({ ...record, warningWords: [{ values: 3 }] }).warningWords).toEqual([null]);
    expect(parseJobRecord({ ...record, warningWords: 'nonsense' }).warningWords).toBeUndefined();
  });
});
