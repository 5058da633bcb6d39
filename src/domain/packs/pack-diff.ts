import type { PackPreset, PresetPack } from '../presets/preset-pack-schema';

interface ValueChange {
  /** Dotted path in the pack, e.g. `policy.budget.dailyUsd`. */
  readonly field: string;
  readonly from: unknown;
  readonly to: unknown;
}

interface ListChange {
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

/** What a newer release of a pack changes, grouped the way an editor reads it before accepting it. */
export interface PackDiff {
  readonly fromVersion: number;
  readonly toVersion: number;
  readonly presets: ListChange & { readonly changed: readonly { readonly id: string; readonly fields: readonly string[] }[] };
  /** Presets that became locked or unlocked, and presets whose locked controls changed. */
  readonly locks: { readonly locked: readonly string[]; readonly unlocked: readonly string[]; readonly controlsChanged: readonly string[] };
  /** Budget caps, by field (`dailyUsd`, `perProjectUsd`, `perClientMonthlyUsd`); undefined is "no cap". */
  readonly caps: readonly ValueChange[];
  /** Null on a side means every provider is allowed there. */
  readonly allowedProviders: ListChange & { readonly from: readonly string[] | null; readonly to: readonly string[] | null };
  readonly promptTemplates: ListChange & { readonly changed: readonly string[] };
  /** Everything else in the policy and the pack: naming templates, clients, prompt privacy, the naming rule. */
  readonly other: readonly ValueChange[];
  /** True when nothing an editor would notice changed (the release number aside). */
  readonly empty: boolean;
}

const CAP_FIELDS = ['dailyUsd', 'perProjectUsd', 'perClientMonthlyUsd'] as const;

/** What changes from `from` to `to`, field by field (presets and templates matched by id). */
export function diffPacks(from: PresetPack, to: PresetPack): PackDiff {
  const presets = diffById(from.presets, to.presets, (a, b) => changedFields(a, b, ['locked', 'lockedFields']));
  const lockChanges = lockDiff(from.presets, to.presets);
  const caps = CAP_FIELDS.flatMap((field) => {
    const before = from.policy?.budget?.[field];
    const after = to.policy?.budget?.[field];
    return before === after ? [] : [{ field, from: before, to: after }];
  });
  const providersFrom = from.policy?.allowedProviders ?? null;
  const providersTo = to.policy?.allowedProviders ?? null;
  const templates = diffById(from.prompts?.templates ?? [], to.prompts?.templates ?? [], (a, b) => changedFields(a, b, []));
  const other = (
    [
      ['name', from.name, to.name],
      ['updateRequired', from.updateRequired, to.updateRequired],
      ['policy.fileNameTemplate', from.policy?.fileNameTemplate, to.policy?.fileNameTemplate],
      ['policy.binTemplate', from.policy?.binTemplate, to.policy?.binTemplate],
      ['policy.clients', from.policy?.clients, to.policy?.clients],
      ['policy.reportPrompts', from.policy?.reportPrompts, to.policy?.reportPrompts],
      ['prompts.namingRule', from.prompts?.namingRule, to.prompts?.namingRule],
    ] as const
  )
    .filter(([, before, after]) => !sameJson(before, after))
    .map(([field, before, after]) => ({ field, from: before, to: after }));
  const allowedProviders = {
    from: providersFrom,
    to: providersTo,
    added: providersTo?.filter((id) => providersFrom != null && !providersFrom.includes(id)) ?? [],
    removed: providersFrom?.filter((id) => providersTo != null && !providersTo.includes(id)) ?? [],
  };
  const providersChanged = !sameJson(providersFrom, providersTo);
  return {
    fromVersion: from.version,
    toVersion: to.version,
    presets: { added: presets.added, removed: presets.removed, changed: presets.changed },
    locks: lockChanges,
    caps,
    allowedProviders,
    promptTemplates: { added: templates.added, removed: templates.removed, changed: templates.changed.map((entry) => entry.id) },
    other,
    empty:
      presets.added.length + presets.removed.length + presets.changed.length === 0 &&
      lockChanges.locked.length + lockChanges.unlocked.length + lockChanges.controlsChanged.length === 0 &&
      caps.length === 0 &&
      !providersChanged &&
      templates.added.length + templates.removed.length + templates.changed.length === 0 &&
      other.length === 0,
  };
}

function diffById<T extends { readonly id: string }>(
  before: readonly T[],
  after: readonly T[],
  fieldsChanged: (a: T, b: T) => string[],
): { added: string[]; removed: string[]; changed: { id: string; fields: string[] }[] } {
  const beforeById = new Map(before.map((item) => [item.id, item]));
  const afterIds = new Set(after.map((item) => item.id));
  const changed: { id: string; fields: string[] }[] = [];
  for (const item of after) {
    const old = beforeById.get(item.id);
    if (old == null) continue;
    const fields = fieldsChanged(old, item);
    if (fields.length > 0) changed.push({ id: item.id, fields });
  }
  return {
    added: after.filter((item) => !beforeById.has(item.id)).map((item) => item.id),
    removed: before.filter((item) => !afterIds.has(item.id)).map((item) => item.id),
    changed,
  };
}

function lockDiff(before: readonly PackPreset[], after: readonly PackPreset[]) {
  const beforeById = new Map(before.map((preset) => [preset.id, preset]));
  const locked: string[] = [];
  const unlocked: string[] = [];
  const controlsChanged: string[] = [];
  for (const preset of after) {
    const old = beforeById.get(preset.id);
    if (old == null) {
      if (preset.locked) locked.push(preset.id);
      continue;
    }
    if (!old.locked && preset.locked) locked.push(preset.id);
    if (old.locked && !preset.locked) unlocked.push(preset.id);
    if (!sameJson(old.lockedFields ?? [], preset.lockedFields ?? [])) controlsChanged.push(preset.id);
  }
  return { locked, unlocked, controlsChanged };
}

function changedFields(before: object, after: object, ignored: readonly string[]): string[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => !ignored.includes(key));
  return keys.filter((key) => !sameJson(a[key], b[key]));
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
