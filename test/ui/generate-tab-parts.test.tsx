import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { loadBuiltinCatalog } from '../../src/providers/catalog';
import { IncompleteFormError } from '../../src/ui/incomplete-form-error';
import { CostPreview } from '../../src/ui/generate/cost-preview';
import { initialDraft, requestFromDraft } from '../../src/ui/generate/generate-draft';
import { GenerateOutcome } from '../../src/ui/generate/generate-outcome';
import { NativeAudioField } from '../../src/ui/generate/native-audio-field';
import { ReferenceImageField } from '../../src/ui/generate/reference-image-field';
import { selectedModel } from '../../src/ui/generate/selected-model';
import type { ModelChoice, ProviderChoice } from '../../src/ui/panel-services';

const catalog = loadBuiltinCatalog();
const text = (element: React.ReactElement) => renderToStaticMarkup(element).replaceAll('<!-- -->', '');

function model(id: string, durationsSeconds: number[]): ModelChoice {
  return { id, displayName: id, durationsSeconds, aspectRatios: ['16:9'], audio: 'toggle', pricePerSecondUsd: 0.1 };
}
function provider(id: string, models: ModelChoice[]): ProviderChoice {
  return { id, displayName: id.toUpperCase(), models, credentials: [], create: () => Promise.reject(new Error('unused')) };
}

describe('the initial draft', () => {
  it('starts at 5 s where the first model offers it, else at its first length (clampDuration)', () => {
    expect(initialDraft([provider('p', [model('m', [4, 8])])]).durationSeconds).toBe(4);
    expect(initialDraft([provider('p', [model('m', [5, 10])])]).durationSeconds).toBe(5);
  });
});

describe('selectedModel: what the form shows for a draft', () => {
  const services = {
    catalog,
    now: () => Date.parse('2026-12-06T12:00:00Z'),
    providers: [provider('kling', [model('kling-v2-6', [5, 10]), model('kling-v3', [5])]), provider('openai', [model('sora-2', [4])])],
  };

  it("shows the draft's provider and model", () => {
    const selection = selectedModel(services, { providerId: 'kling', modelId: 'kling-v3' });
    expect([selection.provider?.id, selection.model?.id, selection.offerNotice]).toEqual(['kling', 'kling-v3', undefined]);
  });

  it('leaves out a provider whose models are all retired, and says so when a reused draft names one', () => {
    const selection = selectedModel(services, { providerId: 'openai', modelId: 'sora-2' });
    expect(selection.providers.map((choice) => choice.id)).toEqual(['kling']);
    expect(selection.model?.id).toBe('kling-v2-6');
    expect(selection.offerNotice).toMatch(/Sora 2/);
  });
});

describe('Generate form parts', () => {
  it('prices variations against spend and the caps that are set', () => {
    const html = text(
      <CostPreview costEachUsd={0.6} variations={2} todayUsd={3} projectUsd={1} dailyCapUsd={20} projectCapUsd={undefined} />,
    );
    expect(html).toContain('Estimated $1.20 (2 × $0.60) · today $3.00 of $20.00 · this project $1.00</p>');
  });

  it('locks native audio on or off where the model decides it', () => {
    expect(text(<NativeAudioField modelAudio="none" wanted={true} onChange={() => {}} />)).toMatch(/disabled="".*\(this model is silent\)/);
    expect(text(<NativeAudioField modelAudio="always" wanted={false} onChange={() => {}} />)).toMatch(
      /checked="".*always on for this model/,
    );
    const toggle = text(<NativeAudioField modelAudio="toggle" wanted={false} onChange={() => {}} />);
    expect(toggle).not.toContain('disabled');
    expect(toggle).not.toContain('checked');
  });

  it('hides the reference image without a picker or an image, and keeps an image the model cannot take visible', () => {
    const image = { bytes: new Uint8Array([1]), mimeType: 'image/png' as const, fileName: 'frame.png' };
    expect(text(<ReferenceImageField image={null} imageInput="optional" onChoose={undefined} onClear={() => {}} />)).toBe('');
    expect(text(<ReferenceImageField image={null} imageInput="none" onChoose={() => {}} onClear={() => {}} />)).toBe('');
    expect(text(<ReferenceImageField image={null} imageInput="required" onChoose={() => {}} onClear={() => {}} />)).toContain(
      'Reference image…</sp-action-button><span class="hint">This model needs a first frame.</span>',
    );
    const kept = text(<ReferenceImageField image={image} imageInput="none" onChoose={() => {}} onClear={() => {}} />);
    expect(kept).not.toContain('Reference image…');
    expect(kept).toContain(
      'frame.png (this model takes no image)</span><sp-action-button quiet="" size="s" aria-label="Clear the reference image">Clear</sp-action-button>',
    );
  });

  it('says how many jobs started, or why nothing was sent', () => {
    expect(text(<GenerateOutcome state={{ status: 'done', result: [1] }} />)).toContain('Started a job; follow it under Jobs.');
    expect(text(<GenerateOutcome state={{ status: 'done', result: [1, 2, 3] }} />)).toContain('Started 3 jobs; follow them under Jobs.');
    expect(text(<GenerateOutcome state={{ status: 'failed', message: 'Over the daily cap.' }} />)).toBe(
      '<p class="error" role="alert">Over the daily cap.</p>',
    );
    expect(text(<GenerateOutcome state={{ status: 'running' }} />)).toBe('');
  });

  it('refuses a seed that is not a whole number with a typed, actionable error', () => {
    const draft = { ...initialDraft([provider('p', [model('m', [5])])]), prompt: 'x', seed: '4.5' };
    expect(() => requestFromDraft(draft, model('m', [5]))).toThrow(IncompleteFormError);
    expect(() => requestFromDraft(draft, model('m', [5]))).toThrow('The seed must be a whole number');
  });
});
