import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/shared/app-error';
import type { AppLocale } from '../../../src/shared/i18n/app-locale';
import { createTranslator } from '../../../src/shared/i18n/translator';
import { MessagesProvider } from '../../../src/ui/i18n/use-messages';
import { JobCard, type JobActions } from '../../../src/ui/jobs/job-card';
import { JobsTab } from '../../../src/ui/jobs/jobs-tab';
import { reportedJobAction } from '../../../src/ui/jobs/reported-job-action';
import type { PanelServices } from '../../../src/ui/panel-services';
import type { JobRecord } from '../../../src/workflows/jobs/job-record';

const actions: JobActions = { cancel: () => {}, retry: () => {}, recreate: () => {}, reuse: () => {}, revealInBin: () => {} };
const base = {
  id: 'job-1',
  providerId: 'kling',
  providerName: 'Kling',
  request: { model: 'kling-v2-6', prompt: 'Harbour', durationSeconds: 5, aspectRatio: '16:9' as const, audio: true, clientJobId: 'job-1' },
  projectName: 'P',
  createdAtMs: 0,
  updatedAtMs: 65_000,
  estimatedCostUsd: 1.25,
  warnings: [],
  downloadAttempts: 0,
};
const ref = { provider: 'kling', model: 'kling-v2-6', jobId: 'k-77', data: {} };
const media = { durationSeconds: 5, hasAudio: false, width: 1920, height: 1080, frameRate: 24 };

const card = (job: JobRecord, locale: AppLocale) =>
  renderToStaticMarkup(
    <MessagesProvider locale={locale}>
      <JobCard job={job} nowMs={65_000} actions={actions} />
    </MessagesProvider>,
  );

describe('the Jobs tab in French', () => {
  it('says the phase, progress, money and duration the French way', () => {
    const html = card({ ...base, phase: 'generating', ref, progress: 0.42, createSentAtMs: Date.UTC(2026, 11, 6, 9, 30) }, 'fr');
    expect(html).toContain('Génération 42\u00a0% · tâche k-77');
    expect(html).toMatch(/title="Envoyée 6 déc\. 2026, \d\d:30"/);
    expect(html).toMatch(/Kling · kling-v2-6 · 5\ss · 1,25\s\$US · 1:05/);
    expect(html).toContain('aria-label="Génération : Harbour"');
    expect(html).toContain('>Annuler</sp-action-button>');
    expect(html).not.toMatch(/Generating|Cancel\b/);
  });

  it('says where a placed clip went, with no audio track, and offers the French buttons', () => {
    const html = card(
      {
        ...base,
        phase: 'placed',
        ref,
        mediaPath: '/m.mp4',
        media,
        binItemId: 'item-1',
        placement: { videoClipId: 'v', audioClipId: null, startSeconds: 3, endSeconds: 8 },
      },
      'fr',
    );
    expect(html).toMatch(/Placé à 3,00\ss \(sans piste audio\)\./);
    expect(html).toContain('>Voir dans le chutier</sp-action-button>');
    expect(html).toContain('>Réutiliser</sp-action-button>');
  });

  it("labels a moderation reason as the provider's words, sent as they are", () => {
    const html = card(
      {
        ...base,
        phase: 'failed',
        providerHold: 'held',
        problem: { message: 'Kling refused the content: risk control', moderated: true, retryable: false },
      },
      'fr',
    );
    expect(html).toContain('Échec');
    expect(html).toMatch(/Kling .+ : Kling refused the content: risk control/);
    expect(html).toContain('class="error moderated"');
  });

  it('says the card, its picture and its warnings in one language: the panel’s, and English with no provider', () => {
    const warned: JobRecord = {
      ...base,
      phase: 'generating',
      ref,
      warnings: ['Kling returned a clip without an audio track.', 'The clip is 24 fps; the sequence is 25 fps: it plays slightly fast.'],
      warningWords: [{ id: 'errors.clipWithoutAudio', values: { provider: 'Kling' } }, null],
    };
    const french = card(warned, 'fr');
    expect(french).toContain('>Annuler</sp-action-button>');
    expect(french).toMatch(/aria-label="Pas encore d’image : clip de 5\ss"/);
    expect(french).toContain('Kling a renvoyé un plan sans piste audio.');
    expect(french).toContain('>Qu’est-ce que cela signifie ?</sp-action-button>');
    expect(french).not.toMatch(/Cancel\b|No picture yet|without an audio track|What this means/);
    const english = renderToStaticMarkup(<JobCard job={warned} nowMs={65_000} actions={actions} />);
    expect(english).toContain('>Cancel</sp-action-button>');
    expect(english).toContain('aria-label="No picture yet: a 5 s clip"');
    expect(english).toContain('Kling returned a clip without an audio track.');
    expect(english).toContain('>What this means</sp-action-button>');
  });

  it('renders the tab headings and the empty notice from the catalog under a provider', () => {
    const services = {
      now: () => 0,
      catalog: [],
      jobs: { ledger: { recovery: undefined, list: () => [], archivedSpendUsd: () => 0 } },
      providers: [],
      host: { capabilities: { name: 'Stub' } },
    } as unknown as PanelServices;
    const html = renderToStaticMarkup(
      <MessagesProvider locale="fr">
        <JobsTab services={services} jobs={[]} onReuse={() => {}} />
      </MessagesProvider>,
    );
    expect(html).toContain('Aucune génération pour l’instant.');
  });

  it('says a failed click in French', async () => {
    const problems: (string | null)[] = [];
    reportedJobAction(
      'retry',
      () => Promise.reject(new Error('disk full')),
      (message) => problems.push(message),
      createTranslator('fr'),
    )('job-1');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(problems).toEqual([null, 'Impossible de relancer la tâche : disk full']);
  });

  it('says the error inside a failed click in French too, where the error carries its catalog message', async () => {
    const problems: (string | null)[] = [];
    const unreachable = new AppError('Could not reach Kling. Check the connection and try again.', {
      localized: { id: 'errors.providerUnreachable', values: { provider: 'Kling' } },
    });
    reportedJobAction(
      'cancel',
      () => Promise.reject(unreachable),
      (message) => problems.push(message),
      createTranslator('fr'),
    )('job-1');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(problems[1]).toMatch(/^Impossible d’annuler la tâche : .*Kling/);
    expect(problems[1]).not.toContain('Could not reach');
  });
});

describe('the Jobs tab in other languages', () => {
  it('keeps English byte for byte (the README and the browser tests read it)', () => {
    const html = card({ ...base, phase: 'generating', ref, progress: 0.42 }, 'en');
    expect(html).toContain('Generating 42% · job k-77');
    expect(html).toContain('Kling · kling-v2-6 · 5 s · $1.25 · 1:05');
  });

  it('Polish and Chinese thumbnails name the clip in their words', () => {
    expect(card({ ...base, phase: 'queued' }, 'pl')).toContain('aria-label="Jeszcze bez obrazu: klip 5 s"');
    expect(card({ ...base, phase: 'queued' }, 'zh-Hans')).toContain('等待空闲槽位');
  });
});
