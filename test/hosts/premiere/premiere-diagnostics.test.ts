import type { SequenceEditor, TickTime } from '@adobe/premierepro';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  compareVersions,
  premiereDiagnosticsRunner,
  runPremiereDiagnostics,
  type PremiereDiagnosticsOptions,
} from '../../../src/hosts/premiere/premiere-diagnostics';
import { formatDiagnosticsReport } from '../../../src/hosts/premiere/premiere-diagnostics-report';
import { DIAGNOSTICS_SCHEMA_VERSION, parseDiagnosticsReport } from '../../../src/hosts/premiere/premiere-diagnostics-schema';
import { PremiereHost } from '../../../src/hosts/premiere/premiere-host';
import { dbToPremiereLevel, premiereLevelToDb } from '../../../src/hosts/premiere/premiere-level';
import { readPremiereVersion } from '../../../src/hosts/premiere/premiere-probe-version';
import { SCRATCH_SEQUENCE_NAME } from '../../../src/hosts/premiere/premiere-scratch-round-trip';
import { createFakePremiere, PREMIERE_PROFILES, type FakePremiereOptions } from '../../support/fake-premierepro';
import { FakeComponentParam } from '../../support/fake-premierepro/fake-volume';
import { scenario } from './premiere-fixtures';

afterEach(() => {
  vi.restoreAllMocks();
});

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

const verdict = (report: Awaited<ReturnType<typeof runPremiereDiagnostics>>, item: number) =>
  report.verdicts.filter((entry) => entry.item === item);

