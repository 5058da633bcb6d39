import type { FieldLabel, SchemaVocabulary } from '../../shared/schema-issue-sentences';

/** The ducking preset fields in the Duck tab's words; `presets[]` entries are named by their `name`. */
export const PRESET_FIELDS: Readonly<Record<string, FieldLabel | string>> = {
  id: 'Id',
  name: 'Name',
  depthDb: { name: 'Duck depth', unit: 'dB' },
  attackSeconds: { name: 'Fade down', unit: 's' },
  releaseSeconds: { name: 'Fade up', unit: 's' },
  holdSeconds: { name: 'Hold', unit: 's' },
  fadeShape: 'Fade shape',
  targetGapDb: { name: 'Target gap', unit: 'dB' },
  minDepthDb: { name: 'Shallowest duck', unit: 'dB' },
  maxDepthDb: { name: 'Deepest duck', unit: 'dB' },
  locked: 'Locked',
  lockedFields: 'Locked controls',
  'lockedFields[]': 'Locked control',
};

/** The same labels under another path, e.g. `presets[].depthDb`. */
export function prefixedLabels(prefix: string, fields: Readonly<Record<string, FieldLabel | string>>): Record<string, FieldLabel | string> {
  return Object.fromEntries(Object.entries(fields).map(([key, label]) => [`${prefix}${key}`, label]));
}

/** Words for problems in a version 3 (or migrated version 2) pack: "Preset 'Interview' → duck depth: must be between −24 and −1 dB". */
export const PRESET_PACK_VOCABULARY: SchemaVocabulary = {
  whole: 'The preset pack',
  items: { 'presets[]': { name: 'Preset', nameKey: 'name' }, 'prompts.templates[]': { name: 'Prompt template', nameKey: 'name' } },
  fields: {
    schemaVersion: 'Schema version',
    name: 'Pack name',
    version: 'Pack version',
    updateRequired: 'Update required',
    author: 'Author',
    organisation: 'Organisation',
    description: 'Description',
    presets: 'Presets',
    'policy.budget.dailyUsd': { name: 'House daily cap', unit: 'USD' },
    'policy.budget.perProjectUsd': { name: 'House per-project cap', unit: 'USD' },
    'policy.fileNameTemplate': 'House file names',
    'policy.binTemplate': 'House bins',
    'policy.allowedProviders': 'Allowed providers',
    'policy.budget.perClientMonthlyUsd': { name: 'House monthly cap per client', unit: 'USD' },
    'policy.clients.tagFrom': 'Client tags from',
    'policy.clients.names': 'Clients',
    'policy.reportPrompts': 'Prompts in reports',
    'prompts.namingRule.pattern': 'Template naming pattern',
    'prompts.namingRule.description': 'Template naming rule',
    'prompts.templates': 'Prompt templates',
    'prompts.templates[].id': 'Id',
    'prompts.templates[].name': 'Name',
    'prompts.templates[].text': 'Prompt',
    'prompts.templates[].tags': 'Tags',
    ...prefixedLabels('presets[].', PRESET_FIELDS),
  },
};

/** Version 1 packs name the same fields differently (milliseconds, `duckDb`). */
export const PRESET_PACK_V1_VOCABULARY: SchemaVocabulary = {
  whole: 'The preset pack',
  items: { 'presets[]': { name: 'Preset', nameKey: 'name' } },
  fields: {
    schemaVersion: 'Schema version',
    name: 'Pack name',
    author: 'Author',
    locked: 'Locked',
    presets: 'Presets',
    'presets[].id': 'Id',
    'presets[].name': 'Name',
    'presets[].duckDb': { name: 'Duck depth', unit: 'dB' },
    'presets[].fadeDownMs': { name: 'Fade down', unit: 'ms' },
    'presets[].fadeUpMs': { name: 'Fade up', unit: 'ms' },
    'presets[].holdMs': { name: 'Hold', unit: 'ms' },
  },
};
