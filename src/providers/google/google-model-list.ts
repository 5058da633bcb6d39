import { z } from 'zod';

/**
 * One page of the Gemini API's `GET /v1beta/models` — lenient: only what we read. Shape from
 * `@google/genai` 2.32.0 (dist/node/index.cjs `listModelsResponseFromMldev`: `models[]` and
 * `nextPageToken`; `modelFromMldev`: `name` is "models/{id}", `supportedGenerationMethods`).
 */
const geminiModelListPageSchema = z.object({
  models: z.array(z.object({ name: z.string(), supportedGenerationMethods: z.array(z.string()).nullish() })).nullish(),
  nextPageToken: z.string().nullish(),
});

/** Google's ceiling for `pageSize`; one page is enough for today's listing, the loop covers more. */
const PAGE_SIZE = 1000;
/** A listing longer than this many pages is not a listing we understand; stop rather than loop. */
const MAX_PAGES = 20;

/**
 * Every model id the Gemini API lists for this key, following `nextPageToken`. `getPage` sends
 * one GET with these query parameters (and maps its errors); `readPage` reads its JSON with the
 * given schema.
 */
export async function listGeminiModelIds(
  getPage: (searchParams: Record<string, string>) => Promise<Response>,
  readPage: (response: Response, schema: typeof geminiModelListPageSchema) => Promise<z.output<typeof geminiModelListPageSchema>>,
): Promise<string[]> {
  const ids: string[] = [];
  let pageToken: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const searchParams: Record<string, string> = { pageSize: String(PAGE_SIZE) };
    if (pageToken != null) searchParams.pageToken = pageToken;
    const parsed = await readPage(await getPage(searchParams), geminiModelListPageSchema);
    for (const model of parsed.models ?? []) ids.push(model.name.replace(/^models\//, ''));
    pageToken = parsed.nextPageToken ?? undefined;
    if (pageToken == null || pageToken === '') return ids;
  }
  return ids;
}
