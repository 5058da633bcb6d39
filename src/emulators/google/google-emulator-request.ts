import { invalidArgument, type GoogleEmulatorFailure } from './google-emulator-errors';

export type GoogleEmulatorPlatform = 'gemini-api' | 'vertex-ai';

/** A create body the emulator accepted, with Veo's defaults applied. */
export interface GoogleEmulatorCreate {
  readonly prompt: string;
  readonly durationSeconds: number;
  readonly aspectRatio: '16:9' | '9:16';
  readonly resolution: '720p' | '1080p';
  readonly negativePrompt?: string;
  readonly seed?: number;
  readonly generateAudio: boolean;
  readonly storageUri?: string;
  readonly sampleCount: number;
}

/**
 * Veo ids each platform serves today (2026-12-06). The Gemini API serves none: Google shut the
 * `veo-3.1-*-preview` ids down on 2026-10-22 (third-party notices, T×3, research/video-apis-2026-12.md
 * §1) and `veo-3.0-*-001` on 2026-06-30 (ai.google.dev changelog, V). Vertex AI serves the GA
 * `veo-3.1-*-001` ids (V). Anything else is not found.
 */
export const GOOGLE_EMULATED_MODELS: Readonly<Record<GoogleEmulatorPlatform, readonly string[]>> = {
  'gemini-api': [],
  // Lite is a preview on Vertex (V: the Agent Platform video page, research §1).
  'vertex-ai': ['veo-3.1-generate-001', 'veo-3.1-fast-generate-001', 'veo-3.1-lite-generate-001'],
};

/**
 * Ids that existed and are gone, answered with the platform's real error: on the Gemini API a 404
 * saying the model "is no longer available" (the wording the notices quote), on Vertex AI its
 * not-found message. Vertex AI retired `veo-3.0-*` and `veo-2.0-*` on 2026-06-30.
 */
export const GOOGLE_RETIRED_MODELS: Readonly<Record<GoogleEmulatorPlatform, readonly string[]>> = {
  'gemini-api': [
    'veo-3.1-generate-preview',
    'veo-3.1-fast-generate-preview',
    'veo-3.1-lite-generate-preview',
    'veo-3.0-generate-001',
    'veo-3.0-fast-generate-001',
    'veo-3.0-generate-preview',
    'veo-3.0-fast-generate-preview',
    'veo-2.0-generate-001',
  ],
  'vertex-ai': ['veo-3.0-generate-001', 'veo-3.0-fast-generate-001', 'veo-3.0-generate-preview', 'veo-2.0-generate-001'],
};

/**
 * What the Gemini API served before its Veo shutdowns (the ids of the SDK samples, research §2),
 * for `legacyGeminiVeo`: tests that prove the Veo wire format with the official SDK still need a
 * Gemini API that answers it.
 */
export const GOOGLE_LEGACY_GEMINI_MODELS: readonly string[] = [
  'veo-3.1-generate-preview',
  'veo-3.1-fast-generate-preview',
  'veo-3.1-lite-generate-preview',
  'veo-3.0-generate-001',
  'veo-3.0-fast-generate-001',
];
/** Retired on the Gemini API before the preview shutdown. */
export const GOOGLE_LEGACY_GEMINI_RETIRED_MODELS: readonly string[] = ['veo-3.0-generate-preview', 'veo-3.0-fast-generate-preview'];

const DURATIONS_SECONDS = [4, 6, 8];
const TOP_LEVEL_FIELDS: Readonly<Record<GoogleEmulatorPlatform, readonly string[]>> = {
  'gemini-api': ['instances', 'parameters', 'webhookConfig'],
  'vertex-ai': ['instances', 'parameters', 'labels'],
};
const COMMON_PARAMETERS = [
  'sampleCount',
  'durationSeconds',
  'aspectRatio',
  'resolution',
  'negativePrompt',
  'personGeneration',
  'enhancePrompt',
];
/**
 * Parameters only Vertex AI takes; the Gemini API refuses them. `@google/genai` 2.32.0 throws for
 * each before sending (dist/node/index.cjs generateVideosConfigToMldev: "seed parameter is only
 * supported in Gemini Enterprise Agent Platform mode"); that raw REST refuses them too is our
 * inference (research §10.3 left `seed` open), kept so a client that sends one is caught here.
 */
const VERTEX_ONLY_PARAMETERS = ['seed', 'generateAudio', 'storageUri', 'fps', 'compressionQuality', 'resizeMode', 'pubsubTopic'];

/**
 * The Gemini API's answer for a Veo id it shut down: 404 NOT_FOUND "… is no longer available"
 * (the wording third-party notices quote, research/video-apis-2026-12.md §1; exact text T-grade).
 */
export function googleModelShutDown(model: string): GoogleEmulatorFailure {
  return {
    httpStatus: 404,
    status: 'NOT_FOUND',
    message: `models/${model} is no longer available to new users. Please use a newer model; see https://ai.google.dev/gemini-api/docs/deprecations.`,
  };
}

/** The platform's not-found answer for a model id, worded as each platform words it. */
export function googleModelNotFound(platform: GoogleEmulatorPlatform, model: string, projectPath?: string): GoogleEmulatorFailure {
  if (platform === 'gemini-api') {
    return {
      httpStatus: 404,
      status: 'NOT_FOUND',
      message: `models/${model} is not found for API version v1beta, or is not supported for predictLongRunning. Call ListModels to see the list of available models and their supported methods.`,
    };
  }
  return {
    httpStatus: 404,
    status: 'NOT_FOUND',
    message:
      `Publisher Model \`${projectPath ?? 'projects/-/locations/-'}/publishers/google/models/${model}\` was not found or your project does not have access to it. ` +
      'Please ensure you are using a valid model version. For more information, see: https://cloud.google.com/vertex-ai/generative-ai/docs/learn/model-versions',
  };
}

