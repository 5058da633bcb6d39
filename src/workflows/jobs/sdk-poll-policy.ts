import type { PollSchedulePolicy } from './adaptive-poll-schedule';

/**
 * Each provider's status-polling default in its official SDK (or, without a poll helper, in its
 * own samples), read from the sources (research/providers.md): our adaptive polling never asks
 * more often than these on average.
 */
const SDK_POLL_INTERVAL_MS: { readonly [providerId: string]: number } = {
  // @fal-ai/client subscribe: DEFAULT_POLL_INTERVAL 500 ms.
  fal: 500,
  // @runwayml/sdk waitForTaskOutput: 6 s ± 1.5 s.
  runway: 6_000,
  // openai-python videos.poll: 1 s (the Node SDK has no video poll helper).
  openai: 1_000,
  // @google/genai has no helper; Google's samples sleep 10 s between operations.get calls.
  google: 10_000,
  'google-vertex': 10_000,
  // No SDK; community clients poll every 5–10 s.
  kling: 5_000,
};

/** Around the expected finish we ask this often; the rest of the 1 s goal is download-free placement. */
const CATCH_WITHIN_MS = 500;

/** The adaptive schedule for a provider whose SDK default we know; undefined keeps the caller's fixed interval. */
export function sdkPollPolicy(providerId: string): PollSchedulePolicy | undefined {
  const sdkIntervalMs = SDK_POLL_INTERVAL_MS[providerId];
  return sdkIntervalMs == null ? undefined : { sdkIntervalMs, catchWithinMs: CATCH_WITHIN_MS };
}
