/**
 * The ARK_API_KEY the BytePlus emulator accepts. Obviously fake and public on purpose: it unlocks
 * nothing but the emulator, so the sandbox and CLI demos run with no real account.
 */
export const DEMO_ARK_API_KEY = 'demo-ark-api-key';

/** Environment values for the BytePlus registration, as `cliprelay emulate` prints them. */
export const BYTEPLUS_EMULATOR_DEMO_CREDENTIALS = { byteplus: { ARK_API_KEY: DEMO_ARK_API_KEY } } as const;
