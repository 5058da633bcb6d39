import { z } from 'zod';
import { LOCKABLE_DUCK_CONTROLS } from '../ducking/duck-controls';
import { DEPTH_RANGE_ORDER_ISSUE, depthRangeIsOrdered, duckPresetShape } from '../ducking/duck-preset';
import { promptLibrarySchema } from './prompt-library-schema';

export const CURRENT_PRESET_PACK_VERSION = 3;

/**
 * A preset as it travels in a pack: a ducking preset plus `locked`, which agencies set to pin a
 * house setting — a locked preset cannot be edited, and a user preset with the same id does not
 * replace it (see mergePresetLayers).
 */
const packPresetSchema = z
  .strictObject({
    ...duckPresetShape,
    /** @default false */
    locked: z.boolean().default(false),
    /**
     * Duck tab controls the editor cannot change when starting from this preset, e.g. `["depthDb"]`
     * pins Reduce by at the house depth. Packs without it lock no control.
     * @default undefined (none)
     */
    lockedFields: z.array(z.enum(LOCKABLE_DUCK_CONTROLS)).optional(),
  })
  .refine(depthRangeIsOrdered, DEPTH_RANGE_ORDER_ISSUE);

export type PackPreset = z.output<typeof packPresetSchema>;

const usd = z.number().positive().max(100_000);

/**
 * Whose work a job is, for per-client caps and reports. `list`: the editor picks one of `names`
 * (a project whose name starts with a client's name picks it by default); `project`: the project's
 * own name is the client tag.
 */
const clientTaggingSchema = z
  .strictObject({
    tagFrom: z.enum(['list', 'project']),
    /** @default [] — required (at least one) when tagFrom is "list" */
    names: z.array(z.string().trim().min(1, 'must not be empty')).default([]),
  })
  .superRefine((clients, context) => {
    if (clients.tagFrom === 'list' && clients.names.length === 0)
      context.addIssue({ code: 'custom', path: ['names'], message: 'must list at least one client when clients come from the list' });
  });

/**
 * What an agency pins for everyone who installs its pack, besides presets. Optional: a pack
 * without a policy changes nothing but presets.
 */
const packPolicySchema = z.strictObject({
  /** Spending caps; the stricter of the pack's and the editor's own applies. `perClientMonthlyUsd` counts every project of one client. */
  budget: z.strictObject({ dailyUsd: usd.optional(), perProjectUsd: usd.optional(), perClientMonthlyUsd: usd.optional() }).optional(),
  /** House file-naming template, e.g. "{project}_{provider}_{date}_{slug}". */
  fileNameTemplate: z.string().min(1).optional(),
  /** House bin template, e.g. "AI/{provider}". */
  binTemplate: z.string().min(1).optional(),
  /** Provider ids editors may use; others are hidden. */
  allowedProviders: z.array(z.string().min(1)).min(1).optional(),
  /** Schema version 3. How each job gets its client tag. @default undefined (the project name) */
  clients: clientTaggingSchema.optional(),
  /**
   * Schema version 3. What reports show of a prompt: the text, or only its SHA-256 (a client's
   * campaign kept out of spreadsheets that travel). @default "text"
   */
  reportPrompts: z.enum(['text', 'hash']).optional(),
});

/** The fields every schema version since 2 shares. */
const SHARED_SHAPE = {
  name: z.string().min(1, 'must not be empty'),
  /** @default undefined */
  author: z.string().optional(),
  /** @default undefined */
  organisation: z.string().optional(),
  /** @default undefined */
  description: z.string().optional(),
};

function refineUniquePresetIds(pack: { readonly presets: readonly { readonly id: string }[] }, context: z.RefinementCtx): void {
  const firstIndexById = new Map<string, number>();
  pack.presets.forEach((preset, index) => {
    const first = firstIndexById.get(preset.id);
    if (first == null) {
      firstIndexById.set(preset.id, index);
      return;
    }
    context.addIssue({ code: 'custom', path: ['presets', index, 'id'], message: `"${preset.id}" is already used by presets[${first}]` });
  });
}

/**
 * A preset pack, schema version 3: what agencies and post teams share as a `.json` file (signed, see
 * domain/packs/signed-pack.ts, when it is subscribed to). Version 3 adds the pack's own release
 * number (`version`, which a subscription only ever moves forward), `updateRequired`, client tagging
 * and prompt privacy in the policy, a per-client cap, and the shared prompt library (`prompts`).
 *
 * ```json
 * { "schemaVersion": 3, "name": "Acme house mix", "version": 4, "author": "J. Doe", "organisation": "Acme",
 *   "policy": { "clients": { "tagFrom": "list", "names": ["Globex", "Initech"] }, "budget": { "perClientMonthlyUsd": 500 } },
 *   "prompts": { "templates": [{ "id": "aerial", "name": "ACME Aerial", "text": "Aerial shot of {place}" }] },
 *   "presets": [{ "id": "promo", "name": "Promo", "depthDb": -10, "attackSeconds": 0.3, "releaseSeconds": 0.6,
 *   "holdSeconds": 1, "locked": true }] }
 * ```
 */
export const presetPackSchema = z
  .strictObject({
    schemaVersion: z.literal(CURRENT_PRESET_PACK_VERSION),
    ...SHARED_SHAPE,
    /** The pack's release: raise it with every change an agency publishes. @default 1 */
    version: z.number().int().min(1).max(1_000_000).default(1),
    /** Editors must take this release: it applies without a "Later" choice. @default false */
    updateRequired: z.boolean().default(false),
    /** @default undefined (no policy) */
    policy: packPolicySchema.optional(),
    /** @default undefined (no shared prompts) */
    prompts: promptLibrarySchema.optional(),
    presets: z.array(packPresetSchema),
  })
  .superRefine(refineUniquePresetIds);

export type PresetPack = z.output<typeof presetPackSchema>;
export type PresetPackInput = z.input<typeof presetPackSchema>;
