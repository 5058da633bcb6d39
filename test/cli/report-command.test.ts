import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli';
import { serializeProvenanceSidecar } from '../../src/workflows/provenance';
import { captureCliIo } from '../support/capture-cli-io';
import { generatedJobs } from '../support/generated-jobs';
import { agencyPack } from '../support/pack-fixtures';
import { tempFoldersRemovedAfterAll } from '../support/temp-folders';

const tempFolder = tempFoldersRemovedAfterAll();
let home: string;

beforeEach(() => {
  home = tempFolder('report-cli-');
});

async function run(argv: string[]) {
  const io = captureCliIo(home, { CLIPRELAY_HOME: home });
  const code = await runCli(argv, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

describe('cliprelay report', () => {
  it('reports the ledger for a period and a client, as CSV or JSON totals, prompts hashed by the pack', async () => {
    const jobs = generatedJobs(300, Date.UTC(2026, 10, 1));
    writeFileSync(join(home, 'jobs.json'), JSON.stringify({ version: 2, jobs }));
    const csv = await run(['report', '--from', '2026-11-05', '--to', '2026-11-10', '--client', 'Initech', '--utc']);
    expect(csv.code).toBe(0);
    const lines = csv.out.split('\r\n').filter((line) => line !== '');
    const expected = jobs.filter(
      (job) => job.clientTag === 'Initech' && job.createdAtMs >= Date.UTC(2026, 10, 5) && job.createdAtMs < Date.UTC(2026, 10, 11),
    );
    expect(lines).toHaveLength(expected.length + 1);
    expect(csv.err).toMatch(new RegExp(`^${expected.length} generations, \\$\\d+\\.\\d{2} in all\\.\\n$`));

    writeFileSync(join(home, 'acme.json'), JSON.stringify(agencyPack()));
    const json = await run(['report', '--format', 'json', '--pack', 'acme.json', '--prompts', 'text', '--out', 'r.json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toMatchObject({ jobs: 300 });
    const { readFileSync } = await import('node:fs');
    const written = JSON.parse(readFileSync(join(home, 'r.json'), 'utf8'));
    // The pack keeps prompts out of reports: --prompts text does not override it.
    expect(written.rows.every((row: { prompt: string }) => row.prompt.startsWith('sha256:'))).toBe(true);
    expect(written.totals.byClient.map((entry: { key: string }) => entry.key)).toEqual(['Globex', 'Hooli', 'Initech', 'Umbrella']);
  });

  it('rebuilds a report from a folder of clips alone, naming a sidecar it cannot read', async () => {
    const folder = join(home, 'clips', 'november');
    mkdirSync(folder, { recursive: true });
    for (const index of [1, 2]) {
      const text = serializeProvenanceSidecar(
        {
          prompt: `p${index}`,
          providerId: 'kling',
          model: 'kling-v3',
          jobId: `t${index}`,
          seed: null,
          costUsd: 0.56,
          createdAt: `2026-11-0${index}T10:00:00.000Z`,
        },
        { fileName: `c${index}.mp4`, durationSeconds: 5, width: 1920, height: 1080, frameRate: 24, hasAudio: true, sha256: null },
      );
      writeFileSync(join(folder, `c${index}.cliprelay.json`), text);
    }
    writeFileSync(join(folder, 'broken.cliprelay.json'), '{');
    const result = await run(['report', '--from-folder', 'clips', '--totals', '--utc']);
    expect(result.code).toBe(0);
    expect(result.out.split('\r\n').slice(0, 3)).toEqual(['group,key,jobs,totalUsd', 'all,,2,1.12', 'client,,2,1.12']);
    expect(result.err).toMatch(/warning: skipped .*broken\.cliprelay\.json: not a ClipRelay provenance sidecar/);
  });

  it('refuses flags it cannot use, with the usage exit code', async () => {
    expect((await run(['report', '--format', 'xlsx'])).err).toMatch(/--format must be csv or json; got "xlsx"/);
    expect((await run(['report', '--from', 'last week'])).err).toMatch(/--from must be a day \(2026-11-01\) or an ISO time/);
    expect((await run(['report', '--from', '2026-11-10', '--to', '2026-11-01'])).code).toBe(2);
    expect((await run(['report', '--from-folder', 'nowhere'])).err).toMatch(/--from-folder nowhere is not a folder/);
  });
});
