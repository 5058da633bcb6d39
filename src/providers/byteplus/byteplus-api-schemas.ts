import { z } from 'zod';

/**
 * BytePlus ModelArk's video task API (`/api/v3/contents/generations/tasks`), as the official
 * Python SDK speaks it (byteplus-sdk/byteplus-python-sdk-v2 `byteplussdkarkruntime/resources/
 * content_generation/tasks.py`, `types/content_generation/*.py`; grade S) plus the generation
 * fields that SDK passes through as extra body (`ratio`, `duration`, `resolution`, `seed`,
 * `generate_audio`, `watermark`), read from BytePlus's own ComfyUI nodes
 * (byteplus-sa/ComfyUI-BytePlus-ModelArk `nodes/nodes_seedance2.py`; grade T). vercel/ai
 * `packages/bytedance/src/bytedance-video-model.ts` sends the same body and reads the same task and
 * error shapes (T).
 */

/** Seedance's seed range (ComfyUI-BytePlus-ModelArk `nodes/constants.py` VIDEO_MAX_SEED; T). */
export const BYTEPLUS_MAX_SEED = 2_147_483_647;

/** Output shapes Seedance 2.x renders; `adaptive` follows the first-frame image. */
export const BYTEPLUS_RATIOS = ['16:9', '4:3', '1:1', '3:4', '9:16', '21:9', 'adaptive'] as const;

const textContentSchema = z.strictObject({ type: z.literal('text'), text: z.string().min(1) });
const imageContentSchema = z.strictObject({
  type: z.literal('image_url'),
  /** An https URL or a `data:image/<format>;base64,…` URI. */
  image_url: z.strictObject({ url: z.string().regex(/^(https:\/\/\S+|data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/]+={0,2})$/) }),
  role: z.literal('first_frame'),
});

/** What we send to POST /contents/generations/tasks — strict, so a mistake of ours fails before the wire. */
export const byteplusCreateTaskRequestSchema = z.strictObject({
  model: z.string().min(1),
  content: z.array(z.union([textContentSchema, imageContentSchema])).min(1),
  ratio: z.enum(BYTEPLUS_RATIOS),
  duration: z.number().int().min(1),
  resolution: z.string().regex(/^\d+p$/),
  generate_audio: z.boolean(),
  seed: z.number().int().min(0).max(BYTEPLUS_MAX_SEED),
  watermark: z.boolean(),
});
export type BytePlusCreateTaskRequest = z.infer<typeof byteplusCreateTaskRequestSchema>;

// What we receive — lenient: only the fields we read, absent or null tolerated, unknown fields dropped.

/** The create answer (SDK `ContentGenerationTaskID`). */
export const byteplusCreateTaskResponseSchema = z.object({ id: z.string().min(1) });

/** One task (SDK `ContentGenerationTask`). */
export const byteplusTaskSchema = z.object({
  id: z.string().min(1),
  model: z.string().nullish(),
  /** queued | running | succeeded | failed | cancelled | expired; anything else reads as running. */
  status: z.string(),
  error: z.object({ code: z.string().nullish(), message: z.string().nullish() }).nullish(),
  /** Cleared once the result is gone (24 h after the task ended). */
  content: z.object({ video_url: z.string().nullish() }).nullish(),
  /** Unix seconds. */
  created_at: z.number().nullish(),
  updated_at: z.number().nullish(),
  seed: z.number().nullish(),
  duration: z.number().nullish(),
  ratio: z.string().nullish(),
  resolution: z.string().nullish(),
  generate_audio: z.boolean().nullish(),
});
export type BytePlusTask = z.infer<typeof byteplusTaskSchema>;

/** GET /contents/generations/tasks (SDK `ListContentGenerationTasksResponse`: `{total, items}`). */
export const byteplusTaskListSchema = z.object({
  total: z.number().nullish(),
  items: z.array(byteplusTaskSchema).nullish(),
});

/**
 * Error bodies: `{"error": {"code", "message", "param", "type"}}` (Volcano Engine Ark's error-code
 * page, docs/82379/1299023, grade V for Volcano Ark; that BytePlus ModelArk answers alike is I).
 * Everything optional because gateways send their own.
 */
export const byteplusErrorBodySchema = z.object({
  error: z
    .object({
      code: z.string().nullish(),
      message: z.string().nullish(),
      type: z.string().nullish(),
    })
    .nullish(),
});
