import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMULATOR_DEMO_CREDENTIALS } from '../../src/emulators/demo-credentials';
import { emulatorPath } from '../../src/emulators/emulator-paths';
import { PROVIDER_REGISTRATIONS } from '../../src/providers/registry';
import { ProviderApiError, type JobStatus, type VideoRequest } from '../../src/providers/spec';
import { mountEmulators } from '../../src/emulators/mount-emulators';
import { startLocalHttpServer } from '../support/local-http-server';
import { demoClip, emulatedRequest } from '../workflows/jobs/emulated-job-session';

/** Far more polls than any emulator takes to finish an unmarked job. */
const POLLS = 12;

/**
 * The README's sandbox prompt markers, per emulator: `[moderate]` fails as the vendor reports
 * moderation, `[fail]` fails as an ordinary failure, `[never]` stays pending however often it is
 * polled, and an unmarked prompt completes. ComfyUI is self-hosted and has no moderation of its own,
 * so there `[moderate]` renders like any other prompt (its adapter never reports `moderated`).
 */
const NO_MODERATION: ReadonlySet<string> = new Set(['comfyui']);

/** Every registered provider: each has an emulator (Vertex AI shares Google's). */
const PROVIDERS = PROVIDER_REGISTRATIONS.map((registration) => registration.id);

/** Sora 2 is retired in the catalog (no offered model to default to); the legacy emulator still serves it. */
function markedRequest(providerId: string, clientJobId: string, prompt: string): VideoRequest {
  if (providerId !== 'openai') return emulatedRequest(providerId, clientJobId, prompt);
  return { model: 'sora-2', prompt, durationSeconds: 4, aspectRatio: '16:9', audio: true, clientJobId };
}

type Outcome = { readonly state: JobStatus['state'] | 'refused'; readonly moderated?: boolean };

let server: Awaited<ReturnType<typeof startLocalHttpServer>>;
beforeAll(async () => {
  // The Sora API as it was before OpenAI shut it down, so its emulator's markers can be checked too.
  const emulators = mountEmulators({ videoBytes: demoClip, openai: { legacyVideosApi: true } });
  server = await startLocalHttpServer(async (req, res) => {
    if (!(await emulators.handle(req, res))) res.writeHead(404).end();
  });
});
afterAll(() => server.close());

let jobCounter = 0;

/** Where the job ended after many polls; a create refused for its content (BytePlus checks the prompt then) counts as moderated. */
async function outcome(providerId: string, prompt: string): Promise<Outcome> {
  const registration = PROVIDER_REGISTRATIONS.find((candidate) => candidate.id === providerId)!;
  const provider = registration.create({
    credentials: EMULATOR_DEMO_CREDENTIALS[providerId] ?? {},
    baseUrl: `${server.url}${emulatorPath(providerId)}`,
  });
  let ref;
  try {
    ({ ref } = await provider.start(markedRequest(providerId, `markers-${providerId}-${++jobCounter}`, prompt)));
  } catch (error) {
    if (error instanceof ProviderApiError && error.kind === 'moderation') return { state: 'failed', moderated: true };
    throw error;
  }
  let status: JobStatus = { state: 'pending' };
  for (let poll = 0; poll < POLLS && status.state === 'pending'; poll++) status = await provider.status(ref);
  return status.state === 'failed' ? { state: 'failed', moderated: status.moderated } : { state: status.state };
}

describe.each(PROVIDERS)('the %s emulator honours the prompt markers', (providerId) => {
  it('[moderate] fails as moderated', async () => {
    const expected = NO_MODERATION.has(providerId) ? { state: 'completed' } : { state: 'failed', moderated: true };
    expect(await outcome(providerId, 'a harbour at dawn [moderate]')).toEqual(expected);
  });

  it('[fail] fails, not as moderation', async () => {
    expect(await outcome(providerId, 'a harbour at dawn [fail]')).toEqual({ state: 'failed', moderated: false });
  });

  it('[never] never finishes', async () => {
    expect(await outcome(providerId, 'a harbour at dawn [never]')).toEqual({ state: 'pending' });
  });

  it('an unmarked prompt completes', async () => {
    expect(await outcome(providerId, 'a harbour at dawn')).toEqual({ state: 'completed' });
  });
});

it('covers every emulator family', () => {
  expect(new Set(PROVIDERS.map(emulatorPath))).toEqual(
    new Set(['/kling', '/google', '/runway', '/fal', '/byteplus', '/openai', '/comfyui']),
  );
});
