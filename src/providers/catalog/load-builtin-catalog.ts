import byteplusModels from './models/byteplus.json';
import comfyuiModels from './models/comfyui.json';
import falModels from './models/fal.json';
import googleModels from './models/google.json';
import klingModels from './models/kling.json';
import openaiModels from './models/openai.json';
import runwayModels from './models/runway.json';
import { modelCatalogSchema, type CatalogModel, type ModelCatalog } from './model-catalog-schema';
import { isModelOffered, isoDay } from './model-lifecycle';

/** One data file per vendor, so model churn at one vendor is a one-file change. */
const VENDOR_FILES: readonly { models: readonly unknown[] }[] = [
  klingModels,
  openaiModels,
  googleModels,
  runwayModels,
  falModels,
  byteplusModels,
  comfyuiModels,
];

let cached: ModelCatalog | undefined;

/**
 * The models shipped in models/*.json, validated once. Parsing is lazy so entries can configure zod
 * (jitless, for UXP) before the first schema runs.
 */
export function loadBuiltinCatalog(): ModelCatalog {
  cached ??= modelCatalogSchema.parse({ models: VENDOR_FILES.flatMap((file) => file.models) });
  return cached;
}

/** The model with this id, or undefined. */
export function findCatalogModel(catalog: ModelCatalog, modelId: string): CatalogModel | undefined {
  return catalog.models.find((model) => model.id === modelId);
}

/**
 * The provider's default model: the one flagged isProviderDefault, else its first — among the
 * models still offered on `today` (a retired model is never a default). Undefined when the
 * provider offers none (OpenAI since the Sora API shut down).
 */
export function defaultCatalogModel(catalog: ModelCatalog, provider: string, today: string = isoDay(Date.now())): CatalogModel | undefined {
  const models = catalog.models.filter((model) => model.provider === provider && isModelOffered(model, today));
  return models.find((model) => model.isProviderDefault === true) ?? models[0];
}
