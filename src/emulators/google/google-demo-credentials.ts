/**
 * Credentials the Google emulator accepts. Obviously fake and public on purpose: they unlock
 * nothing but the emulator, so the sandbox and CLI demos run with no Google account.
 */
export const DEMO_GEMINI_API_KEY = 'demo-gemini-api-key';
export const DEMO_VERTEX_ACCESS_TOKEN = 'demo-vertex-access-token';
export const DEMO_VERTEX_PROJECT = 'demo-project';
/**
 * `global`, so the sandbox's Vertex provider runs Gemini Omni (served only there) as well as Veo;
 * the emulator answers Veo in any location.
 */
const DEMO_VERTEX_LOCATION = 'global';

/** Environment values for each Google registration, as `cliprelay emulate` prints them. */
export const GOOGLE_EMULATOR_DEMO_CREDENTIALS = {
  google: { GEMINI_API_KEY: DEMO_GEMINI_API_KEY },
  'google-vertex': {
    GOOGLE_VERTEX_ACCESS_TOKEN: DEMO_VERTEX_ACCESS_TOKEN,
    GOOGLE_CLOUD_PROJECT: DEMO_VERTEX_PROJECT,
    GOOGLE_CLOUD_LOCATION: DEMO_VERTEX_LOCATION,
  },
} as const satisfies Readonly<Record<string, Readonly<Record<string, string>>>>;
