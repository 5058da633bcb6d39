import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_KLING_ACCESS_KEY, DEMO_KLING_SECRET_KEY } from '../../../src/emulators/demo-credentials';
import { startEmulatorServer, type EmulatorServer } from '../../../src/emulators/emulator-server';
import { parseFaultSpec } from '../../../src/emulators/faults';
import { createKlingProvider } from '../../../src/providers/kling';

describe('Kling recover: a create whose answer was lost is found by external_task_id, never re-posted', () => {
  let server: EmulatorServer;
  beforeAll(async () => {
    server = await startEmulatorServer({ port: 0, videoBytes: readFileSync(resolve(__dirname, '../../../assets/demo-clip.mp4')) });
  });
  afterAll(() => server.close());
  const kling = () =>
    createKlingProvider({ accessKey: DEMO_KLING_ACCESS_KEY, secretKey: DEMO_KLING_SECRET_KEY, baseUrl: `${server.url}/kling` });
  const request = (clientJobId: string) => ({
    model: 'kling-v2-6',
    prompt: 'p',
    durationSeconds: 5,
    aspectRatio: '16:9' as const,
    audio: true,
    clientJobId,
  });

  it('finds the task the dropped create made', async () => {
    server.faults.add(...parseFaultSpec('kling:create:drop'));
    await expect(kling().start(request('lost-answer-1'))).rejects.toMatchObject({ kind: 'network' });
    const ref = await kling().recover!(request('lost-answer-1'));
    const task = [...server.kling.tasks.values()].find((candidate) => candidate.externalTaskId === 'lost-answer-1');
    expect(ref).toMatchObject({ provider: 'kling', jobId: task!.taskId });
    // recover only looks: still exactly one task for this id
    expect([...server.kling.tasks.values()].filter((candidate) => candidate.externalTaskId === 'lost-answer-1')).toHaveLength(1);
  });

  it('answers null when the create never reached Kling', async () => {
    await expect(kling().recover!(request('never-sent'))).resolves.toBeNull();
  });
});
