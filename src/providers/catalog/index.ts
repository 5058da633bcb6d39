export { catalogModelSchema, modelCatalogSchema, type CatalogModel, type ModelCatalog } from './model-catalog-schema';
export { loadBuiltinCatalog, findCatalogModel, defaultCatalogModel } from './load-builtin-catalog';
export { validateVideoRequest, type RequestProblem } from './validate-request';
export { parseCatalog, CatalogFormatError } from './parse-catalog';
