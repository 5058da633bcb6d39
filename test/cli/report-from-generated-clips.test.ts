import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli';
import { DEMO_KLING_ACCESS_KEY, DEMO_KLING_SECRET_KEY } from '../../src/emulators/demo-credentials';
import { startEmulatorServer, type EmulatorServer } from '../../src/emulators/emulator-server';
import { demoClip } from '../workflows/jobs/emulated-job-session';
import { tempFoldersRemovedAfterAll } from '../support/temp-folders';

const makeTempFolder = tempFoldersRemovedAfterAll();

describe('cliprelay report on clips cliprelay generate made', () => {
  let server: EmulatorServer;
  beforeAll(async () => {
    server = await startEmulatorServer({ port: 0, videoBytes: demoClip });
  });
  afterAll(() => server.close());

  it('the ledger and the folder of clips alone give the same generation: project, provider, file, provenance id, cost', async () => {
    const dir = makeTempFolder('cliprelay-report-');
    const run = async (argv: string[]) => {
      const out: string[] = [];
      const io = {
        stdout: { write: (text: string) => out.push(text) },
        stderr: { write: () => true },
        env: { KLING_ACCESS_KEY: DEMO_KLING_ACCESS_KEY, KLING_SECRET_KEY: DEMO_KLING_SECRET_KEY, CLIPRELAY_HOME: join(dir, 'home') },
        cwd: dir,
      };
      return { code: await runCli(argv, io), out: out.join('') };
    };
    const generated = await run([
      'generate',
      '--provider',
      'kling',
      '--prompt',
      'Harbour at dawn',
      '--out',
      'clips',
      '--base-url',
      `${server.url}/kling`,
      '--poll-ms',
      '1',
    ]);
    expect(generated.code).toBe(0);
    const sidecarName = readdirSync(join(dir, 'clips')).find((name) => name.endsWith('.cliprelay.json'))!;
    // The sidecar carries whose work the clip is, for reports rebuilt from the folder.
    expect(JSON.parse(readFileSync(join(dir, 'clips', sidecarName), 'utf8')).job).toEqual({ projectName: 'cli' });

    const fromLedger = JSON.parse((await run(['report', '--format', 'json'])).out).rows;
    const fromFolder = JSON.parse((await run(['report', '--format', 'json', '--from-folder', 'clips'])).out).rows;
    expect(fromLedger).toHaveLength(1);
    expect(fromFolder).toHaveLength(1);
    const pick = ({ project, client, provider, model, filePath, provenanceId, costUsd, prompt, time }: Record<string, unknown>) => ({
      project,
      client,
      provider,
      model,
      filePath,
      provenanceId,
      costUsd,
      prompt,
      time,
    });
    expect(pick(fromFolder[0])).toEqual(pick(fromLedger[0]));
    expect(fromLedger[0]).toMatchObject({ project: 'cli', provider: 'kling', outcome: 'saved', prompt: 'Harbour at dawn' });
  });
});
