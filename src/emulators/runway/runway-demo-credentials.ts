/**
 * The API secret the Runway emulator accepts by default. Obviously fake and public on purpose: it
 * unlocks nothing but the emulator, so the sandbox and CLI demos run with no real account.
 */
export const DEMO_RUNWAYML_API_SECRET = 'demo-runway-api-secret';
