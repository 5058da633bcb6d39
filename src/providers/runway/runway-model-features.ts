/**
 * What each Runway model takes, from the SDK's per-model request types (research/providers.md §4
 * "Create"). Decided by id prefix so a newer snapshot of a family works before the catalog lists it.
 */
export interface RunwayModelFeatures {
  /** Takes the `audio` boolean (Veo 3.1 family); everything else renders silent. */
  readonly audioFlag: boolean;
  /** Takes `negativePrompt`. */
  readonly negativePrompt: boolean;
  /** Image-to-video only (gen4_turbo): needs a prompt image. */
  readonly imageRequired: boolean;
  /** Our aspect ratio → Runway's pixel `ratio`, for text and for image input. */
  readonly textRatios: Readonly<Record<string, string>>;
  readonly imageRatios: Readonly<Record<string, string>>;
}

const HD = { '16:9': '1280:720', '9:16': '720:1280' } as const;
/** gen4.5 image-to-video and gen4_turbo add these; 1104:832 etc. are the nearest of Runway's sizes. */
const GEN4_IMAGE = { ...HD, '1:1': '960:960', '4:3': '1104:832', '3:4': '832:1104', '21:9': '1584:672' } as const;

export function runwayModelFeatures(model: string): RunwayModelFeatures {
  if (model.startsWith('veo3.1')) {
    return { audioFlag: true, negativePrompt: true, imageRequired: false, textRatios: HD, imageRatios: HD };
  }
  if (model === 'gen4_turbo') {
    return { audioFlag: false, negativePrompt: false, imageRequired: true, textRatios: {}, imageRatios: GEN4_IMAGE };
  }
  if (model.startsWith('gen4')) {
    return { audioFlag: false, negativePrompt: false, imageRequired: false, textRatios: HD, imageRatios: GEN4_IMAGE };
  }
  // Unknown to us: send the common fields and let Runway's validation name what is wrong.
  return { audioFlag: false, negativePrompt: false, imageRequired: false, textRatios: HD, imageRatios: HD };
}
