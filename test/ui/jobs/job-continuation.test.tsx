import type { ReactElement, ReactNode } from 'react';
import { isValidElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PANEL_PREFERENCES } from '../../../src/domain/preferences/panel-preferences';
import { loadBuiltinCatalog } from '../../../src/providers/catalog';
import type { VideoContinuation } from '../../../src/providers/spec';
import { continuationDraftFromJob, draftFromJob, requestFromDraft } from '../../../src/ui/generate/generate-draft';
import { GenerateTab } from '../../../src/ui/generate/generate-tab';
import { JobCard, type JobActions } from '../../../src/ui/jobs/job-card';
import { SpectrumButton } from '../../../src/ui/spectrum/spectrum-button';
import { JobsTab } from '../../../src/ui/jobs/jobs-tab';
import type { ModelChoice, PanelServices } from '../../../src/ui/panel-services';
import type { JobRecord, PlacedJob } from '../../../src/workflows/jobs/job-record';

const catalog = loadBuiltinCatalog();

function placedJob(id: string, providerId: string, providerName: string, model: string, prompt: string): PlacedJob {
  return {
    id,
    providerId,
    providerName,
    request: { model, prompt, durationSeconds: 8, aspectRatio: '9:16', audio: true, resolution: '1080p', clientJobId: id },
    projectName: 'P',
    createdAtMs: 0,
    updatedAtMs: 0,
    estimatedCostUsd: 1,
    warnings: [],
    downloadAttempts: 0,
    phase: 'placed',
    ref: { provider: providerId, model, jobId: `${id}-at-provider`, data: {} },
    mediaPath: `/media/${id}.mp4`,
    media: { durationSeconds: 8, hasAudio: true, width: 1080, height: 1920, frameRate: 24 },
    placement: { videoClipId: 'v1', audioClipId: 'a1', startSeconds: 0, endSeconds: 8 },
  };
}

const omniJob = placedJob('omni-1', 'google', 'Google Gemini', 'gemini-omni-1.2-flash', 'A kite over dunes at noon');
const klingJob = placedJob('kling-1', 'kling', 'Kling', 'kling-v2-6', 'A heron on a lake');

/** The element tree a card renders to, its hooks run inside a render (the panel's language: English here). */
function cardTree(props: Parameters<typeof JobCard>[0]): ReactNode {
  let tree: ReactNode = null;
  function Capture() {
    tree = JobCard(props);
    return null;
  }
  renderToStaticMarkup(<Capture />);
  return tree;
}

/** The buttons of a rendered element tree. */
function buttons(node: ReactNode): ReactElement<{ onPress: () => void; children: ReactNode }>[] {
  if (Array.isArray(node)) return node.flatMap(buttons);
  if (!isValidElement<{ children?: ReactNode; onPress?: () => void }>(node)) return [];
  const own = node.type === SpectrumButton ? [node as ReactElement<{ onPress: () => void; children: ReactNode }>] : [];
  return [...own, ...buttons(node.props.children)];
}

const stubServices = {
  catalog,
  now: () => 0,
  jobs: { ledger: { recovery: undefined, list: () => [], archivedSpendUsd: () => 0 } },
  providers: [],
  host: { capabilities: { name: 'Stub' } },
} as unknown as PanelServices;

describe('Extend / Edit on a finished job', () => {
  it('shows Extend and Edit on a placed Gemini Omni job, and nothing of the sort on a Kling job (Jobs tab, catalog-driven)', () => {
    const html = renderToStaticMarkup(
      <JobsTab services={stubServices} jobs={[omniJob, klingJob]} onReuse={() => {}} onContinue={() => {}} />,
    );
    const [omniCard, klingCard] = html.split('data-job-id="kling-1"');
    expect(omniCard).toContain('>Extend</sp-action-button>');
    expect(omniCard).toContain('>Edit</sp-action-button>');
    expect(klingCard).not.toContain('>Extend<');
    expect(klingCard).not.toContain('>Edit<');
  });

  it('offers neither on an Omni job that has not finished', () => {
    const running = { ...omniJob, phase: 'generating' } as JobRecord;
    const html = renderToStaticMarkup(<JobsTab services={stubServices} jobs={[running]} onReuse={() => {}} onContinue={() => {}} />);
    expect(html).not.toContain('>Extend<');
  });

  it('pressing Extend prefills the draft from the job with the continuation, and the request built from it carries continueFrom', () => {
    const pressed: [JobRecord, VideoContinuation['mode']][] = [];
    const actions: JobActions = {
      cancel: () => {},
      retry: () => {},
      recreate: () => {},
      reuse: () => {},
      continueJob: (job, mode) => pressed.push([job, mode]),
    };
    const tree = cardTree({ job: omniJob, nowMs: 0, actions, continuation: ['extend', 'edit'] });
    buttons(tree)
      .find((button) => button.props.children === 'Extend')!
      .props.onPress();
    expect(pressed).toEqual([[omniJob, 'extend']]);

    const draft = continuationDraftFromJob(omniJob, 'extend');
    expect(draft).toMatchObject({
      providerId: 'google',
      modelId: 'gemini-omni-1.2-flash',
      aspectRatio: '9:16',
      prompt: '',
      continueFrom: { mode: 'extend', providerJobId: 'omni-1-at-provider', earlierPrompt: 'A kite over dunes at noon' },
    });
    const model: ModelChoice = {
      id: 'gemini-omni-1.2-flash',
      displayName: 'Gemini Omni 1.2 Flash',
      durationsSeconds: [8],
      aspectRatios: ['16:9', '9:16'],
      audio: 'always',
      pricePerSecondUsd: 0.13,
    };
    const request = requestFromDraft({ ...draft, prompt: 'the kite lands' }, model);
    expect(request.continueFrom).toEqual({ mode: 'extend', providerJobId: 'omni-1-at-provider' });
    // A draft without a continuation sends none.
    expect(requestFromDraft({ ...draft, continueFrom: undefined, prompt: 'x' }, model).continueFrom).toBeUndefined();
  });

  it('shows "Continues: <earlier prompt> — extend · Clear" on the Generate tab, and not for a new generation', () => {
    const services = { ...stubServices, host: { readActiveSequence: () => new Promise(() => {}) } } as unknown as PanelServices;
    const render = (draft: ReturnType<typeof draftFromJob>) =>
      renderToStaticMarkup(
        <GenerateTab
          services={services}
          preferences={DEFAULT_PANEL_PREFERENCES}
          draft={draft}
          onDraftChange={() => {}}
          onSubmitted={() => {}}
          onRemember={() => {}}
        />,
      );
    const html = render(continuationDraftFromJob(omniJob, 'edit')).replaceAll('<!-- -->', '');
    expect(html).toContain('Continues: A kite over dunes at noon — edit ·');
    expect(html).toContain('>Clear</sp-action-button>');
    expect(render(draftFromJob(omniJob))).not.toContain('Continues:');
  });

  it('Reuse of a job that continued another keeps the continuation, naming the earlier prompt when known', () => {
    const extension = {
      ...omniJob,
      id: 'omni-2',
      request: {
        ...omniJob.request,
        prompt: 'the kite lands',
        continueFrom: { mode: 'extend' as const, providerJobId: 'omni-1-at-provider' },
      },
    };
    expect(draftFromJob(extension, 'A kite over dunes at noon').continueFrom).toEqual({
      mode: 'extend',
      providerJobId: 'omni-1-at-provider',
      earlierPrompt: 'A kite over dunes at noon',
    });
    expect(draftFromJob(extension).continueFrom?.earlierPrompt).toBe('job omni-1-at-provider');
  });
});
