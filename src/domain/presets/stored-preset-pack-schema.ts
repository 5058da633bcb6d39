import { z } from 'zod';
import { presetPackSchema } from './preset-pack-schema';
import { upgradeStoredPresetPack } from './preset-pack-v2';

/**
 * An installed pack as the panel's preferences keep it: the current schema, after restamping a
 * version 2 pack stored by an earlier build (so upgrading ClipRelay never makes saved preferences
 * look damaged).
 */
export const storedPresetPackSchema = z.preprocess(upgradeStoredPresetPack, presetPackSchema);
