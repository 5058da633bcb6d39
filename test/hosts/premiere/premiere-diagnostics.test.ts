import { describe, expect, it } from 'vitest';
import { compareVersions, premiereDiagnosticsRunner, runPremiereDiagnostics, type PremiereDiagnosticsOptions } from '../../../src/hosts/premiere/premiere-diagnostics';
import { formatDiagnosticsReport } from '../../../src/hosts/premiere/premiere-diagnostics-report';
import { PremiereHost } from '../../../src/hosts/premiere/premiere-host';
import { SCRATCH_SEQUENCE_NAME } from '../../../src/hosts/premiere/premiere-scratch-round-trip';
import { createFakePremiere, type FakePremiereOptions } from '../../support/fake-premierepro';
import { scenario } from './premiere-fixtures';

function setup(options: FakePremiereOptions = {}) {
  const fake = createFakePremiere(scenario, options);
  const host = new PremiereHost(fake.ppro, { delay: async () => undefined });
  const diagnosticsOptions: PremiereDiagnosticsOptions = {
    host,
    hostInfo: { hostName: 'premierepro', hostVersion: '26.3.0', uxpVersion: 'uxp-8.3.0', pluginVersion: '0.1.0', uiLocale: 'en_US' },
    runtimeFeatures: { TextEncoder: false, TextDecoder: false, fetch: true },
    manifest: { manifestVersion: 5, minVersion: '25.6.0' },
    now: () => Date.UTC(2026, 2, 1, 9, 0),
  };
  return { fake, host, diagnosticsOptions };
}

const verdict = (report: Awaited<ReturnType<typeof runPremiereDiagnostics>>, item: number) => report.verdicts.filter((entry) => entry.item === item);

