import type { PackDiff } from './pack-diff';

const usd = (value: unknown) => (typeof value === 'number' ? `$${value.toFixed(2)}` : 'no cap');
const list = (ids: readonly string[]) => ids.join(', ');

/** The diff as short sentences for the update dialog and the CLI, most consequential first. */
export function describePackDiff(diff: PackDiff): string[] {
  const lines: string[] = [];
  for (const cap of diff.caps) lines.push(`${capName(cap.field)}: ${usd(cap.from)} → ${usd(cap.to)}`);
  if (diff.allowedProviders.to == null && diff.allowedProviders.from != null) lines.push('Every provider is allowed now');
  else if (diff.allowedProviders.from == null && diff.allowedProviders.to != null)
    lines.push(`Only these providers are allowed now: ${list(diff.allowedProviders.to)}`);
  else {
    if (diff.allowedProviders.added.length > 0) lines.push(`Providers allowed: ${list(diff.allowedProviders.added)}`);
    if (diff.allowedProviders.removed.length > 0) lines.push(`Providers no longer allowed: ${list(diff.allowedProviders.removed)}`);
  }
  if (diff.locks.locked.length > 0) lines.push(`Locked presets: ${list(diff.locks.locked)}`);
  if (diff.locks.unlocked.length > 0) lines.push(`Unlocked presets: ${list(diff.locks.unlocked)}`);
  if (diff.locks.controlsChanged.length > 0) lines.push(`Locked controls changed in: ${list(diff.locks.controlsChanged)}`);
  if (diff.presets.added.length > 0) lines.push(`New presets: ${list(diff.presets.added)}`);
  if (diff.presets.removed.length > 0) lines.push(`Removed presets: ${list(diff.presets.removed)}`);
  for (const preset of diff.presets.changed) lines.push(`Preset ${preset.id} changes ${list(preset.fields)}`);
  if (diff.promptTemplates.added.length > 0) lines.push(`New prompt templates: ${list(diff.promptTemplates.added)}`);
  if (diff.promptTemplates.removed.length > 0) lines.push(`Removed prompt templates: ${list(diff.promptTemplates.removed)}`);
  if (diff.promptTemplates.changed.length > 0) lines.push(`Changed prompt templates: ${list(diff.promptTemplates.changed)}`);
  for (const change of diff.other) lines.push(`${change.field} changes`);
  return lines;
}

function capName(field: string): string {
  if (field === 'dailyUsd') return 'Daily cap';
  if (field === 'perProjectUsd') return 'Per-project cap';
  return 'Monthly cap per client';
}