/**
 * Validates a `predictLongRunning` body the way Veo documents its parameters (research §2
 * "Parameter rules"), strictly on types: durations 4/6/8 as numbers, 16:9 or 9:16, 1080p only at
 * 8 s, `allow_all` only for text-to-video on the Gemini API, Vertex-only switches refused there.
 * Exact Google wording for parameter errors is not documented; messages name the field.
 */
export function validateVeoCreate(body: unknown, platform: GoogleEmulatorPlatform): GoogleEmulatorCreate | GoogleEmulatorFailure {
  if (!isRecord(body)) return invalidArgument('Invalid JSON payload received. Expected an object.');
  const unknownTop = Object.keys(body).find((key) => !TOP_LEVEL_FIELDS[platform].includes(key));
  if (unknownTop != null)
    return invalidArgument(`Invalid JSON payload received. Unknown name "${unknownTop}": Cannot find field.`, unknownTop);

  const instances = body.instances;
  if (!Array.isArray(instances) || instances.length !== 1 || !isRecord(instances[0])) {
    return invalidArgument('instances must hold exactly one instance.', 'instances');
  }
  const prompt = instances[0].prompt;
  if (typeof prompt !== 'string' || prompt.trim() === '') return invalidArgument('A text prompt is required.', 'instances[0].prompt');

  const parameters = body.parameters ?? {};
  if (!isRecord(parameters)) return invalidArgument('parameters must be an object.', 'parameters');
  for (const name of Object.keys(parameters)) {
    if (VERTEX_ONLY_PARAMETERS.includes(name)) {
      if (platform === 'gemini-api') {
        return invalidArgument(
          `\`${name}\` isn't supported by this model. Please remove it or refer to the Gemini API documentation for supported usage.`,
          `parameters.${name}`,
        );
      }
    } else if (!COMMON_PARAMETERS.includes(name)) {
      return invalidArgument(`Unknown parameter "${name}".`, `parameters.${name}`);
    }
  }

  const durationSeconds = parameters.durationSeconds ?? 8;
  if (typeof durationSeconds !== 'number' || !DURATIONS_SECONDS.includes(durationSeconds)) {
    return invalidArgument(
      `The video duration ${JSON.stringify(durationSeconds)} is not supported; durationSeconds must be 4, 6 or 8.`,
      'parameters.durationSeconds',
    );
  }
  const aspectRatio = parameters.aspectRatio ?? '16:9';
  if (aspectRatio !== '16:9' && aspectRatio !== '9:16') {
    return invalidArgument(`Aspect ratio ${JSON.stringify(aspectRatio)} is not supported; use 16:9 or 9:16.`, 'parameters.aspectRatio');
  }
  const resolution = parameters.resolution ?? '720p';
  if (resolution !== '720p' && resolution !== '1080p') return invalidArgument('resolution must be 720p or 1080p.', 'parameters.resolution');
  if (resolution === '1080p' && durationSeconds !== 8) {
    return invalidArgument('1080p resolution is only supported with an 8 second duration.', 'parameters.resolution');
  }
  const sampleCount = parameters.sampleCount ?? 1;
  if (typeof sampleCount !== 'number' || !Number.isInteger(sampleCount) || sampleCount < 1 || sampleCount > 4) {
    return invalidArgument('sampleCount must be an integer from 1 to 4.', 'parameters.sampleCount');
  }
  const { seed, negativePrompt, personGeneration } = parameters;
  if (seed != null && (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > 4_294_967_295)) {
    return invalidArgument('seed must be an integer from 0 to 4294967295.', 'parameters.seed');
  }
  if (negativePrompt != null && typeof negativePrompt !== 'string')
    return invalidArgument('negativePrompt must be a string.', 'parameters.negativePrompt');
  if (personGeneration != null) {
    const allowed = platform === 'gemini-api' ? ['allow_all'] : ['allow_all', 'allow_adult', 'dont_allow'];
    if (typeof personGeneration !== 'string' || !allowed.includes(personGeneration)) {
      return invalidArgument(
        `${JSON.stringify(personGeneration)} for personGeneration is currently not supported.`,
        'parameters.personGeneration',
      );
    }
  }
  const generateAudio = parameters.generateAudio ?? true;
  if (typeof generateAudio !== 'boolean') return invalidArgument('generateAudio must be a boolean.', 'parameters.generateAudio');
  const storageUri = parameters.storageUri;
  if (storageUri != null && (typeof storageUri !== 'string' || !/^gs:\/\/[^/]+/.test(storageUri))) {
    return invalidArgument('storageUri must be a gs:// URI.', 'parameters.storageUri');
  }

  return {
    prompt,
    durationSeconds,
    aspectRatio,
    resolution,
    negativePrompt: typeof negativePrompt === 'string' ? negativePrompt : undefined,
    seed: typeof seed === 'number' ? seed : undefined,
    generateAudio,
    storageUri: typeof storageUri === 'string' ? storageUri : undefined,
    sampleCount,
  };
}

export function isGoogleEmulatorFailure(value: GoogleEmulatorCreate | GoogleEmulatorFailure): value is GoogleEmulatorFailure {
  return 'httpStatus' in value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value != null && !Array.isArray(value);
}
