import { z } from 'zod';
import type { VideoRequest } from '../spec';

/**
 * Runway-only knobs, read from `providerOptions.runway`. The neutral `VideoRequest.referenceImage`
 * is sent as a data URI; `promptImage` stays for URLs and uploads, and wins when both are given.
 * Either way the job goes to image_to_video.
 */
export const runwayVideoOptionsSchema = z.strictObject({
  /**
   * The first frame: an HTTPS URL, a `runway://` upload URI or a data URI (up to 5 MB).
   * Required by gen4_turbo. @default undefined (text to video)
   */
  promptImage: z.string().min(1).optional(),
  /** veo3.1 only: the last frame, same forms. @default undefined */
  lastFrameImage: z.string().min(1).optional(),
  /**
   * Overrides the pixel ratio derived from the aspect ratio, e.g. "1920:1080" on veo3.1.
   * @default 1280:720 for 16:9, 720:1280 for 9:16
   */
  ratio: z
    .string()
    .regex(/^\d+:\d+$/)
    .optional(),
});
type RunwayVideoOptions = z.infer<typeof runwayVideoOptionsSchema>;

/** A VideoRequest with Runway's own options; any plain VideoRequest is one too. */
export interface RunwayVideoRequest extends VideoRequest {
  readonly providerOptions?: { readonly runway?: RunwayVideoOptions };
}
