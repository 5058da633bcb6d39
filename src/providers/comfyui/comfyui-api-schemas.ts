import { z } from 'zod';

/**
 * What we send to POST /prompt — strict. `extra_data.cliprelay_job_id` is echoed back by the queue
 * and history (as the 4th item of each prompt entry), which is how a lost create is found again.
 * @see research/providers.md §8
 */
export const comfyUiPromptRequestSchema = z.strictObject({
  prompt: z.record(
    z.string(),
    z.object({
      class_type: z.string().min(1),
      inputs: z.record(z.string(), z.unknown()),
      _meta: z.object({ title: z.string().optional() }).optional(),
    }),
  ),
  client_id: z.string().min(1),
  extra_data: z.strictObject({ cliprelay_job_id: z.string().min(1) }),
});
export type ComfyUiPromptRequest = z.infer<typeof comfyUiPromptRequestSchema>;

// What we receive — lenient: only the fields we read.

export const comfyUiPromptResponseSchema = z.object({ prompt_id: z.string().min(1), number: z.number().nullish() });

/** A file an output node saved: `{filename, subfolder, type}`, served by GET /view. */
export const comfyUiOutputFileSchema = z.object({
  filename: z.string().min(1),
  subfolder: z.string().nullish(),
  type: z.string().nullish(),
});
export type ComfyUiOutputFile = z.infer<typeof comfyUiOutputFileSchema>;

/** `[event, data]`, e.g. ["execution_error", {node_id, node_type, exception_type, exception_message}]. */
const statusMessageSchema = z.tuple([z.string(), z.unknown()]).rest(z.unknown());

export const comfyUiExecutionErrorSchema = z.object({
  node_id: z.union([z.string(), z.number()]).nullish(),
  node_type: z.string().nullish(),
  exception_type: z.string().nullish(),
  exception_message: z.string().nullish(),
});

/** One GET /history/{id} entry; `{}` until the prompt has finished. */
const comfyUiHistoryEntrySchema = z.object({
  /** [number, prompt_id, prompt, extra_data, outputs_to_execute]. */
  prompt: z.array(z.unknown()).nullish(),
  /** node id → output kind (`images`, `gifs`, `videos`, `animated`…) → list. */
  outputs: z.record(z.string(), z.record(z.string(), z.unknown())).nullish(),
  status: z
    .object({
      status_str: z.string().nullish(),
      completed: z.boolean().nullish(),
      messages: z.array(statusMessageSchema).nullish(),
    })
    .nullish(),
});
export type ComfyUiHistoryEntry = z.infer<typeof comfyUiHistoryEntrySchema>;

export const comfyUiHistorySchema = z.record(z.string(), comfyUiHistoryEntrySchema);

/** GET /queue: entries are `[number, prompt_id, prompt, extra_data, outputs_to_execute]`. */
export const comfyUiQueueSchema = z.object({
  queue_running: z.array(z.array(z.unknown())).nullish(),
  queue_pending: z.array(z.array(z.unknown())).nullish(),
});

const nodeErrorSchema = z.object({
  type: z.string().nullish(),
  message: z.string().nullish(),
  details: z.string().nullish(),
  extra_info: z.object({ input_name: z.string().nullish() }).nullish(),
});

/** POST /prompt refusals: 400 `{error: {type, message, details} | "…", node_errors: {id: {errors, class_type}}}`. */
export const comfyUiErrorBodySchema = z.object({
  error: z.union([z.string(), nodeErrorSchema]).nullish(),
  node_errors: z
    .union([
      z.record(z.string(), z.object({ errors: z.array(nodeErrorSchema).nullish(), class_type: z.string().nullish() })),
      z.array(z.unknown()),
    ])
    .nullish(),
});
