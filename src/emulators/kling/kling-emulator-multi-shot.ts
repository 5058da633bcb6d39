import type { KlingRequestFailure } from './kling-emulator-request';

/** One shot as the emulator accepted it. */
export interface KlingEmulatorShot {
  readonly index: number;
  readonly prompt: string;
  readonly durationSeconds: number;
}

/** Models that take `multi_shot` (kling-v3 on text2video/image2video, kling-v3-omni on omni-video). */
const MULTI_SHOT_MODELS: readonly string[] = ['kling-v3', 'kling-v3-omni'];
const MAX_SHOTS = 6;
const MAX_SHOT_PROMPT_CHARS = 512;

/**
 * Kling 3.0's multi-shot rules, each refused as 400/1201 like any bad parameter. Sources (grade T,
 * no official page readable here): vercel/ai packages/klingai/src/klingai-video-model-options.ts
 * (6 shots, 512 characters, durations sum to the total; customize needs multi_prompt), the
 * mulerouter.ai and powertokens.ai transcriptions (1–6 shots, each ≥ 1 s and ≤ the total, sum equals
 * the task duration; `prompt` required unless customize). Each rule has a test in
 * test/emulators/kling/kling-emulator-multi-shot.test.ts.
 *
 * Returns the accepted shots (`[]` for a one-shot request), or why Kling would refuse.
 */
export function validateKlingMultiShot(
  fields: Record<string, unknown>,
  modelName: string,
  totalSeconds: number,
): { readonly shots: readonly KlingEmulatorShot[]; readonly promptRequired: boolean } | KlingRequestFailure {
  const multiShot = fields.multi_shot ?? false;
  if (typeof multiShot !== 'boolean') return invalid('multi_shot must be a boolean');
  if (!multiShot) return { shots: [], promptRequired: true };
  if (!MULTI_SHOT_MODELS.includes(modelName)) return invalid(`multi_shot is not supported by ${modelName}`);

  const shotType = fields.shot_type;
  if (shotType !== 'customize' && shotType !== 'intelligence')
    return invalid('shot_type must be customize or intelligence when multi_shot is true');
  // intelligence: Kling cuts the main prompt into shots itself, so the prompt is what counts.
  if (shotType === 'intelligence') return { shots: [], promptRequired: true };

  const list = fields.multi_prompt;
  if (!Array.isArray(list) || list.length === 0) return invalid('multi_prompt is required when shot_type is customize');
  if (list.length > MAX_SHOTS) return invalid(`multi_prompt supports at most ${MAX_SHOTS} shots`);
  const shots: KlingEmulatorShot[] = [];
  for (const item of list) {
    if (typeof item !== 'object' || item == null) return invalid('each multi_prompt item must be an object');
    const { index, prompt, duration } = item as Record<string, unknown>;
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 1) return invalid('multi_prompt index must be a positive integer');
    if (typeof prompt !== 'string' || prompt.trim() === '') return invalid(`multi_prompt ${index}: prompt is required`);
    if (prompt.length > MAX_SHOT_PROMPT_CHARS)
      return invalid(`multi_prompt ${index}: prompt cannot exceed ${MAX_SHOT_PROMPT_CHARS} characters`);
    if (typeof duration !== 'string' || !/^\d+$/.test(duration))
      return invalid(`multi_prompt ${index}: duration must be a string of whole seconds, e.g. "3"`);
    const seconds = Number(duration);
    if (seconds < 1 || seconds > totalSeconds) return invalid(`multi_prompt ${index}: duration must be from 1 to the task duration`);
    shots.push({ index, prompt, durationSeconds: seconds });
  }
  const sum = shots.reduce((total, shot) => total + shot.durationSeconds, 0);
  if (sum !== totalSeconds) return invalid(`the sum of multi_prompt durations (${sum}) must equal duration (${totalSeconds})`);
  return { shots, promptRequired: false };
}

function invalid(message: string): KlingRequestFailure {
  return { status: 400, code: 1201, message };
}
