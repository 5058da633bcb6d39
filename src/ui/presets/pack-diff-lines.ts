import type { PackDiff } from '../../domain/packs/pack-diff';
import type { Translator } from '../../shared/i18n/translator';

const CAP_NAMES = {
  dailyUsd: 'presets.capDaily',
  perProjectUsd: 'presets.capProject',
} as const;

/**
 * A newer pack release's changes as short lines in the panel's language, most consequential first (the
 * order and, in English, the words of describePackDiff, which the CLI prints). Ids stay as the pack
 * writes them, joined by commas.
 */
export function packDiffLines(diff: PackDiff, { t, formatMoney }: Pick<Translator, 't' | 'formatMoney'>): string[] {
  const lines: string[] = [];
  const ids = (list: readonly string[]) => list.join(', ');
  const money = (value: unknown) => (typeof value === 'number' ? formatMoney(value) : t('presets.noCap'));
  for (const cap of diff.caps) {
    const capName = t(CAP_NAMES[cap.field as keyof typeof CAP_NAMES] ?? 'presets.capClientMonthly');
    lines.push(t('presets.diffCap', { cap: capName, from: money(cap.from), to: money(cap.to) }));
  }
  const providers = diff.allowedProviders;
  if (providers.to == null && providers.from != null) lines.push(t('presets.diffAllProviders'));
  else if (providers.from == null && providers.to != null) lines.push(t('presets.diffOnlyProviders', { ids: ids(providers.to) }));
  else {
    if (providers.added.length > 0) lines.push(t('presets.diffProvidersAdded', { ids: ids(providers.added) }));
    if (providers.removed.length > 0) lines.push(t('presets.diffProvidersRemoved', { ids: ids(providers.removed) }));
  }
  if (diff.locks.locked.length > 0) lines.push(t('presets.diffLocked', { ids: ids(diff.locks.locked) }));
  if (diff.locks.unlocked.length > 0) lines.push(t('presets.diffUnlocked', { ids: ids(diff.locks.unlocked) }));
  if (diff.locks.controlsChanged.length > 0) lines.push(t('presets.diffControlsChanged', { ids: ids(diff.locks.controlsChanged) }));
  if (diff.presets.added.length > 0) lines.push(t('presets.diffPresetsAdded', { ids: ids(diff.presets.added) }));
  if (diff.presets.removed.length > 0) lines.push(t('presets.diffPresetsRemoved', { ids: ids(diff.presets.removed) }));
  for (const preset of diff.presets.changed) lines.push(t('presets.diffPresetChanged', { id: preset.id, fields: ids(preset.fields) }));
  const templates = diff.promptTemplates;
  if (templates.added.length > 0) lines.push(t('presets.diffTemplatesAdded', { ids: ids(templates.added) }));
  if (templates.removed.length > 0) lines.push(t('presets.diffTemplatesRemoved', { ids: ids(templates.removed) }));
  if (templates.changed.length > 0) lines.push(t('presets.diffTemplatesChanged', { ids: ids(templates.changed) }));
  for (const change of diff.other) lines.push(t('presets.diffOther', { field: change.field }));
  return lines;
}
