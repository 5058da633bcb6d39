import { z } from 'zod';

/**
 * An origin pattern UXP's manifest accepts: https, optionally one leading "*." label wildcard; or,
 * for a self-hosted server on the user's own machine (ComfyUI), a loopback http origin with its
 * port, e.g. "http://127.0.0.1:8188".
 */
const hostPatternSchema = z
  .string()
  .regex(
    /^(https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+|http:\/\/(127\.0\.0\.1|localhost):\d{1,5})$/,
    'expected https://host, https://*.domain or a loopback http://127.0.0.1:port',
  );

/**
 * One generation model as data. Strict: this file is ours, so a typo must fail loudly.
 * Prices are approximate list prices per second of output, for estimates only.
 */
export const catalogModelSchema = z.strictObject({
  /** The provider's own model id, sent on the wire, e.g. "kling-v2-6". */
  id: z.string().min(1),
  /** Provider id, matching VideoProvider.id, e.g. "kling". */
  provider: z.string().min(1),
  /** Name shown to editors and used in messages, e.g. "Kling 2.6". */
  displayName: z.string().min(1),
  /** The provider's default model for new generations. @default false */
  isProviderDefault: z.boolean().optional(),
  /** Every clip length the model accepts, ascending. */
  durationsSeconds: z.array(z.number().int().positive()).min(1),
  aspectRatios: z.array(z.string().regex(/^\d+:\d+$/)).min(1),
  /** Native audio: always generated, switchable per request, or never. */
  audio: z.enum(['always', 'toggle', 'none']),
  /**
   * Output resolutions the model renders, by short side ("720p", "1080p"), ascending.
   * @default undefined (unknown: any requested resolution is left to the adapter, which warns)
   */
  resolutions: z.array(z.string().regex(/^\d+p$/)).min(1).optional(),
  /**
   * Whether the model takes a first-frame image. @default undefined (unknown: the adapter decides,
   * warning when it cannot send one)
   */
  imageInput: z.enum(['optional', 'required', 'none']).optional(),
  pricePerSecondUsd: z.number().nonnegative(),
  /** API origins the panel calls; each must be listed in the UXP manifest. */
  apiHosts: z.array(hostPatternSchema).min(1),
  /** Origins result files are downloaded from (often a CDN distinct from the API). */
  downloadHosts: z.array(hostPatternSchema).min(1),
});

export const modelCatalogSchema = z.strictObject({
  models: z.array(catalogModelSchema).min(1),
});

export type CatalogModel = z.infer<typeof catalogModelSchema>;
export type ModelCatalog = z.infer<typeof modelCatalogSchema>;
