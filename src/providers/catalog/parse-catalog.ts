import { AppError } from '../../shared/app-error';
import { jsonSyntaxProblem } from '../../shared/json-syntax-problem';
import { describeSchemaIssues } from '../../shared/schema-issue-sentences';
import { modelCatalogSchema, type ModelCatalog } from './model-catalog-schema';

/** A catalog file that cannot be used; the message names the source and each wrong field. */
class CatalogFormatError extends AppError {
  constructor(source: string, problems: readonly string[]) {
    super(`The model catalog ${source} is not valid: ${problems.join('; ')}.`);
    this.name = 'CatalogFormatError';
  }
}

/**
 * Parses a newer catalog (from a file or URL) so ClipRelay follows model churn without a
 * release. Strict, like the built-in files: a typo in a price or a host must not be guessed.
 */
export function parseCatalog(text: string, source: string): ModelCatalog {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CatalogFormatError(source, [jsonSyntaxProblem(error, text)]);
  }
  const result = modelCatalogSchema.safeParse(json);
  if (!result.success) {
    throw new CatalogFormatError(
      source,
      describeSchemaIssues(result.error.issues, {
        schema: modelCatalogSchema,
        input: json,
        vocabulary: { whole: 'The catalog', items: { 'models[]': { name: 'Model', nameKey: 'id' } } },
      }),
    );
  }
  const ids = result.data.models.map((model) => model.id);
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
  if (duplicate != null) throw new CatalogFormatError(source, [`model id "${duplicate}" appears twice`]);
  return result.data;
}
