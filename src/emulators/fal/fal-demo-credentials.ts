/**
 * The FAL_KEY the fal emulator accepts, in fal's "key-id:key-secret" shape. Obviously fake and
 * public on purpose: it unlocks nothing but the emulator.
 */
export const DEMO_FAL_KEY = 'demo-fal-key-id:demo-fal-key-secret';

/** Environment values for the fal registration, as `cliprelay emulate` prints them. */
export const FAL_EMULATOR_DEMO_CREDENTIALS = { fal: { FAL_KEY: DEMO_FAL_KEY } } as const;
