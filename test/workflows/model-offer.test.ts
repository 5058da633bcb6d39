import { describe, expect, it } from 'vitest';
import { loadBuiltinCatalog, type ModelCatalog } from '../../src/providers/catalog';
import { offeredProviderChoices } from '../../src/ui/generate/offered-provider-choices';
import type { ModelChoice, ProviderChoice } from '../../src/ui/panel-services';
import { modelOffer, nothingOfferedMessage, retiredModelNotice } from '../../src/workflows/model-offer';

const catalog = loadBuiltinCatalog();
const DEC_6 = Date.parse('2026-12-06T12:00:00Z');

/** The panel's provider choices straight from the catalog, as the entries build them. */
function choices(from: ModelCatalog): ProviderChoice[] {
  const ids = [...new Set(from.models.map((model) => model.provider))];
  return ids.map((id) => ({
    id,
    displayName: id,
    credentials: [],
    create: async () => {
      throw new Error('not used');
    },
    models: from.models
      .filter((model) => model.provider === id)
      .map((model): ModelChoice => ({ ...model, durationsSeconds: model.durationsSeconds, aspectRatios: model.aspectRatios })),
  }));
}

describe('modelOffer', () => {
  it('offers live and deprecated models, never retired ones', () => {
    expect(modelOffer(catalog, 'kling-v2-6', DEC_6)).toEqual({ offered: true, status: 'live' });
    expect(modelOffer(catalog, 'fal-ai/veo3', DEC_6)).toMatchObject({ offered: true, status: 'deprecated' });
    expect(modelOffer(catalog, 'sora-2', DEC_6)).toMatchObject({ offered: false, status: 'retired' });
  });

  it('retires a deprecated model on its end day, by the injected clock', () => {
    const source = { ref: 'x', grade: 'V', checkedOn: '2026-01-01' };
    const ending: ModelCatalog = {
      models: [{ ...catalog.models[0]!, lifecycle: { status: 'deprecated', retiredOn: '2027-01-15', sources: [source], verified: true } }],
    };
    expect(modelOffer(ending, 'kling-v2-6', Date.parse('2027-01-14T23:00:00Z'))).toEqual({
      offered: true,
      status: 'deprecated',
      endsOn: '2027-01-15',
    });
    expect(modelOffer(ending, 'kling-v2-6', Date.parse('2027-01-15T00:00:00Z')).offered).toBe(false);
  });
});

describe('the Generate tab\u2019s provider and model lists (offeredProviderChoices)', () => {
  const offered = offeredProviderChoices(choices(catalog), catalog, DEC_6);

  it('leaves out OpenAI (every Sora model retired); offers the Gemini API for Gemini Omni, not its shut-down Veo ids', () => {
    expect(offered.map((provider) => provider.id)).toEqual(['kling', 'google', 'google-vertex', 'runway', 'fal', 'byteplus', 'comfyui']);
    expect(offered.find((provider) => provider.id === 'google')!.models.map((model) => model.id)).toEqual([
      'gemini-omni-1.2-flash',
      'gemini-omni-1.1-flash',
    ]);
  });

  it('keeps Kling, the sandbox\u2019s default provider, with its default model first', () => {
    expect(offered[0]!.models.map((model) => model.id)).toEqual([
      'kling-v2-6',
      'kling-v2-5-turbo',
      'kling-v3',
      'kling-v3-omni',
      'kling-v4',
    ]);
  });

  it('marks a deprecated model in its name', () => {
    const fal = offered.find((provider) => provider.id === 'fal')!;
    expect(fal.models.find((model) => model.id === 'fal-ai/veo3')?.displayName).toBe('Veo 3 (fal) (deprecated)');
  });
});

describe('nothingOfferedMessage (a pack that allows only a retired provider)', () => {
  it('names the retirement and the replacement when every allowed provider is retired', () => {
    expect(nothingOfferedMessage(catalog, ['openai'], DEC_6)).toMatch(
      /^No model can be offered: Sora 2 \(openai sora-2\) was retired on 2026-09-24 .*Use Kling 3\.0 \(kling kling-v3\) instead\.$/,
    );
  });

  it('says nothing while some allowed provider still offers a model', () => {
    expect(nothingOfferedMessage(catalog, ['openai', 'kling'], DEC_6)).toBeUndefined();
  });
});

describe('retiredModelNotice (a job reused from history names a retired model)', () => {
  it('says why the form moved to another model', () => {
    expect(retiredModelNotice(catalog, 'veo-3.1-generate-preview', DEC_6)).toMatch(
      /was retired on 2026-10-22 .*Use Veo 3\.1 \(Vertex AI\) \(google-vertex veo-3\.1-generate-001\) instead\.$/,
    );
    expect(retiredModelNotice(catalog, 'kling-v3', DEC_6)).toBeUndefined();
    expect(retiredModelNotice(catalog, 'unknown-model', DEC_6)).toBeUndefined();
  });
});
