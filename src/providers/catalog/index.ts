export { modelCatalogSchema, type CatalogModel, type ModelCatalog } from './model-catalog-schema';
export {
  effectiveModelStatus,
  isModelOffered,
  isoDay,
  offeredModels,
  retiredModelMessage,
  familyAlternatives,
  type EffectiveModelStatus,
} from './model-lifecycle';
export { loadBuiltinCatalog, findCatalogModel, defaultCatalogModel } from './load-builtin-catalog';
export { requestRefusal, validateVideoRequest } from './validate-request';
export { parseCatalog } from './parse-catalog';
