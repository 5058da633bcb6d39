/**
 * Status requests one 60 s generation costs (Kling 2.6 takes ~50–70 s for a 5 s clip, research
 * §3) under each client's default polling, read from the SDK sources installed here.
 */
const JOB_SECONDS = 60;

const CLIENTS: readonly { name: string; intervalSeconds: number | null; source: string }[] = [
  { name: 'ClipRelay panel', intervalSeconds: 5, source: 'src/entries/uxp-panel.tsx poll.intervalMs' },
  { name: 'ClipRelay CLI', intervalSeconds: 2, source: 'src/cli/generate-command.ts DEFAULT_POLL_MS' },
  { name: '@fal-ai/client subscribe', intervalSeconds: 0.5, source: 'node_modules/@fal-ai/client/src/queue.js DEFAULT_POLL_INTERVAL' },
  {
    name: '@runwayml/sdk waitForTaskOutput',
    intervalSeconds: 6,
    source: 'node_modules/@runwayml/sdk/lib/polling.js POLL_TIME (±1.5 s jitter)',
  },
  { name: 'openai videos', intervalSeconds: null, source: 'openai 6.30.1 has no video poll helper; callers loop retrieve()' },
  { name: '@google/genai operations', intervalSeconds: null, source: 'no poll helper; Google samples loop getVideosOperation every 10 s' },
];

export function pollingTable(): string[] {
  return CLIENTS.map(({ name, intervalSeconds, source }) => {
    const requests = intervalSeconds == null ? 'caller-defined' : String(Math.ceil(JOB_SECONDS / intervalSeconds) + 1);
    return `polling, ${JOB_SECONDS} s job: ${name.padEnd(34)} ${requests.padStart(14)} requests  (${source})`;
  });
}
