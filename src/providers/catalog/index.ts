export { catalogModelSchema, modelCatalogSchema, type CatalogModel, type ModelCatalog } from './model-catalog-schema';
export {
  effectiveModelStatus,
  isModelOffered,
  isoDay,
  offeredModels,
  retiredModelMessage,
  replacementAdvice,
  familyAlternatives,
  type EffectiveModelStatus,
} from './model-lifecycle';
export { loadBuiltinCatalog, findCatalogModel, defaultCatalogModel } from './load-builtin-catalog';
export { validateVideoRequest, type RequestProblem } from './validate-request';
export { parseCatalog, CatalogFormatError } from './parse-catalog';
