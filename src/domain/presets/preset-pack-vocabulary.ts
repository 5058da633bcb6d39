import { label, type FieldLabel, type SchemaVocabulary, type Wording } from '../../shared/schema-issue-sentences';

/** The ducking preset fields in the Duck tab's words; `presets[]` entries are named by their `name`. */
export const PRESET_FIELDS: Readonly<Record<string, FieldLabel | Wording>> = {
  id: label('schema.fieldId'),
  name: label('schema.fieldName'),
  depthDb: { name: label('schema.fieldDuckDepth'), unit: 'dB' },
  attackSeconds: { name: label('schema.fieldFadeDown'), unit: 's' },
  releaseSeconds: { name: label('schema.fieldFadeUp'), unit: 's' },
  holdSeconds: { name: label('schema.fieldHold'), unit: 's' },
  fadeShape: label('schema.fieldFadeShape'),
  targetGapDb: { name: label('schema.fieldTargetGap'), unit: 'dB' },
  minDepthDb: { name: label('schema.fieldShallowestDuck'), unit: 'dB' },
  maxDepthDb: { name: label('schema.fieldDeepestDuck'), unit: 'dB' },
  locked: label('schema.fieldLocked'),
  lockedFields: label('schema.fieldLockedControls'),
  'lockedFields[]': label('schema.fieldLockedControl'),
};

/** The same labels under another path, e.g. `presets[].depthDb`. */
export function prefixedLabels(
  prefix: string,
  fields: Readonly<Record<string, FieldLabel | Wording>>,
): Record<string, FieldLabel | Wording> {
  return Object.fromEntries(Object.entries(fields).map(([key, label]) => [`${prefix}${key}`, label]));
}

/** Words for problems in a version 3 (or migrated version 2) pack: "Preset 'Interview' → duck depth: must be between −24 and −1 dB". */
export const PRESET_PACK_VOCABULARY: SchemaVocabulary = {
  whole: label('schema.wholePresetPack'),
  items: {
    'presets[]': { name: label('schema.itemPreset'), nameKey: 'name' },
    'prompts.templates[]': { name: label('schema.itemPromptTemplate'), nameKey: 'name' },
  },
  fields: {
    schemaVersion: label('schema.fieldSchemaVersion'),
    name: label('schema.fieldPackName'),
    version: label('schema.fieldPackVersion'),
    updateRequired: label('schema.fieldUpdateRequired'),
    author: label('schema.fieldAuthor'),
    organisation: label('schema.fieldOrganisation'),
    description: label('schema.fieldDescription'),
    presets: label('schema.fieldPresets'),
    'policy.budget.dailyUsd': { name: label('schema.fieldHouseDailyCap'), unit: 'USD' },
    'policy.budget.perProjectUsd': { name: label('schema.fieldHousePerProjectCap'), unit: 'USD' },
    'policy.fileNameTemplate': label('schema.fieldHouseFileNames'),
    'policy.binTemplate': label('schema.fieldHouseBins'),
    'policy.allowedProviders': label('schema.fieldAllowedProviders'),
    'policy.budget.perClientMonthlyUsd': { name: label('schema.fieldHouseClientMonthlyCap'), unit: 'USD' },
    'policy.clients.tagFrom': label('schema.fieldClientTagsFrom'),
    'policy.clients.names': label('schema.fieldClients'),
    'policy.reportPrompts': label('schema.fieldPromptsInReports'),
    'prompts.namingRule.pattern': label('schema.fieldTemplateNamingPattern'),
    'prompts.namingRule.description': label('schema.fieldTemplateNamingRule'),
    'prompts.templates': label('schema.fieldPromptTemplates'),
    'prompts.templates[].id': label('schema.fieldId'),
    'prompts.templates[].name': label('schema.fieldName'),
    'prompts.templates[].text': label('schema.fieldPrompt'),
    'prompts.templates[].tags': label('schema.fieldTags'),
    ...prefixedLabels('presets[].', PRESET_FIELDS),
  },
};

/** Version 1 packs name the same fields differently (milliseconds, `duckDb`). */
export const PRESET_PACK_V1_VOCABULARY: SchemaVocabulary = {
  whole: label('schema.wholePresetPack'),
  items: { 'presets[]': { name: label('schema.itemPreset'), nameKey: 'name' } },
  fields: {
    schemaVersion: label('schema.fieldSchemaVersion'),
    name: label('schema.fieldPackName'),
    author: label('schema.fieldAuthor'),
    locked: label('schema.fieldLocked'),
    presets: label('schema.fieldPresets'),
    'presets[].id': label('schema.fieldId'),
    'presets[].name': label('schema.fieldName'),
    'presets[].duckDb': { name: label('schema.fieldDuckDepth'), unit: 'dB' },
    'presets[].fadeDownMs': { name: label('schema.fieldFadeDown'), unit: 'ms' },
    'presets[].fadeUpMs': { name: label('schema.fieldFadeUp'), unit: 'ms' },
    'presets[].holdMs': { name: label('schema.fieldHold'), unit: 'ms' },
  },
};
