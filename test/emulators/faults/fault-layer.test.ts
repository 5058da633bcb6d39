import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_KLING_ACCESS_KEY, DEMO_KLING_SECRET_KEY } from '../../../src/emulators/demo-credentials';
import { startEmulatorServer, type EmulatorServer } from '../../../src/emulators/emulator-server';
import { FaultSpecError, parseFaultSpec } from '../../../src/emulators/faults';
import { createKlingProvider } from '../../../src/providers/kling';
import { EMULATOR_PROBE_PATH } from '../../../src/shared/diagnostics/emulator-probe-path';
import { InvalidResponseError, ProviderApiError } from '../../../src/providers/spec';

const demoClip = readFileSync(resolve(__dirname, '../../../assets/demo-clip.mp4'));

describe('parseFaultSpec', () => {
  it('reads provider, phase, effect, count and Retry-After', () => {
    expect(
      parseFaultSpec('kling:poll:429*3:retry-after=2, create:drop ,download:drop@65536,any:delay=1500,openai:create:malformed*inf'),
    ).toEqual([
      { provider: 'kling', phase: 'poll', effect: { kind: 'status', status: 429, retryAfterSeconds: 2 }, times: 3 },
      { provider: undefined, phase: 'create', effect: { kind: 'drop-answer' }, times: 1 },
      { provider: undefined, phase: 'download', effect: { kind: 'drop-download', afterBytes: 65536 }, times: 1 },
      { provider: undefined, phase: 'any', effect: { kind: 'delay', delayMs: 1500 }, times: 1 },
      { provider: 'openai', phase: 'create', effect: { kind: 'malformed-json' }, times: Infinity },
    ]);
  });

  it('refuses what it cannot read, showing the grammar', () => {
    expect(() => parseFaultSpec('kling:later:429')).toThrow(FaultSpecError);
    expect(() => parseFaultSpec('poll:explode')).toThrow(/unknown effect "explode".*Example/);
    expect(() => parseFaultSpec('poll:429*0')).toThrow(/positive count/);
  });
});

describe('scripted faults on a running emulator, seen through the Kling adapter', () => {
  let server: EmulatorServer;
  const provider = () =>
    createKlingProvider({
      accessKey: DEMO_KLING_ACCESS_KEY,
      secretKey: DEMO_KLING_SECRET_KEY,
      baseUrl: `${server.url}/kling`,
      timeouts: { createMs: 5_000, pollMs: 5_000 },
    });
  const request = (clientJobId: string) => ({
    model: 'kling-v2-6',
    prompt: 'harbour',
    durationSeconds: 5,
    aspectRatio: '16:9' as const,
    audio: true,
    clientJobId,
  });

  beforeAll(async () => {
    server = await startEmulatorServer({ port: 0, videoBytes: demoClip, kling: { processingPolls: 0 } });
  });
  afterAll(() => server.close());

  it('answers a create with the vendor 429 envelope and Retry-After, without creating the task', async () => {
    server.faults.add(...parseFaultSpec('kling:create:429:retry-after=7'));
    const error = await provider()
      .start(request('fault-429'))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderApiError);
    expect(error).toMatchObject({ kind: 'rate-limit', status: 429, providerCode: '1302', retryAfterSeconds: 7 });
    expect([...server.kling.tasks.values()].some((task) => task.externalTaskId === 'fault-429')).toBe(false);
  });

  it('drops a create answer after the task was really created (a lost answer, not a lost job)', async () => {
    server.faults.add(...parseFaultSpec('kling:create:drop'));
    const error = await provider()
      .start(request('fault-dropped'))
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'network' });
    expect([...server.kling.tasks.values()].filter((task) => task.externalTaskId === 'fault-dropped')).toHaveLength(1);
  });

  it('serves malformed JSON that the adapter reports as an unexpected response', async () => {
    const kling = provider();
    const { ref } = await kling.start(request('fault-malformed'));
    server.faults.add(...parseFaultSpec('kling:poll:malformed'));
    await expect(kling.status(ref)).rejects.toBeInstanceOf(InvalidResponseError);
    await expect(kling.status(ref)).resolves.toMatchObject({ state: 'completed' });
  });

  it('cuts a download mid-file after the given byte count', async () => {
    const kling = provider();
    const { ref } = await kling.start(request('fault-drop-download'));
    const status = await kling.status(ref);
    if (status.state !== 'completed') throw new Error(`expected completed, got ${status.state}`);
    server.faults.add(...parseFaultSpec('kling:download:drop@20000'));
    const response = await fetch(status.assets[0]!.url);
    expect(response.headers.get('content-length')).toBe(String(demoClip.length));
    let received = 0;
    const reader = response.body!.getReader();
    await expect(
      (async () => {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          received += value.length;
        }
      })(),
    ).rejects.toThrow();
    expect(received).toBe(20000);
  });

  it('leaves a fault queued for any call to the next API call, not to Diagnostics probing the emulator', async () => {
    server.faults.add(...parseFaultSpec('kling:any:503'));
    const probe = await fetch(`${server.url}/kling${EMULATOR_PROBE_PATH}`);
    expect(probe.status).not.toBe(503);
    expect(server.faults.pending).toHaveLength(1);
    const error = await provider()
      .start(request('fault-after-probe'))
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 503 });
    expect(server.faults.pending).toHaveLength(0);
  });
});
