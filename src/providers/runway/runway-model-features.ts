/**
 * What each Runway model takes, from the SDK's per-model request types
 * (`@runwayml/sdk@4.20.1 src/resources/text-to-video.ts` and `image-to-video.ts`, read 2026-12-06).
 * Decided by id prefix so a newer snapshot of a family works before the catalog lists it.
 */
interface RunwayModelFeatures {
  /**
   * Native audio: `flag` takes the `audio` boolean (Veo 3.1, Seedance 2.0), `always` has sound
   * and no switch (Gemini Omni Flash), `none` renders silent (Gen-4.x).
   */
  readonly audio: 'flag' | 'always' | 'none';
  /** Takes `negativePrompt`. */
  readonly negativePrompt: boolean;
  /** Takes `seed` (every model except Gemini Omni Flash, whose types have none). */
  readonly seed: boolean;
  /** Takes a `last` keyframe in `promptImage` besides the first. */
  readonly lastFrame: boolean;
  /** Image-to-video only (gen4_turbo): needs a prompt image. */
  readonly imageRequired: boolean;
  /** The SDK's prompt limit, in UTF-16 code units; undefined where the types state none. */
  readonly maxPromptUtf16Units?: number;
  /** Our aspect ratio → Runway's pixel `ratio`, for text and for image input, at 720p. */
  readonly textRatios: Readonly<Record<string, string>>;
  readonly imageRatios: Readonly<Record<string, string>>;
  /** Larger sizes by our resolution name, e.g. 1080p → 1920:1080; missing = 720p only. */
  readonly ratiosByResolution: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

const HD = { '16:9': '1280:720', '9:16': '720:1280' } as const;
const FULL_HD = { '16:9': '1920:1080', '9:16': '1080:1920' } as const;
/** gen4.5 image-to-video and gen4_turbo add these; 1104:832 etc. are the nearest of Runway's sizes. */
const GEN4_IMAGE = { ...HD, '1:1': '960:960', '4:3': '1104:832', '3:4': '832:1104', '21:9': '1584:672' } as const;
/** Seedance 2.0's 720p row of its `ratio` union (all three variants take it). */
const SEEDANCE_HD = { ...HD, '1:1': '960:960', '4:3': '1112:834', '3:4': '834:1112', '21:9': '1470:630' } as const;
/** Only `seedance2` lists 1080p sizes; `_fast` and `_mini` say "supports 480p and 720p only". */
const SEEDANCE_FULL_HD = { ...FULL_HD, '1:1': '1440:1440', '4:3': '1664:1248', '3:4': '1248:1664', '21:9': '2206:946' } as const;

export function runwayModelFeatures(model: string): RunwayModelFeatures {
  if (model.startsWith('veo3.1')) {
    return {
      audio: 'flag',
      negativePrompt: true,
      seed: true,
      lastFrame: true,
      imageRequired: false,
      maxPromptUtf16Units: 1000,
      textRatios: HD,
      imageRatios: HD,
      ratiosByResolution: { '1080p': FULL_HD },
    };
  }
  if (model.startsWith('seedance2')) {
    // seedance2_5 (newer than the catalog) is a different union member; only the 2.0 ids are known here.
    const fullHd: RunwayModelFeatures['ratiosByResolution'] = model === 'seedance2' ? { '1080p': SEEDANCE_FULL_HD } : {};
    return {
      audio: 'flag',
      negativePrompt: false,
      seed: true,
      lastFrame: true,
      imageRequired: false,
      maxPromptUtf16Units: 3500,
      textRatios: SEEDANCE_HD,
      imageRatios: SEEDANCE_HD,
      ratiosByResolution: fullHd,
    };
  }
  if (model === 'gemini_omni_flash') {
    // "1280:720 (landscape) or 720:1280 (portrait)"; first frame only; no seed, no audio switch.
    return {
      audio: 'always',
      negativePrompt: false,
      seed: false,
      lastFrame: false,
      imageRequired: false,
      textRatios: HD,
      imageRatios: HD,
      ratiosByResolution: {},
    };
  }
  if (model === 'gen4_turbo') {
    return {
      audio: 'none',
      negativePrompt: false,
      seed: true,
      lastFrame: false,
      imageRequired: true,
      maxPromptUtf16Units: 1000,
      textRatios: {},
      imageRatios: GEN4_IMAGE,
      ratiosByResolution: {},
    };
  }
  if (model.startsWith('gen4')) {
    return {
      audio: 'none',
      negativePrompt: false,
      seed: true,
      lastFrame: false,
      imageRequired: false,
      maxPromptUtf16Units: 1000,
      textRatios: HD,
      imageRatios: GEN4_IMAGE,
      ratiosByResolution: {},
    };
  }
  // Unknown to us: send the common fields and let Runway's validation name what is wrong.
  return {
    audio: 'none',
    negativePrompt: false,
    seed: true,
    lastFrame: false,
    imageRequired: false,
    textRatios: HD,
    imageRatios: HD,
    ratiosByResolution: {},
  };
}
