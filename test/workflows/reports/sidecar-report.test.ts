import { describe, expect, it } from 'vitest';
import { serializeProvenanceSidecar } from '../../../src/workflows/provenance';
import { buildReport } from '../../../src/workflows/reports/build-report';
import { reportRowsFromSidecars } from '../../../src/workflows/reports/report-rows-from-sidecars';

const sidecar = (index: number, extra: object = {}) => {
  const text = serializeProvenanceSidecar(
    {
      prompt: `Harbour at dawn ${index}`,
      providerId: index % 2 === 0 ? 'kling' : 'google',
      model: 'm',
      jobId: `task-${index}`,
      seed: null,
      costUsd: 0.1234 * (index + 1),
      createdAt: new Date(Date.UTC(2026, 10, 1 + index, 10)).toISOString(),
    },
    { fileName: `clip-${index}.mp4`, durationSeconds: 5, width: 1280, height: 720, frameRate: 24, hasAudio: true, sha256: null },
  );
  return { path: `/shared/Globex/clip-${index}.cliprelay.json`, text: JSON.stringify({ ...JSON.parse(text), ...extra }) };
};

describe('reports rebuilt from a folder of clips (provenance sidecars alone)', () => {
  it('reads every sidecar the writer produces, with its file path and provenance id, and totals them', () => {
    const files = [0, 1, 2].map((index) => sidecar(index));
    const { rows, unreadable } = reportRowsFromSidecars([...files, { path: '/shared/notes.cliprelay.json', text: '{"x":1}' }], {
      prompts: 'text',
      dayOf: (atMs) => new Date(atMs).toISOString().slice(0, 10),
    });
    expect(unreadable).toEqual([{ path: '/shared/notes.cliprelay.json', problem: 'not a ClipRelay provenance sidecar (version 1)' }]);
    expect(rows[1]).toMatchObject({
      provider: 'google',
      filePath: '/shared/Globex/clip-1.mp4',
      provenanceId: 'task-1',
      resolution: '1280x720',
      outcome: 'saved',
      day: '2026-11-02',
      project: '',
      jobId: '',
    });
    const report = buildReport(rows, { fromMs: Date.UTC(2026, 10, 2) });
    expect(report.rows.map((row) => row.provenanceId)).toEqual(['task-1', 'task-2']);
    expect(report.totals.overall.totalUsd).toBe(0.2468 + 0.3702);
    expect(report.totals.byProvider.map((entry) => entry.key)).toEqual(['google', 'kling']);
  });

  it('takes project and client from the sidecar when it records them', () => {
    const { rows } = reportRowsFromSidecars([sidecar(0, { job: { projectName: 'Globex spring promo', clientTag: 'Globex' } })], {
      prompts: 'hash',
    });
    expect(rows[0]).toMatchObject({ project: 'Globex spring promo', client: 'Globex' });
    expect(rows[0]!.prompt).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});