describe('Premiere diagnostics on the fake', () => {
  it('settles every VERIFY item and leaves the editor\'s project as it was', async () => {
    const { fake, diagnosticsOptions } = setup();
    const before = fake.snapshot();
    const report = await runPremiereDiagnostics(fake.ppro, diagnosticsOptions);

    expect(report.entries.filter((entry) => entry.status === 'fail')).toEqual([]);
    expect(new Set(report.verdicts.map((entry) => entry.item))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9]));
    expect(verdict(report, 1)[0]).toMatchObject({ status: 'ok', answer: expect.stringMatching(/clip MEDIA time/) });
    expect(verdict(report, 4)[0]).toMatchObject({ status: 'ok', answer: expect.stringMatching(/did not become a keyframe/) });
    expect(verdict(report, 6)[0]?.status).toBe('ok');
    expect(verdict(report, 3).map((entry) => entry.status)).toEqual(['ok', 'ok']);
    expect(verdict(report, 3)[0]?.answer).toContain('Internal Volume Stereo ×3');
    expect(verdict(report, 9)[0]?.answer).toContain('enforces the lock rule');

    // Nothing of the scratch sequence is left, the cut is untouched, the same sequence is active again.
    const after = fake.snapshot();
    expect(after.sequences.map((sequence) => sequence.name)).toEqual(['Ad cut v3']);
    expect(after.items.some((item) => item.name === SCRATCH_SEQUENCE_NAME)).toBe(false);
    expect(after.activeSequenceId).toBe(before.activeSequenceId);
    expect(after.videoTracks).toEqual(before.videoTracks);
    expect(after.audioTracks).toEqual(before.audioTracks);
  });

  it('tells a clip-relative keyframe time base apart from media time', async () => {
    const { fake, diagnosticsOptions } = setup({ keyframesRelativeToClipStart: true });
    const report = await runPremiereDiagnostics(fake.ppro, diagnosticsOptions);
    expect(verdict(report, 1)[0]).toMatchObject({ status: 'fail', answer: expect.stringMatching(/clip-RELATIVE/) });
  });

  it('reports the Amplify effect it could use for non-destructive ducking', async () => {
    const { fake, diagnosticsOptions } = setup();
    const report = await runPremiereDiagnostics(fake.ppro, diagnosticsOptions);
    const amplify = report.entries.filter((entry) => entry.section === 'Non-destructive gain (Amplify)');
    expect(amplify.map((entry) => entry.label)).toEqual(['Audio effects by display name', 'Amplify component', 'Why ClipRelay keeps Volume › Level']);
    expect(amplify[1]?.value).toContain('match name "Fake.Amplify"; params 0: Bypass, 1: Gain (keyframes)');
  });

  it('can keep the scratch sequence, or skip the write probes entirely', async () => {
    const kept = setup();
    await runPremiereDiagnostics(kept.fake.ppro, { ...kept.diagnosticsOptions, keepScratchSequence: true });
    expect(kept.fake.snapshot().sequences.map((sequence) => sequence.name)).toEqual(['Ad cut v3', SCRATCH_SEQUENCE_NAME]);

    const readOnly = setup();
    const report = await runPremiereDiagnostics(readOnly.fake.ppro, { ...readOnly.diagnosticsOptions, scratch: false });
    expect(readOnly.fake.undoLabels).toEqual([]);
    expect(readOnly.fake.snapshot().sequences).toHaveLength(1);
    expect(verdict(report, 1)).toEqual([]);
  });

  it("never edits the editor's sequence when Premiere does not switch to the scratch one", async () => {
    const { fake, diagnosticsOptions } = setup();
    const before = fake.snapshot();
    // A Premiere that creates the scratch sequence but leaves the cut active, and ignores setActiveSequence.
    const project = fake.project as unknown as {
      world: { state: { activeSequenceId: string | null } };
      setActiveSequence: () => Promise<boolean>;
      createSequence: (name: string) => Promise<unknown>;
    };
    const createSequence = project.createSequence.bind(project);
    project.createSequence = async (name) => {
      const created = await createSequence(name);
      project.world.state.activeSequenceId = before.activeSequenceId;
      return created;
    };
    project.setActiveSequence = async () => true;

    const report = await runPremiereDiagnostics(fake.ppro, diagnosticsOptions);
    expect(report.entries.find((entry) => entry.label === 'Round trip stopped')?.value).toMatch(/scratch sequence is not the active sequence/);
    const after = fake.snapshot();
    expect(after.videoTracks).toEqual(before.videoTracks);
    expect(after.audioTracks).toEqual(before.audioTracks);
    expect(fake.undoLabels).toEqual([]);
    expect(after.sequences).toHaveLength(1);
  });

  it('reports a missing sequence instead of failing', async () => {
    const { fake, diagnosticsOptions } = setup();
    fake.closeSequence();
    const report = await runPremiereDiagnostics(fake.ppro, diagnosticsOptions);
    expect(report.entries.find((entry) => entry.label === 'Active sequence')).toMatchObject({ status: 'fail', value: expect.stringMatching(/Open a sequence/) });
  });

  it('formats a copyable text report', async () => {
    const { fake, diagnosticsOptions } = setup();
    const text = formatDiagnosticsReport(await runPremiereDiagnostics(fake.ppro, diagnosticsOptions));
    expect(text.startsWith('ClipRelay diagnostics — 2026-03-01T09:00:00.000Z\n')).toBe(true);
    expect(text).toContain('== Host ==\n[info] Premiere Pro: 26.3.0');
    expect(text).toContain('[ok]   Manifest: v5, minVersion 25.6.0');
    expect(text).toMatch(/\n\[ok\] {3}1\. Keyframe time base \(inPoint ≠ 0\) — clip MEDIA time/);
    expect(text).toContain('In / Out / End (raw): 0 / 5080320000000 / 5080320000000 ticks → In none, Out none, end 20 s');
  });

  it('compares versions numerically', () => {
    expect(compareVersions('26.3.0', '25.6.0')).toBe(1);
    expect(compareVersions('25.10', '25.6.0')).toBe(1);
    expect(compareVersions('25.6', '25.6.0')).toBe(0);
    expect(compareVersions('25.2.1', '25.6.0')).toBe(-1);
  });
});

describe('premiereDiagnosticsRunner (what the panel calls)', () => {
  it('answers text and honours read-only', async () => {
    const { fake, diagnosticsOptions } = setup();
    const run = premiereDiagnosticsRunner(fake.ppro, diagnosticsOptions);
    const text = await run({ readOnly: true });
    expect(text).toContain('== Audio clip components ==');
    expect(text).not.toContain('Scratch sequence');
    expect(fake.snapshot().sequences).toHaveLength(1);
    expect(await run()).toContain('Scratch sequence cleanup');
  });
});
