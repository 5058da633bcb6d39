import { z } from 'zod';
import { APP_LOCALES } from '../../shared/i18n/app-locale';
import { DEFAULT_BIN_TEMPLATE, DEFAULT_FILE_TEMPLATE, unknownTokens } from '../naming/name-template';
import { storedPresetPackSchema } from '../presets/stored-preset-pack-schema';
import { trackRolesBySequenceSchema } from './sequence-track-roles';

const template = (fallback: string) =>
  z
    .string()
    .min(1)
    .default(fallback)
    .superRefine((text, context) => {
      const unknown = unknownTokens(text);
      if (unknown.length === 0) return;
      context.addIssue({
        code: 'custom',
        message: `has unknown {${unknown.join('}, {')}}; use {project}, {provider}, {model}, {date}, {time}, {slug}, {variation} or {job}`,
      });
    });

const usd = z.number().positive().max(100_000);

/** What an editor (or an agency pack) sets once: naming, spending limits, concurrency, prompt templates. */
export const panelPreferencesSchema = z.strictObject({
  /** @default '{slug}_{variation}_{provider}_{model}_{date}' (the job id is appended; {variation} is left out for a single clip) */
  fileNameTemplate: template(DEFAULT_FILE_TEMPLATE),
  /** Nested bins separated by "/". @default 'ClipRelay/{provider}' */
  binTemplate: template(DEFAULT_BIN_TEMPLATE),
  budget: z.strictObject({ dailyUsd: usd.optional(), perProjectUsd: usd.optional() }).default({}),
  /** @default 2 */
  maxConcurrentPerProvider: z.number().int().min(1).max(10).default(2),
  /** Where a finished clip goes: on the timeline at the playhead, or into the bin only (no timeline edit). @default 'timeline' */
  newClipPlacement: z.enum(['timeline', 'bin']).default('timeline'),
  /** The editor's latest prompts, newest first, for the Generate tab's history (at most 50 kept). @default [] */
  promptHistory: z.array(z.string().min(1)).default([]),
  /** Installed preset packs (agency or team), in install order; later packs take precedence. */
  presetPacks: z.array(storedPresetPackSchema).default([]),
  promptTemplates: z.array(z.strictObject({ id: z.string().min(1), name: z.string().min(1), text: z.string().min(1) })).default([
    {
      id: 'aerial',
      name: 'Aerial establishing shot',
      text: 'Slow aerial establishing shot of {place} at {time of day}, natural ambient sound',
    },
    { id: 'product', name: 'Product hero', text: 'Cinematic close-up of {product} on {surface}, soft studio light, subtle room tone' },
  ]),
  /** Audio track roles the editor set in the Duck tab, per sequence (see sequence-track-roles.ts). @default {} */
  trackRolesBySequence: trackRolesBySequenceSchema,
  /**
   * The panel's language: 'auto' follows Premiere's UI language (the browser's in the sandbox), else one of ClipRelay's
   * languages. Preferences stored before it existed load as 'auto'. @default 'auto'
   */
  language: z.enum(['auto', ...APP_LOCALES]).default('auto'),
});

export type PanelPreferences = z.infer<typeof panelPreferencesSchema>;

export const DEFAULT_PANEL_PREFERENCES: PanelPreferences = panelPreferencesSchema.parse({});

/**
 * The preferences as written to disk: a field added after a release is left out while it holds its default, so the
 * builds before it (whose schema refuses unknown fields and would set the whole file aside) still read the file
 * unless the editor actually used the new setting. Reading fills the default back in.
 */
export function storablePreferences(preferences: PanelPreferences): Partial<PanelPreferences> {
  const { language, ...rest } = preferences;
  return language === 'auto' ? rest : preferences;
}
