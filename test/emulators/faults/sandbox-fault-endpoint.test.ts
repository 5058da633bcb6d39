import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFaultSpec } from '../../../src/emulators/faults';
import { startSandboxServer } from '../../../src/entries/sandbox-server';
import { tempFoldersRemovedAfterAll } from '../../support/temp-folders';

const makeTempFolder = tempFoldersRemovedAfterAll();

/** The sandbox's fault endpoint, so a person can reproduce what the property tests find. */
describe('/sandbox/faults', () => {
  let server: Awaited<ReturnType<typeof startSandboxServer>>;
  beforeAll(async () => {
    const empty = makeTempFolder('cliprelay-sandbox-');
    server = await startSandboxServer({
      port: 0,
      staticDir: empty,
      demoMediaDir: empty,
      videoBytes: readFileSync(join(__dirname, '../../../assets/demo-clip.mp4')),
    });
  });
  afterAll(() => server.close());
  const faults = (init?: RequestInit) => fetch(new URL('sandbox/faults', server.url), init);

  it('lists what is queued and clears it', async () => {
    expect((await faults({ method: 'POST', body: 'kling:create:drop,kling:poll:429*3:retry-after=2' })).status).toBe(204);
    const listed = (await (await faults()).json()) as { pending: { fault: unknown; remaining: number }[] };
    expect(listed.pending).toEqual([
      { fault: { provider: 'kling', phase: 'create', effect: { kind: 'drop-answer' }, times: 1 }, remaining: 1 },
      { fault: parseFaultSpec('kling:poll:429*3:retry-after=2')[0], remaining: 3 },
    ]);
    expect((await faults({ method: 'DELETE' })).status).toBe(204);
    expect(await (await faults()).json()).toEqual({ pending: [] });
  });

  it('refuses faults for a provider no emulator serves, naming the ones that exist', async () => {
    const response = await faults({ method: 'POST', body: 'klign:create:drop' });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/Unknown provider "klign".*kling/);
    expect(await (await faults()).json()).toEqual({ pending: [] });
  });

  it('takes the gateway fault the property run uses', async () => {
    expect((await faults({ method: 'POST', body: 'runway:create:gateway@504' })).status).toBe(204);
    expect(((await (await faults()).json()) as { pending: { fault: { effect: unknown } }[] }).pending[0]?.fault.effect).toEqual({
      kind: 'gateway-status',
      status: 504,
    });
    await faults({ method: 'DELETE' });
  });
});
