import type { PresetPack } from '../../domain/presets';

/**
 * The packs in force, in the order they apply (a later pack's presets and policy over an earlier one's): the pasted
 * packs in install order, then each subscription's pack in use in subscription order. A subscription whose stored
 * copy no longer verifies has no pack and adds nothing. The panel, the Presets tab and the job runner's file naming all
 * ask here, so they can never disagree on which packs apply.
 */
export function packsInUse(pasted: readonly PresetPack[], subscriptions: readonly { readonly pack: PresetPack | null }[]): PresetPack[] {
  return [...pasted, ...subscriptions.flatMap((subscription) => (subscription.pack == null ? [] : [subscription.pack]))];
}
