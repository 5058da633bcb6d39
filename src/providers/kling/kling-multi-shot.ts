import { ProviderApiError, type VideoRequest } from '../spec';
import type { KlingShot } from './kling-api-schemas';
import { klingModelTakesShots } from './kling-model-features';

/** Kling's limits on a shot list (grade T, see klingShotSchema): 6 shots, 512 characters, ≥ 1 s each. */
const KLING_MAX_SHOTS = 6;
const KLING_MAX_SHOT_PROMPT_CHARS = 512;

/** The multi-shot fields of a create body; empty when the request has no shot list. */
interface KlingMultiShotFields {
  readonly multi_shot?: true;
  readonly shot_type?: 'customize';
  readonly multi_prompt?: KlingShot[];
}

/**
 * A request's shot list as Kling's `multi_shot` / `shot_type: "customize"` / `multi_prompt`.
 * Validation against the catalog normally refuses a bad list first; this guards the wire for
 * callers that skip it, because Kling would refuse the body (400/1201) after a round trip — or,
 * for a model without multi-shot, might ignore the list and bill a one-shot clip.
 * Throws ProviderApiError('invalid-request') with the reason.
 */
export function klingMultiShotFields(request: VideoRequest): KlingMultiShotFields {
  const shots = request.shots ?? [];
  if (shots.length === 0) return {};
  const refuse = (message: string) => new ProviderApiError({ provider: 'kling', kind: 'invalid-request', message });
  if (!klingModelTakesShots(request.model)) throw refuse(`Kling model ${request.model} makes one shot per clip; clear the shot list.`);
  if (shots.length > KLING_MAX_SHOTS) throw refuse(`Kling takes at most ${KLING_MAX_SHOTS} shots; this list has ${shots.length}.`);
  const totalSeconds = shots.reduce((sum, shot) => sum + shot.durationSeconds, 0);
  if (totalSeconds !== request.durationSeconds) {
    throw refuse(`The shots add up to ${totalSeconds} s but the clip is ${request.durationSeconds} s; Kling needs them to match.`);
  }
  const multiPrompt = shots.map((shot, index) => {
    const prompt = shot.prompt.trim();
    if (prompt === '' || prompt.length > KLING_MAX_SHOT_PROMPT_CHARS)
      throw refuse(`Shot ${index + 1} needs a prompt of 1 to ${KLING_MAX_SHOT_PROMPT_CHARS} characters.`);
    if (!Number.isInteger(shot.durationSeconds) || shot.durationSeconds < 1)
      throw refuse(`Shot ${index + 1} needs whole seconds, at least 1.`);
    return { index: index + 1, prompt, duration: String(shot.durationSeconds) };
  });
  return { multi_shot: true, shot_type: 'customize', multi_prompt: multiPrompt };
}