describe('Premiere diagnostics on the fake', () => {
  it("settles every VERIFY item and leaves the editor's project as it was", async () => {
    const { fake, diagnosticsOptions } = setup();
    const before = fake.snapshot();
    const report = await runPremiereDiagnostics(fake.ppro, diagnosticsOptions);

    expect(report.entries.filter((entry) => entry.status === 'fail')).toEqual([]);
    // Item 7 (manifest v5 accepted) cannot fail — the panel loaded — so it is an info entry, not a verdict.
    expect(new Set(report.verdicts.map((entry) => entry.item))).toEqual(new Set([1, 2, 3, 4, 5, 6, 8, 9]));
    expect(report.entries.find((entry) => entry.label === 'Manifest')).toMatchObject({
      status: 'info',
      value: 'v5 package loaded; minVersion 25.6.0',
    });
    expect(verdict(report, 1)[0]).toMatchObject({ status: 'ok', answer: expect.stringMatching(/clip MEDIA time/) });
    expect(verdict(report, 4)[0]).toMatchObject({ status: 'ok', answer: expect.stringMatching(/kept all 3 keyframes/) });
    expect(verdict(report, 6)[0]?.status).toBe('ok');
    expect(verdict(report, 3).map((entry) => entry.status)).toEqual(['ok', 'ok']);
    expect(verdict(report, 3)[0]?.answer).toContain('Internal Volume Stereo ×3');
    expect(verdict(report, 9)[0]).toMatchObject({
      status: 'ok',
      answer: expect.stringContaining('enforces the lock rule, as its version predicts'),
    });
    expect(report.entries.find((entry) => entry.section === 'Re-duck by ClipRelay (issue 9 item 5)')).toMatchObject({
      status: 'ok',
      value: 'every key reads the second duck',
    });
    expect(report.entries.find((entry) => entry.label === 'Keys before the In point of a head-trimmed clip after a duck')).toMatchObject({
      status: 'ok',
      value: expect.stringMatching(/^none \(In point 30\.0000 s; keys at /),
    });
    // Every fact settled, and each matches what the fake models for 26.3.
    expect(report.facts).toEqual({
      hostVersion: '26.3.0',
      versionSource: 'uxp-host',
      applicationVersion: 'null',
      hasGetVideoFrameRate: true,
      enforcesLockRule: true,
      hasMediaGetDuration: false,
      strayKeyAtMediaZero: true,
      addAtExistingTick: 'ignored',
      removeAddSameTick: 'cancelled',
      setValueOnKeyedParam: 'sets-key-at-position',
      removeMissingKey: 'noop',
      interpolation: 'linear-in-level',
      keyframeTimeBase: 'media',
      valueShape: 'number',
      overwriteAtTrackCount: 'refused',
      insertAtTrackCountCreatesTracks: true,
      insertLimitShiftKeepsOtherTracks: true,
      startsSnapToFrames: true,
      speedChangedClips: { count: 1, reversedCount: 0, examples: [{ name: 'A2 "Score"', speed: 2, reversed: false }] },
      clipAudioTypeMethods: [],
    });

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
    expect(report.facts.keyframeTimeBase).toBe('clip-relative');
  });

  it('reports the Amplify effect it could use for non-destructive ducking', async () => {
    const { fake, diagnosticsOptions } = setup();
    const report = await runPremiereDiagnostics(fake.ppro, diagnosticsOptions);
    const amplify = report.entries.filter((entry) => entry.section === 'Non-destructive gain (Amplify)');
    expect(amplify.map((entry) => entry.label)).toEqual([
      'Audio effects by display name',
      'Amplify component',
      'Why ClipRelay keeps Volume › Level',
    ]);

    expect(amplify[1]?.value).toContain('match name "Fake.Amplify"; params 0: Bypass, 1: Gain (keyframes)');
  });

  it('borrows the shortest A/V media of the sequence for the scratch sequence, so the slots stay short', async () => {
    const withShortClip = {
      ...scenario,
      videoTracks: [
        ...scenario.videoTracks,
        { name: 'Video 3', clips: [{ name: 'Kling 1', mediaPath: '/gen/kling-001.mp4', startSeconds: 30, endSeconds: 35 }] },
      ],
      audioTracks: [
        ...scenario.audioTracks,
        { name: 'Audio 4', clips: [{ name: 'Kling 1', mediaPath: '/gen/kling-001.mp4', startSeconds: 30, endSeconds: 35 }] },
      ],
    };
    const fake = createFakePremiere(withShortClip);
    const host = new PremiereHost(fake.ppro, { delay: async () => undefined });
    const report = await runPremiereDiagnostics(fake.ppro, { ...setup().diagnosticsOptions, host });
    // Room tone (8 s, audio only) is shorter, but Generate places A/V items, so the 5 s A/V clip wins over the 60 s interview.
    expect(report.entries.find((entry) => entry.label === 'Scratch sequence')?.value).toMatch(/source "Kling 1" \(5\.000 s\)$/);
    expect(report.facts).toMatchObject({ insertAtTrackCountCreatesTracks: true, keyframeTimeBase: 'media' });
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
    // Write facts stay unsettled; read-only facts are still there.
    expect(report.facts).toMatchObject({
      strayKeyAtMediaZero: null,
      insertAtTrackCountCreatesTracks: null,
      interpolation: null,
      enforcesLockRule: true,
      hasGetVideoFrameRate: true,
    });
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
    expect(report.entries.find((entry) => entry.label === 'Round trip stopped')?.value).toMatch(
      /scratch sequence is not the active sequence/,
    );
    const after = fake.snapshot();
    expect(after.videoTracks).toEqual(before.videoTracks);
    expect(after.audioTracks).toEqual(before.audioTracks);
    expect(fake.undoLabels).toEqual([]);
    expect(after.sequences).toHaveLength(1);
  });

  it('reports a missing sequence and still runs every probe that does not need one', async () => {
    const { fake, diagnosticsOptions } = setup();
    fake.closeSequence();
    const report = await runPremiereDiagnostics(fake.ppro, diagnosticsOptions);
    expect(report.entries.find((entry) => entry.label === 'Active sequence')).toMatchObject({
      status: 'fail',
      value: expect.stringMatching(/Open a sequence/),
    });
    // Before, a missing sequence ended the run here. Now the lock rule and the write probes (media from the bins) still run.
    expect(verdict(report, 9)[0]?.status).toBe('ok');
    expect(report.facts).toMatchObject({
      enforcesLockRule: true,
      strayKeyAtMediaZero: true,
      addAtExistingTick: 'ignored',
      insertAtTrackCountCreatesTracks: true,
      hasGetVideoFrameRate: null,
    });
    expect(fake.snapshot().sequences).toHaveLength(1);
  });

  it('isolates write probes: one that throws is reported and the later ones still run', async () => {
    const { fake, diagnosticsOptions } = setup();
    // A Premiere whose insert edit throws: the insert probe (and ClipRelay's own placement on new tracks) fail.
    const statics = fake.ppro.SequenceEditor as { getEditor: (sequence: never) => SequenceEditor };
    const getEditor = statics.getEditor.bind(statics);
    vi.spyOn(statics, 'getEditor').mockImplementation((sequence: never) => {
      const editor = getEditor(sequence);
      return Object.assign(Object.create(editor) as SequenceEditor, {
        createOverwriteItemAction: editor.createOverwriteItemAction.bind(editor),
        createInsertProjectItemAction: () => {
          throw new Error('insert is broken here');
        },
      });
    });
    const report = await runPremiereDiagnostics(fake.ppro, diagnosticsOptions);
    const failed = report.entries.filter((entry) => entry.status === 'fail');
    expect(failed.map((entry) => entry.section)).toEqual([
      'Placement by ClipRelay (§6.2)',
      'Insert at index = track count, limitShift (issue 9 item 2)',
    ]);
    expect(failed[1]?.value).toMatch(/insert is broken here/);
    expect(report.facts).toMatchObject({
      insertAtTrackCountCreatesTracks: null,
      strayKeyAtMediaZero: true,
      keyframeTimeBase: 'media',
      interpolation: 'linear-in-level',
    });
    expect(verdict(report, 1)[0]?.status).toBe('ok');
    expect(verdict(report, 6)[0]?.status).toBe('ok');
    expect(fake.snapshot().sequences).toHaveLength(1);
  });

  it('compares the interpolation claim with Premiere, and fails when Premiere interpolates in dB', async () => {
    const { fake, diagnosticsOptions } = setup();
    const original = FakeComponentParam.prototype.getValueAtTime;
    // A Premiere that interpolates linearly in dB between keys.
    vi.spyOn(FakeComponentParam.prototype, 'getValueAtTime').mockImplementation(async function (this: FakeComponentParam, time: TickTime) {
      const keys = this.getKeyframeListAsTickTimes();
      if (keys.some((key) => key.ticksNumber === time.ticksNumber)) return original.call(this, time);
      const previous = keys.filter((key) => key.ticksNumber < time.ticksNumber).at(-1);
      const next = keys.find((key) => key.ticksNumber > time.ticksNumber);
      if (previous == null || next == null) return original.call(this, time);
      const [from, to] = [
        premiereLevelToDb((await original.call(this, previous)) as number),
        premiereLevelToDb((await original.call(this, next)) as number),
      ];
      const fraction = (time.ticksNumber - previous.ticksNumber) / (next.ticksNumber - previous.ticksNumber);
      return dbToPremiereLevel(from + (to - from) * fraction);
    });
    const report = await runPremiereDiagnostics(fake.ppro, diagnosticsOptions);
    expect(report.facts.interpolation).toBe('linear-in-db');
    expect(report.entries.find((entry) => entry.label === 'Level halfway between keys at −20 dB and 0 dB')).toMatchObject({
      status: 'fail',
      value: expect.stringMatching(/^Premiere 0\.05623\d*; editorLevelAt predicts 0\.0978054/),
    });
  });

  it('says when a keyframe behaviour differs from what research observed (the fake would be wrong)', async () => {
    const { fake, diagnosticsOptions } = setup();
    // A Premiere where setValue on a keyed param does nothing, and a second add at one tick replaces the key.
    vi.spyOn(FakeComponentParam.prototype, 'createSetValueAction').mockImplementation(function (this: FakeComponentParam) {
      return this.createRemoveKeyframeRangeAction(fake.ppro.TickTime.createWithTicks('1'), fake.ppro.TickTime.createWithTicks('2'));
    });
    const report = await runPremiereDiagnostics(fake.ppro, diagnosticsOptions);
    expect(report.facts.setValueOnKeyedParam).toBe('ignored');
    // ClipRelay re-ducks by setting existing keys, so on this Premiere the second duck does not stick — and the probe says so.
    expect(report.entries.find((entry) => entry.label === 'Duck at −6 dB, then again at −12 dB at the same times')).toMatchObject({
      status: 'fail',
      value: expect.stringMatching(/^keys read .*; expected /),
    });
    expect(report.entries.find((entry) => entry.label === 'setValue on a time-varying param')).toMatchObject({
      status: 'warn',
      value: expect.stringMatching(/^ignored: the fake's assumption/),
    });
  });

  it('reports a second add that replaces a key, and a remove + add that removes it, as differences from research', async () => {
    const { fake, diagnosticsOptions } = setup();
    const { createAddKeyframeAction: add, createSetValueAction: setValue } = FakeComponentParam.prototype;
    // A Premiere whose add at a tick that holds a key replaces it (and does not pair with a remove).
    vi.spyOn(FakeComponentParam.prototype, 'createAddKeyframeAction').mockImplementation(function (this: FakeComponentParam, keyframe) {
      const taken = this.getKeyframeListAsTickTimes().some((time) => time.ticksNumber === keyframe.position.ticksNumber);
      return taken ? setValue.call(this, keyframe) : add.call(this, keyframe);
    });
    const report = await runPremiereDiagnostics(fake.ppro, diagnosticsOptions);
    expect(report.facts).toMatchObject({ addAtExistingTick: 'replaced', removeAddSameTick: 'removed' });
    expect(report.entries.find((entry) => entry.label === 'Add at a tick that holds a key')).toMatchObject({
      status: 'warn',
      value: 'replaced; research observed "ignored" (Evidence 2026-12-06, OBS) — please attach the JSON report to an issue',
    });
    expect(report.entries.find((entry) => entry.label === 'Remove + add at one tick')?.status).toBe('warn');
  });

  it('fails the head-trim duck probe when the key Premiere adds at media 0 cannot be removed', async () => {
    const { fake, diagnosticsOptions } = setup();
    // A Premiere whose keyframe removals do nothing.
    vi.spyOn(FakeComponentParam.prototype, 'createRemoveKeyframeAction').mockImplementation(function (this: FakeComponentParam) {
      return this.createRemoveKeyframeRangeAction(fake.ppro.TickTime.createWithTicks('1'), fake.ppro.TickTime.createWithTicks('2'));
    });
    const report = await runPremiereDiagnostics(fake.ppro, diagnosticsOptions);
    expect(report.entries.find((entry) => entry.label === 'Keys before the In point of a head-trimmed clip after a duck')).toMatchObject({
      status: 'fail',
      value: '0.0000 s, before the In point 30.0000 s: invisible to the editor',
    });
  });

  it('reports a Premiere that refuses a remove where no key is', async () => {
    const { fake, diagnosticsOptions } = setup();
    const { createRemoveKeyframeAction: remove } = FakeComponentParam.prototype;
    vi.spyOn(FakeComponentParam.prototype, 'createRemoveKeyframeAction').mockImplementation(function (
      this: FakeComponentParam,
      time: TickTime,
    ) {
      if (!this.getKeyframeListAsTickTimes().some((key) => key.ticksNumber === time.ticksNumber)) throw new Error('Illegal Parameter type');
      return remove.call(this, time);
    });
    const report = await runPremiereDiagnostics(fake.ppro, diagnosticsOptions);
    expect(report.facts.removeMissingKey).toBe('refused');
    expect(report.entries.find((entry) => entry.label === 'Remove where no key is')).toMatchObject({
      status: 'warn',
      value: expect.stringMatching(/^refused \(.*Illegal Parameter type.*\); the other key is untouched$/),
    });
  });

  it('fails the limitShift probe when an insert moves a clip on another track', async () => {
    const { fake, diagnosticsOptions } = setup();
    const statics = fake.ppro.SequenceEditor as { getEditor: (sequence: never) => SequenceEditor };
    const getEditor = statics.getEditor.bind(statics);
    // A Premiere that ignores limitShift: every track ripples.
    vi.spyOn(statics, 'getEditor').mockImplementation((sequence: never) => {
      const editor = getEditor(sequence);
      return Object.assign(Object.create(editor) as SequenceEditor, {
        createOverwriteItemAction: editor.createOverwriteItemAction.bind(editor),
        createInsertProjectItemAction: (item: never, time: TickTime, video: number, audio: number) =>
          editor.createInsertProjectItemAction(item, time, video, audio, false),
      });
    });
    const report = await runPremiereDiagnostics(fake.ppro, diagnosticsOptions);
    expect(report.facts).toMatchObject({ insertAtTrackCountCreatesTracks: true, insertLimitShiftKeepsOtherTracks: false });
    expect(report.entries.find((entry) => entry.label === 'limitShift = true: a later clip on another track')).toMatchObject({
      status: 'fail',
      value: expect.stringMatching(/moved away from .* limitShift does not keep other tracks in place/),
    });
  });

  it('never skips a Level read-back: a Level that does not come back is a failure in every probe that wrote it', async () => {
    const { fake, diagnosticsOptions } = setup();
    const { createKeyframe } = FakeComponentParam.prototype;
    // A Premiere that stores keys 1 dB lower than asked.
    vi.spyOn(FakeComponentParam.prototype, 'createKeyframe').mockImplementation(function (this: FakeComponentParam, value) {
      return createKeyframe.call(this, typeof value === 'number' ? value * 10 ** (-1 / 20) : value);
    });
    const report = await runPremiereDiagnostics(fake.ppro, diagnosticsOptions);
    expect(report.entries.find((entry) => entry.label === 'Level read back vs written (clip at 0 dB)')).toMatchObject({ status: 'fail' });
    expect(verdict(report, 4)[0]).toMatchObject({ status: 'fail', answer: expect.stringMatching(/the Levels read back differ/) });
    const lost = report.entries.filter((entry) => entry.label === 'Probe failed' && /^Level read back .* written /.test(entry.value));
    expect(lost.map((entry) => entry.section)).toEqual([
      'Keyframe (b): add at a tick that holds a key',
      'Keyframe (c): remove + add at one tick',
      'Keyframe (d): setValue on a keyed param',
      'Keyframe: remove where no key is',
      'Interpolation between keys (editorLevelAt)',
    ]);
    expect(report.facts).toMatchObject({ addAtExistingTick: null, interpolation: null, strayKeyAtMediaZero: true });
  });

  it('reads getValueAtTime in either shape and reports which one this Premiere answers', async () => {
    const { fake, diagnosticsOptions } = setup({ valueShape: 'object' });
    const report = await runPremiereDiagnostics(fake.ppro, diagnosticsOptions);
    expect(report.facts.valueShape).toBe('object-value');
    expect(verdict(report, 3)[1]).toMatchObject({ status: 'ok', answer: expect.stringMatching(/1\.0 = \+15 dB confirmed/) });
    expect(report.facts.interpolation).toBe('linear-in-level');
  });

  it('lists speed-changed and reversed clips and says ClipRelay skips them', async () => {
    const { fake, diagnosticsOptions } = setup();
    const report = await runPremiereDiagnostics(fake.ppro, { ...diagnosticsOptions, scratch: false });
    const section = report.entries.filter((entry) => entry.section === 'Speed-changed and reversed clips');
    expect(section.map((entry) => [entry.label, entry.status])).toEqual([
      ['A2 "Score"', 'info'],
      ['Keyframe mapping for these clips', 'warn'],
    ]);
    expect(section[1]?.value).toMatch(/unsettled, so ClipRelay skips them/);
    expect(fake.undoLabels).toEqual([]);
  });

  it('counts a reversed clip (isSpeedReversed) among them', async () => {
    const { fake, diagnosticsOptions } = setup();
    // The scenario format has no reversed clips: reverse "Interview A" in the fake's state, as the editor would.
    const world = (
      fake.project as unknown as {
        world: { state: { sequences: Array<{ audioTracks: Array<{ items: Array<{ name: string; reversed?: boolean }> }> }> } };
      }
    ).world;
    const interview = world.state.sequences[0]!.audioTracks.flatMap((track) => track.items).find((item) => item.name === 'Interview A')!;
    interview.reversed = true;
    const report = await runPremiereDiagnostics(fake.ppro, { ...diagnosticsOptions, scratch: false });
    expect(report.facts.speedChangedClips).toEqual({
      count: 2,
      reversedCount: 1,
      examples: [
        { name: 'A1 "Interview A"', speed: 1, reversed: true },
        { name: 'A2 "Score"', speed: 2, reversed: false },
      ],
    });
  });

  it('verdicts can fail: a lock rule that contradicts the version, a Premiere below minVersion', async () => {
    const contradicting = setup({ profile: { ...PREMIERE_PROFILES['26.3'], enforcesLockRule: false } });
    const report = await runPremiereDiagnostics(contradicting.fake.ppro, { ...contradicting.diagnosticsOptions, scratch: false });
    expect(verdict(report, 9)[0]).toMatchObject({
      status: 'warn',
      answer: expect.stringMatching(/does not enforce the lock rule, but its version predicts the opposite/),
    });
    expect(report.facts.enforcesLockRule).toBe(false);

    const old = setup({ profile: '25.6' });
    const below = await runPremiereDiagnostics(old.fake.ppro, {
      ...old.diagnosticsOptions,
      hostInfo: { ...old.diagnosticsOptions.hostInfo!, hostVersion: '25.2.0' },
      scratch: false,
    });
    expect(below.entries.find((entry) => entry.label === 'Premiere meets minVersion')).toMatchObject({
      status: 'fail',
      value: '25.2.0 vs 25.6.0',
    });
  });

  it('a version profile that does not match the install is a warning', async () => {
    // The install says 26.3.2 but behaves like 25.6 (no getVideoFrameRate, no lock rule).
    const { fake, diagnosticsOptions } = setup({ profile: '25.6' });
    const report = await runPremiereDiagnostics(fake.ppro, {
      ...diagnosticsOptions,
      scratch: false,
      hostInfo: { ...diagnosticsOptions.hostInfo!, hostVersion: '26.3.2' },
    });
    expect(report.entries.find((entry) => entry.label === 'SequenceSettings.getVideoFrameRate')).toMatchObject({
      status: 'warn',
      value: expect.stringMatching(/^no .*expected yes on 26\.3\.2/),
    });
    expect(report.entries.find((entry) => entry.label === 'Frame rate ClipRelay uses')).toMatchObject({
      status: 'ok',
      value: '25.000 fps from the timebase (10160640000 ticks/frame)',
    });
    expect(report.facts.hasGetVideoFrameRate).toBe(false);
  });

  it('formats a copyable text report', async () => {
    const { fake, diagnosticsOptions } = setup();
    const text = formatDiagnosticsReport(await runPremiereDiagnostics(fake.ppro, diagnosticsOptions));
    expect(text.startsWith('ClipRelay diagnostics — 2026-03-01T09:00:00.000Z\n')).toBe(true);
    expect(text).toContain("== Host ==\n[info] Premiere Pro: 26.3.0 (from require('uxp').host.version)");
    expect(text).toContain('[info] Manifest: v5 package loaded; minVersion 25.6.0');
    expect(text).toContain('[ok]   Premiere meets minVersion: 26.3.0 vs 25.6.0');
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

describe('Premiere diagnostics on every version profile', () => {
  it.each(Object.keys(PREMIERE_PROFILES) as Array<keyof typeof PREMIERE_PROFILES>)(
    'runs every probe on %s and reports that profile as its facts',
    async (id) => {
      const profile = PREMIERE_PROFILES[id];
      const { fake, diagnosticsOptions } = setup({ profile: id });
      const report = await runPremiereDiagnostics(fake.ppro, {
        ...diagnosticsOptions,
        hostInfo: { ...diagnosticsOptions.hostInfo!, hostVersion: profile.hostVersion },
      });
      expect(report.entries.filter((entry) => entry.status === 'fail')).toEqual([]);
      expect(report.entries.filter((entry) => entry.status === 'warn').map((entry) => entry.label)).toEqual([
        'Keyframe mapping for these clips',
      ]);
      expect(report.facts).toMatchObject({
        hostVersion: profile.hostVersion,
        applicationVersion: profile.applicationVersion,
        hasGetVideoFrameRate: profile.hasGetVideoFrameRate,
        enforcesLockRule: profile.enforcesLockRule,
        hasMediaGetDuration: profile.hasMediaGetDuration,
        keyframeTimeBase: 'media',
        insertAtTrackCountCreatesTracks: true,
      });
    },
  );
});

describe('readPremiereVersion', () => {
  const info = { hostName: 'premierepro', hostVersion: '26.5.1', uxpVersion: 'uxp-9.0.0', pluginVersion: '0.1.0', uiLocale: 'en_US' };

  it("prefers require('uxp').host.version, and says what Application.version held", async () => {
    const fake = createFakePremiere(scenario, { profile: '26.5' });
    expect(await readPremiereVersion(fake.ppro, info)).toEqual({ version: '26.5.1', source: 'uxp-host', applicationVersion: 'undefined' });
  });

  it('awaits Application.version when UXP gives nothing (a Promise, as documented)', async () => {
    const fake = createFakePremiere(scenario, { profile: '25.6' });
    expect(await readPremiereVersion(fake.ppro, null)).toEqual({
      version: '25.6.2',
      source: 'application-version',
      applicationVersion: 'promise',
    });
    expect(await readPremiereVersion(fake.ppro, { ...info, hostVersion: '' })).toMatchObject({
      version: '25.6.2',
      source: 'application-version',
    });
  });

  it('reports an unknown version instead of "null" or "[object Promise]"', async () => {
    const fake = createFakePremiere(scenario, { profile: '26.3' });
    expect(await readPremiereVersion(fake.ppro, null)).toEqual({ version: null, source: null, applicationVersion: 'null' });
    const { diagnosticsOptions } = setup({ profile: '25.6' });
    const report = await runPremiereDiagnostics(fake.ppro, { ...diagnosticsOptions, hostInfo: null, scratch: false });
    expect(report.entries.find((entry) => entry.label === 'Premiere Pro')).toMatchObject({
      status: 'warn',
      value: 'unknown (no source answered)',
    });
    expect(verdict(report, 9)[0]?.status).toBe('warn');
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

  it('gives the JSON beside the text, in a block parseDiagnosticsReport reads back', async () => {
    const { fake, diagnosticsOptions } = setup();
    const text = await premiereDiagnosticsRunner(fake.ppro, diagnosticsOptions)();
    expect(text.indexOf('== VERIFY items')).toBeLessThan(text.indexOf('```json cliprelay-diagnostics'));
    const parsed = parseDiagnosticsReport(text);
    expect(parsed.schemaVersion).toBe(DIAGNOSTICS_SCHEMA_VERSION);
    expect(parsed.facts).toMatchObject({ removeAddSameTick: 'cancelled', keyframeTimeBase: 'media' });
    expect(parsed.verdicts.find((entry) => entry.item === 1)?.status).toBe('ok');
    // The JSON alone parses too; another schema version does not.
    const json = text.slice(text.indexOf('{', text.indexOf('```json')), text.lastIndexOf('}') + 1);
    expect(parseDiagnosticsReport(json).generatedAt).toBe('2026-03-01T09:00:00.000Z');
    expect(() => parseDiagnosticsReport(json.replace('"schemaVersion": 1', '"schemaVersion": 2'))).toThrow();
  });
});
