import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCatalogModels } from '../../../src/cli/check-catalog-models';
import { DEMO_GEMINI_API_KEY } from '../../../src/emulators/google';
import { findCatalogModel, loadBuiltinCatalog, modelCatalogSchema, type CatalogModel } from '../../../src/providers/catalog';
import { createGeminiApiProvider } from '../../../src/providers/google';
import { startGoogleEmulatorServer, type GoogleEmulatorServer } from '../../emulators/google/google-emulator-server';

let server: GoogleEmulatorServer;
beforeAll(async () => {
  server = await startGoogleEmulatorServer({ legacyGeminiVeo: false });
});
afterAll(() => server.close());

describe('catalog wireModelId: the provider’s own id when the catalog key differs', () => {
  const omni = findCatalogModel(loadBuiltinCatalog(), 'gemini-omni-1.2-flash')!;
  const alias = (id: string, wireModelId?: string): CatalogModel => ({
    ...omni,
    id,
    isProviderDefault: false,
    ...(wireModelId == null ? {} : { wireModelId }),
  });

  it('is what models --check compares with the listing', async () => {
    const catalog = modelCatalogSchema.parse({
      models: [alias('omni-by-another-key', 'gemini-omni-1.2-flash'), alias('omni-without-wire-id')],
    });
    const checks = await checkCatalogModels({
      catalog,
      env: { GEMINI_API_KEY: DEMO_GEMINI_API_KEY, GOOGLE_GEMINI_BASE_URL: server.baseUrl },
      today: '2026-12-06',
      providerIds: ['google'],
    });
    expect(checks.map((check) => [check.model, check.result])).toEqual([
      ['omni-by-another-key', 'served'],
      ['omni-without-wire-id', 'not-served'],
    ]);
  });

  it('is what the Gemini API provider routes by and sends, while the ref keeps the catalog id', async () => {
    const provider = createGeminiApiProvider({
      apiKey: DEMO_GEMINI_API_KEY,
      baseUrl: server.baseUrl,
      wireModelId: (id) => (id === 'omni-by-another-key' ? 'gemini-omni-1.2-flash' : id),
    });
    const { ref } = await provider.start({
      model: 'omni-by-another-key',
      prompt: 'a bell',
      durationSeconds: 4,
      aspectRatio: '16:9',
      audio: true,
      clientJobId: 'wire-1',
    });
    expect(ref.model).toBe('omni-by-another-key');
    expect((server.emulator.interactions.get(ref.jobId)?.requestBody as { model: string }).model).toBe('gemini-omni-1.2-flash');
  });

  it('keys every built-in entry uniquely while Omni on Vertex and on the Gemini API share a wire id and a family', () => {
    const catalog = loadBuiltinCatalog();
    const vertexOmni = catalog.models.filter((model) => model.provider === 'google-vertex' && model.wireModelId != null);
    expect(vertexOmni.map((model) => [model.id, model.wireModelId])).toEqual([
      ['vertex/gemini-omni-1.2-flash', 'gemini-omni-1.2-flash'],
      ['vertex/gemini-omni-1.1-flash-preview', 'gemini-omni-1.1-flash-preview'],
    ]);
    expect(findCatalogModel(catalog, 'vertex/gemini-omni-1.2-flash')?.family).toBe(omni.family);
    expect(findCatalogModel(catalog, 'vertex/gemini-omni-1.1-flash-preview')?.family).toBe(
      findCatalogModel(catalog, 'gemini-omni-1.1-flash')?.family,
    );
    expect(vertexOmni.every((model) => model.apiHosts.every((host) => host === 'https://aiplatform.googleapis.com'))).toBe(true);
  });
});
