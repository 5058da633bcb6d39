import { expect, it } from 'vitest';
import { baseUrlEnvName, baseUrlFromEnv } from '../../src/cli/provider-base-url-env';
import { PROVIDER_REGISTRATIONS } from '../../src/providers/registry';

it('names a base-URL variable for every registered provider, as the vendor SDKs name it', () => {
  expect(Object.fromEntries(PROVIDER_REGISTRATIONS.map((registration) => [registration.id, baseUrlEnvName(registration.id)]))).toEqual({
    kling: 'KLING_BASE_URL',
    google: 'GOOGLE_GEMINI_BASE_URL',
    'google-vertex': 'GOOGLE_VERTEX_BASE_URL',
    runway: 'RUNWAYML_BASE_URL',
    fal: 'FAL_QUEUE_BASE_URL',
    byteplus: 'ARK_BASE_URL',
    openai: 'OPENAI_BASE_URL',
    comfyui: 'COMFYUI_BASE_URL',
  });
});

it('reads the base URL from that variable only, and nothing for an unknown provider', () => {
  const env = { KLING_BASE_URL: 'http://127.0.0.1:4000/kling', OPENAI_BASE_URL: 'http://proxy' };
  expect(baseUrlFromEnv(env, 'kling')).toBe('http://127.0.0.1:4000/kling');
  expect(baseUrlFromEnv(env, 'runway')).toBeUndefined();
  expect(baseUrlFromEnv(env, 'sora')).toBeUndefined();
});
