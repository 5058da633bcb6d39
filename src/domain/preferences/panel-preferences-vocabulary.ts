import { label, type SchemaVocabulary } from '../../shared/schema-issue-sentences';
import { PRESET_FIELDS, prefixedLabels } from '../presets/preset-pack-vocabulary';

/** The preferences in the Settings tab's own words, so a problem reads "Daily cap must be a number of dollars". */
export const PANEL_PREFERENCES_VOCABULARY: SchemaVocabulary = {
  whole: label('schema.wholeSettings'),
  items: {
    'presetPacks[]': { name: label('schema.itemPack'), nameKey: 'name' },
    'presetPacks[].presets[]': { name: label('schema.itemPreset'), nameKey: 'name' },
    'promptTemplates[]': { name: label('schema.itemPromptTemplate'), nameKey: 'name' },
  },
  fields: {
    fileNameTemplate: label('schema.fieldFileNames'),
    binTemplate: label('schema.fieldBins'),
    'budget.dailyUsd': { name: label('schema.fieldDailyCap'), unit: 'USD' },
    'budget.perProjectUsd': { name: label('schema.fieldPerProjectCap'), unit: 'USD' },
    maxConcurrentPerProvider: label('schema.fieldJobsPerProvider'),
    newClipPlacement: label('schema.fieldNewClipPlacement'),
    'promptHistory[]': label('schema.fieldEarlierPrompt'),
    'presetPacks[].name': label('schema.fieldPackName'),
    ...prefixedLabels('presetPacks[].presets[].', PRESET_FIELDS),
    'promptTemplates[].id': label('schema.fieldId'),
    'promptTemplates[].name': label('schema.fieldName'),
    'promptTemplates[].text': label('schema.fieldText'),
  },
};
