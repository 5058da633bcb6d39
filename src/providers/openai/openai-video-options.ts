import { z } from 'zod';
import type { VideoRequest } from '../spec';
import { OPENAI_VIDEO_SIZES } from './openai-api-schemas';

/** Image types the Videos API takes as `input_reference` (research/providers.md §1). */
export const OPENAI_REFERENCE_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

/**
 * OpenAI-only knobs, read from `providerOptions.openai`. The neutral `VideoRequest.referenceImage` is
 * uploaded as a file part; this option stays for URLs and file ids, and wins when both are given.
 */
export const openaiVideoOptionsSchema = z.strictObject({
  /**
   * Overrides the frame size derived from the aspect ratio, e.g. "1920x1080" on sora-2-pro.
   * @default 1280x720 for 16:9, 720x1280 for 9:16
   */
  size: z.enum(OPENAI_VIDEO_SIZES).optional(),
  /**
   * The image the clip starts from; it should match the frame size. A URL (https or data URL) or
   * an uploaded file id is sent as JSON; bytes are uploaded as multipart/form-data.
   * @default undefined (text to video)
   */
  inputReference: z
    .union([
      z.strictObject({ imageUrl: z.string().min(1) }),
      z.strictObject({ fileId: z.string().min(1) }),
      z.strictObject({
        bytes: z.instanceof(Uint8Array),
        mimeType: z.enum(OPENAI_REFERENCE_IMAGE_TYPES),
        /** @default "reference.<ext>" */
        fileName: z.string().min(1).optional(),
      }),
    ])
    .optional(),
});
export type OpenAIVideoOptions = z.infer<typeof openaiVideoOptionsSchema>;

/** A VideoRequest with OpenAI's own options; any plain VideoRequest is one too. */
export interface OpenAIVideoRequest extends VideoRequest {
  readonly providerOptions?: { readonly openai?: OpenAIVideoOptions };
}
