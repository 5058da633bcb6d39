// Only the credential files, never the emulators' index: the sandbox page imports this in the
// browser, where the emulators' Node code must not follow.
import { BYTEPLUS_EMULATOR_DEMO_CREDENTIALS } from './byteplus/byteplus-demo-credentials';
import { COMFYUI_EMULATOR_DEMO_CREDENTIALS } from './comfyui/comfyui-demo-credentials';
import { FAL_EMULATOR_DEMO_CREDENTIALS } from './fal/fal-demo-credentials';
import { GOOGLE_EMULATOR_DEMO_CREDENTIALS } from './google/google-demo-credentials';
import { DEMO_OPENAI_API_KEY } from './openai/openai-demo-credentials';
import { DEMO_RUNWAYML_API_SECRET } from './runway/runway-demo-credentials';

/**
 * Credentials the local emulators accept. Obviously fake and public on purpose: they unlock
 * nothing but the emulators, so the sandbox and CLI demos run with no real account.
 */
export const DEMO_KLING_ACCESS_KEY = 'demo-access-key';
export const DEMO_KLING_SECRET_KEY = 'demo-secret-key';

/** Environment values each emulator accepts, by provider id, as `cliprelay emulate` prints them. */
export const EMULATOR_DEMO_CREDENTIALS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  kling: { KLING_ACCESS_KEY: DEMO_KLING_ACCESS_KEY, KLING_SECRET_KEY: DEMO_KLING_SECRET_KEY },
  openai: { OPENAI_API_KEY: DEMO_OPENAI_API_KEY },
  runway: { RUNWAYML_API_SECRET: DEMO_RUNWAYML_API_SECRET },
  ...GOOGLE_EMULATOR_DEMO_CREDENTIALS,
  ...FAL_EMULATOR_DEMO_CREDENTIALS,
  ...BYTEPLUS_EMULATOR_DEMO_CREDENTIALS,
  ...COMFYUI_EMULATOR_DEMO_CREDENTIALS,
};
