import type { SchemaVocabulary } from '../../shared/schema-issue-sentences';
import { PRESET_FIELDS, prefixedLabels } from '../presets/preset-pack-vocabulary';

/** The preferences in the Settings tab's own words, so a problem reads "Daily cap must be a number of dollars". */
export const PANEL_PREFERENCES_VOCABULARY: SchemaVocabulary = {
  whole: 'The settings',
  items: {
    'presetPacks[]': { name: 'Pack', nameKey: 'name' },
    'presetPacks[].presets[]': { name: 'Preset', nameKey: 'name' },
    'promptTemplates[]': { name: 'Prompt template', nameKey: 'name' },
  },
  fields: {
    fileNameTemplate: 'File names',
    binTemplate: 'Bins',
    'budget.dailyUsd': { name: 'Daily cap', unit: 'USD' },
    'budget.perProjectUsd': { name: 'Per-project cap', unit: 'USD' },
    maxConcurrentPerProvider: 'Jobs at once per provider',
    newClipPlacement: 'New clips go',
    'promptHistory[]': 'Earlier prompt',
    'presetPacks[].name': 'Pack name',
    ...prefixedLabels('presetPacks[].presets[].', PRESET_FIELDS),
    'promptTemplates[].id': 'Id',
    'promptTemplates[].name': 'Name',
    'promptTemplates[].text': 'Text',
  },
};
