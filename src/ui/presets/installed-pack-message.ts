import type { PresetPack } from '../../domain/presets';
import type { Translator } from '../../shared/i18n/translator';

/**
 * What the Presets tab says after a pack is installed: its name and preset count (a plural per
 * language), whether it brings a house policy, then one whole sentence per preset a lock kept.
 */
export function installedPackMessage(
  pack: Pick<PresetPack, 'name' | 'presets' | 'policy'>,
  refused: readonly { readonly id: string; readonly lockedBy: string }[],
  t: Translator['t'],
): string {
  const installed = t('presets.installed', {
    name: pack.name,
    count: pack.presets.length,
    policy: pack.policy == null ? 'none' : 'house',
  });
  return [installed, ...refused.map((entry) => t('presets.lockedNotReplaced', { id: entry.id, lockedBy: entry.lockedBy }))].join(' ');
}
