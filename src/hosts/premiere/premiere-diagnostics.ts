import type { Project, ProjectItem, Sequence, premierepro } from '@adobe/premierepro';
import { diagnosticsText as say, errorText, hostText, type DiagnosticsText } from '../../shared/diagnostics/diagnostics-text';
import type { SequenceSnapshot } from '../spec';
import { requireActiveProject } from './premiere-active-sequence';
import { DiagnosticsRecorder, formatDiagnosticsReportWithJson, type DiagnosticsReport } from './premiere-diagnostics-report';
import { readSequenceFrameRate } from './premiere-frame-rate';
import type { PremiereHost } from './premiere-host';
import { premiereLevelToDb } from './premiere-level';
import { mediaPathOf } from './premiere-media-path';
import { mediaDurationOf } from './premiere-placement';
import { levelValueOf, type ScratchSource } from './premiere-probe-scratch-context';
import { probeClipAudioTypes } from './premiere-probe-clip-audio-type';
import { probeSpeedChangedClips } from './premiere-probe-speed';
import { readPremiereVersion } from './premiere-probe-version';
import type { UxpHostInfo } from './premiere-runtime';
import { runScratchRoundTrip } from './premiere-scratch-round-trip';
import { TICKS_PER_SECOND } from './premiere-time';
import { readTrackItems, readTracks } from './premiere-track-items';
import { isClipVolumeMatchName, VOLUME_LEVEL_PARAM_INDEX } from './premiere-volume-param';

export interface PremiereDiagnosticsOptions {
  /** The panel's host: its last import is reported, and the scratch round trip runs through it. */
  readonly host: PremiereHost;
  /** `loadUxpHostInfo()`; null outside UXP. */
  readonly hostInfo: UxpHostInfo | null;
  /** What the panel found before installing polyfills, e.g. `{ TextEncoder: false, TextDecoder: false, fetch: true }`. */
  readonly runtimeFeatures?: Readonly<Record<string, boolean>>;
  /** From the bundled manifest. */
  readonly manifest?: { readonly manifestVersion: number; readonly minVersion: string };
  readonly now: () => number;
  /** Run the write probes in a scratch sequence (deleted afterwards). @default true */
  readonly scratch?: boolean;
  /** Keep the scratch sequence to look at it in the Timeline. @default false */
  readonly keepScratchSequence?: boolean;
}

/** The level of an untouched clip: 0 dB in Premiere's scale, where 1.0 = +15 dB (research §2.3). */
const UNITY_LEVEL = 10 ** (-15 / 20);
const MAX_AUDIO_CLIPS_PROBED = 24;
const MAX_BIN_ITEMS_SCANNED = 400;

/**
 * The first Premiere version that has each API or rule, as the fake's profiles model them
 * (test/support/fake-premierepro/fake-profiles.ts): a probe that finds otherwise is a `warn`, because
 * then the fake — and ClipRelay's guards — are wrong for this version.
 */
const SINCE = {
  /** `sequencesettings.md` "Since: 26.2". */
  getVideoFrameRate: '26.2',
  /** Premiere UXP changelog 26.3.0, BREAKING. */
  lockRule: '26.3',
  /** 26.5 types; Adobe's samples switched to it. */
  mediaGetDuration: '26.5',
} as const;

/** -1, 0 or 1, comparing dotted version numbers ("26.3.0" vs "25.6"). */
export function compareVersions(a: string, b: string): number {
  const parts = (version: string) => version.split('.').map((part) => Number.parseInt(part, 10) || 0);
  const [x, y] = [parts(a), parts(b)];
  for (let index = 0; index < Math.max(x.length, y.length); index += 1) {
    const difference = (x[index] ?? 0) - (y[index] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

/** Runs one probe; a throw becomes a `fail` entry in the probe's own section and the next probe runs. */
async function probe(record: DiagnosticsRecorder, section: DiagnosticsText, run: () => Promise<void>): Promise<void> {
  record.begin(section);
  try {
    await run();
  } catch (error) {
    record.begin(section);
    record.add(say('diagnostics.probeFailed'), errorText(error), 'fail');
  }
}

/** What a version-dependent probe looked for, in the report's words (a select of the catalog messages). */
type ProbeSubject = 'lockEnforced' | 'preLockRule' | 'sequenceSettingsDoc' | 'replacesMediaDuration';
const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/** Compares what a probe found with what the version predicts; `info` when the version is unknown. */
function versionExpectation(
  record: DiagnosticsRecorder,
  label: DiagnosticsText,
  found: boolean,
  version: string | null,
  since: string,
  what: ProbeSubject,
): void {
  if (version == null) {
    record.add(label, say('diagnostics.versionUnknownNothingToCompare', { found: yesNo(found), what }), 'info');
    return;
  }
  const expected = compareVersions(version, since) >= 0;
  record.add(
    label,
    say('diagnostics.versionExpectation', {
      found: yesNo(found),
      what,
      expected: yesNo(expected),
      version,
      since,
      matches: yesNo(found === expected),
    }),
    found === expected ? 'ok' : 'warn',
  );
}

async function probeHost(ppro: premierepro, record: DiagnosticsRecorder, options: PremiereDiagnosticsOptions): Promise<string | null> {
  const found = await readPremiereVersion(ppro, options.hostInfo);
  record.fact('hostVersion', found.version);
  record.fact('versionSource', found.source);
  record.fact('applicationVersion', found.applicationVersion);
  // The two sources are code, said as is in every language; only "no source answered" is words.
  const source =
    found.source === 'uxp-host'
      ? "require('uxp').host.version"
      : found.source === 'application-version'
        ? 'ppro.Application.version'
        : 'none';
  record.add(
    say('diagnostics.premierePro'),
    found.version == null
      ? say('diagnostics.premiereVersionUnknown', { source })
      : say('diagnostics.premiereVersionFrom', { version: found.version, source }),
    found.version == null ? 'warn' : 'info',
  );
  record.add(
    say('diagnostics.applicationVersionHolds'),
    say('diagnostics.applicationVersionShape', { shape: found.applicationVersion }),
    'info',
  );
  const info = options.hostInfo;
  record.add(
    say('diagnostics.uxp'),
    info == null
      ? say('diagnostics.notInUxp')
      : say('diagnostics.uxpIn', {
          uxpVersion: info.uxpVersion,
          hostName: info.hostName,
          hostVersion: info.hostVersion,
          uiLocale: info.uiLocale,
        }),
  );
  if (info != null) record.add(say('diagnostics.clipRelay'), hostText(info.pluginVersion));
  if (options.manifest != null) {
    const { manifestVersion, minVersion } = options.manifest;
    // That the panel loaded at all shows this Premiere accepted the manifest version: a fact, not a verdict.
    record.add(say('diagnostics.manifest'), say('diagnostics.manifestLoaded', { manifestVersion, minVersion }), 'info');
    record.add(
      say('diagnostics.meetsMinVersion'),
      found.version == null
        ? say('diagnostics.cannotCompareVersion')
        : say('diagnostics.versionVersus', { version: found.version, minVersion }),
      found.version == null ? 'warn' : compareVersions(found.version, minVersion) >= 0 ? 'ok' : 'fail',
    );
  }
  return found.version;
}

/** §6.9: does this Premiere refuse an action created outside lockedAccess, as 26.3+ should? */
async function probeLockRule(ppro: premierepro, record: DiagnosticsRecorder, version: string | null): Promise<void> {
  const project = await requireActiveProject(ppro);
  const root = await project.getRootItem();
  let enforced: boolean;
  try {
    // eslint-disable-next-line cliprelay/premiere-action-in-factory -- deliberate: probes whether Premiere refuses an action created outside lockedAccess; it is never committed
    root.createBinAction('ClipRelay lock probe', true);
    enforced = false;
  } catch {
    // Refused: the lock rule is enforced, which is the probe's answer, recorded below.
    enforced = true;
  }
  record.fact('enforcesLockRule', enforced);
  versionExpectation(
    record,
    say('diagnostics.lockRuleRefused'),
    enforced,
    version,
    SINCE.lockRule,
    enforced ? 'lockEnforced' : 'preLockRule',
  );
  const expected = version == null ? null : compareVersions(version, SINCE.lockRule) >= 0;
  record.verdict(
    9,
    say('diagnostics.verify9'),
    expected == null ? 'warn' : expected === enforced ? 'ok' : 'warn',
    say(version == null ? 'diagnostics.verify9AnswerUnknownVersion' : 'diagnostics.verify9Answer', {
      version: version ?? '',
      enforced: yesNo(enforced),
      prediction: expected == null ? 'none' : expected === enforced ? 'matches' : 'differs',
    }),
  );
}

function probeRuntime(record: DiagnosticsRecorder, features: Readonly<Record<string, boolean>> | undefined): void {
  if (features == null) {
    record.add(say('diagnostics.features'), say('diagnostics.featuresNotReported'), 'warn');
    return;
  }
  for (const [name, present] of Object.entries(features))
    record.add(
      say('diagnostics.runtimeFeature', { feature: name }),
      say(present ? 'diagnostics.featureNative' : 'diagnostics.featureMissing'),
    );
  record.verdict(
    8,
    say('diagnostics.verify8'),
    features.fetch === false ? 'fail' : 'info',
    say('diagnostics.verify8Answer', {
      encoder: features.TextEncoder === true ? 'native' : 'missing',
      fetch: features.fetch === false ? 'missing' : 'present',
    }),
  );
}

/** Issue 9 item 1: `getVideoFrameRate` where it exists, compared with the timebase every version has. */
async function probeFrameRateApi(
  ppro: premierepro,
  sequence: Sequence,
  record: DiagnosticsRecorder,
  version: string | null,
): Promise<void> {
  const settings = await sequence.getSettings();
  const has = typeof (settings as Partial<typeof settings>).getVideoFrameRate === 'function';
  record.fact('hasGetVideoFrameRate', has);
  versionExpectation(record, say('diagnostics.getVideoFrameRate'), has, version, SINCE.getVideoFrameRate, 'sequenceSettingsDoc');
  const timebase = Number(await sequence.getTimebase());
  const fromTimebase = TICKS_PER_SECOND / timebase;
  const used = await readSequenceFrameRate(ppro, sequence);
  if (!has) {
    record.add(
      say('diagnostics.frameRateUsed'),
      say('diagnostics.frameRateFromTimebase', { fps: used.value, timebase }),
      Number.isFinite(fromTimebase) ? 'ok' : 'fail',
    );
    return;
  }
  const direct = settings.getVideoFrameRate();
  const agree = Math.abs(direct.value - fromTimebase) < 1e-3;
  record.add(
    say('diagnostics.frameRateVersusTimebase'),
    say('diagnostics.frameRateComparison', { direct: direct.value, timebase, fps: fromTimebase }),
    agree ? 'ok' : 'fail',
  );
}

/** Issue 9 item 4: `Media.getDuration()` where it exists (26.5), else the deprecated `Media.duration`. */
async function probeMediaDuration(
  ppro: premierepro,
  item: ProjectItem,
  record: DiagnosticsRecorder,
  version: string | null,
): Promise<void> {
  const clip = ppro.ClipProjectItem.cast(item);
  const media = clip == null ? null : await clip.getMedia();
  if (media == null) {
    record.add(say('diagnostics.mediaGetDuration'), say('diagnostics.noMediaItem'), 'warn');
    return;
  }
  const has = typeof (media as unknown as { getDuration?: unknown }).getDuration === 'function';
  record.fact('hasMediaGetDuration', has);
  versionExpectation(record, say('diagnostics.mediaGetDuration'), has, version, SINCE.mediaGetDuration, 'replacesMediaDuration');
}

async function probeSequence(sequence: Sequence, snapshot: SequenceSnapshot, record: DiagnosticsRecorder): Promise<void> {
  record.add(
    say('diagnostics.project'),
    snapshot.projectPath === ''
      ? say('diagnostics.projectNotSaved', { name: snapshot.projectName })
      : say('diagnostics.projectAt', { name: snapshot.projectName, path: snapshot.projectPath }),
  );
  const [timebase, settings, inPoint, outPoint, end] = await Promise.all([
    sequence.getTimebase(),
    sequence.getSettings(),
    sequence.getInPoint(),
    sequence.getOutPoint(),
    sequence.getEndTime(),
  ]);
  // Diagnostics report what Premiere answers; a refused call shows as unknown in the report.
  const channelType = await settings.getAudioChannelType().catch(() => null);
  record.add(
    say('diagnostics.sequence'),
    say('diagnostics.sequenceFormat', {
      name: snapshot.name,
      width: snapshot.frameWidth,
      height: snapshot.frameHeight,
      fps: snapshot.frameRate,
      timebase,
    }),
  );
  record.add(
    say('diagnostics.audioChannelType'),
    channelType == null ? say('diagnostics.unknown') : say('diagnostics.channelType', { type: String(channelType) }),
  );
  record.add(say('diagnostics.playhead'), say('diagnostics.seconds', { seconds: snapshot.playheadSeconds }));
  record.add(
    say('diagnostics.inOutEnd'),
    say('diagnostics.inOutEndTicks', {
      inTicks: inPoint.ticks,
      outTicks: outPoint.ticks,
      endTicks: end.ticks,
      inSeconds: snapshot.inPointSeconds ?? 'none',
      outSeconds: snapshot.outPointSeconds ?? 'none',
      endSeconds: snapshot.endSeconds,
    }),
  );
  const clips = (tracks: SequenceSnapshot['videoTracks']) => tracks.reduce((sum, track) => sum + track.clips.length, 0);
  record.add(
    say('diagnostics.tracks'),
    say('diagnostics.trackCounts', {
      videoTracks: snapshot.videoTracks.length,
      videoClips: clips(snapshot.videoTracks),
      audioTracks: snapshot.audioTracks.length,
      audioClips: clips(snapshot.audioTracks),
    }),
  );
}

/** §6.3: component match names per audio clip, the Level param, its value shapes, and an untouched Level. */
async function probeAudioComponents(ppro: premierepro, sequence: Sequence, record: DiagnosticsRecorder): Promise<void> {
  const signatures = new Map<string, { count: number; examples: string[] }>();
  const volumeNames = new Map<string, number>();
  let probed = 0;
  let withoutVolume = 0;
  let untouched: { name: string; level: number | null } | null = null;
  let shape: string | null = null;
  for (const track of await readTracks(sequence, 'audio')) {
    for (const item of await readTrackItems(ppro, track)) {
      if (probed >= MAX_AUDIO_CLIPS_PROBED) break;
      probed += 1;
      const chain = await item.getComponentChain();
      const names: string[] = [];
      let volumeFound = false;
      for (let index = 0; index < chain.getComponentCount(); index += 1) {
        const component = chain.getComponentAtIndex(index);
        const matchName = await component.getMatchName();
        names.push(`${matchName} ("${await component.getDisplayName()}", ${component.getParamCount()} params)`);
        if (!isClipVolumeMatchName(matchName) || component.getParamCount() <= VOLUME_LEVEL_PARAM_INDEX || volumeFound) continue;
        volumeFound = true;
        volumeNames.set(matchName, (volumeNames.get(matchName) ?? 0) + 1);
        const level = component.getParam(VOLUME_LEVEL_PARAM_INDEX);
        const start = await level.getStartValue();
        const atIn = levelValueOf(await level.getValueAtTime(await item.getInPoint()));
        record.facts.valueShape ??= atIn.shape;
        shape ??= `getStartValue() → { value: ${typeof start.value === 'object' && start.value != null ? `{ value: ${typeof (start.value as { value?: unknown }).value} }` : typeof start.value} }; getValueAtTime → ${atIn.shape}; param ${VOLUME_LEVEL_PARAM_INDEX} is "${level.displayName}"`;
        if (untouched == null && !level.isTimeVarying()) untouched = { name: await item.getName(), level: atIn.level };
      }
      if (!volumeFound) withoutVolume += 1;
      const signature = names.join(' | ');
      const entry = signatures.get(signature) ?? { count: 0, examples: [] };
      entry.count += 1;
      if (entry.examples.length < 3) entry.examples.push(await item.getName());
      signatures.set(signature, entry);
    }
  }
  if (probed === 0) {
    record.add(say('diagnostics.audioClips'), say('diagnostics.noAudioClipsInSequence'), 'warn');
    record.verdict(3, say('diagnostics.verify3Components'), 'warn', say('diagnostics.noAudioClipsToLookAt'));
    record.verdict(3, say('diagnostics.verify3Scale'), 'warn', say('diagnostics.noAudioClipsToLookAt'));
    return;
  }
  // A signature and the value shape are Premiere's own names and code (match names, display names), said as is.
  for (const [signature, { count, examples }] of signatures)
    record.add(say('diagnostics.clipsLike', { count, examples: examples.join(', ') }), hostText(signature));
  if (shape != null) record.add(say('diagnostics.levelValueShape'), hostText(shape));
  const summary = [...volumeNames].map(([name, count]) => `${name} ×${count}`).join(', ');
  record.verdict(
    3,
    say('diagnostics.verify3Components'),
    withoutVolume === 0 && volumeNames.size > 0 ? 'ok' : 'warn',
    say('diagnostics.verify3ComponentsAnswer', { summary: summary || 'none', withoutCount: withoutVolume, shape: shape ?? '' }),
  );
  const found = untouched;
  if (found == null || found.level == null) {
    record.verdict(
      3,
      say('diagnostics.verify3Scale'),
      'warn',
      found == null ? say('diagnostics.everyClipHasKeyframes') : say('diagnostics.levelNotANumber', { name: found.name }),
    );
    return;
  }
  const isUnity = Math.abs(found.level - UNITY_LEVEL) < 1e-6;
  record.add(
    say('diagnostics.untouchedLevel'),
    say('diagnostics.untouchedLevelValue', { name: found.name, level: found.level, db: premiereLevelToDb(found.level) }),
    isUnity ? 'ok' : 'info',
  );
  record.verdict(
    3,
    say('diagnostics.verify3Scale'),
    isUnity ? 'ok' : 'warn',
    say(isUnity ? 'diagnostics.verify3ScaleConfirmed' : 'diagnostics.verify3ScaleDiffers', { name: found.name, level: found.level }),
  );
}

async function probeImport(ppro: premierepro, sequence: Sequence | null, host: PremiereHost, record: DiagnosticsRecorder): Promise<void> {
  const last = host.lastImportLookups;
  record.add(
    say('diagnostics.lastImport'),
    last == null
      ? say('diagnostics.noImportYet')
      : say('diagnostics.importFoundAfter', { mediaPath: last.mediaPath, lookupCount: last.lookups }),
  );
  let match: { readonly file: string; readonly foundCount: number } | null = null;
  for (const track of sequence == null ? [] : await readTracks(sequence, 'video')) {
    const [item] = await readTrackItems(ppro, track);
    if (item == null) continue;
    const clip = ppro.ClipProjectItem.cast(await item.getProjectItem());
    if (clip == null) continue;
    const path = await clip.getMediaFilePath();
    if (path === '') continue;
    const name = path.split(/[\\/]/).pop() ?? path;
    const found = await clip.findItemsMatchingMediaPath(name, true);
    match = { file: name, foundCount: found.length };
    break;
  }
  record.add(say('diagnostics.lookupByMediaPath'), match == null ? say('diagnostics.noClipToTry') : say('diagnostics.lookupFound', match));
  record.verdict(
    5,
    say('diagnostics.verify5'),
    last == null ? 'info' : last.lookups <= 20 ? 'ok' : 'warn',
    say('diagnostics.verify5Answer', {
      lookupCount: last == null ? 'none' : last.lookups,
      file: match?.file ?? 'none',
      foundCount: match?.foundCount ?? 0,
    }),
  );
}

/** Write probes need a few seconds of media; the time-base probe's head trim needs 2 s. */
const MIN_SCRATCH_SECONDS = 2;
const MAX_SCRATCH_CANDIDATES = 24;

/**
 * A media item for the scratch sequence: of the active sequence's audio clips with a file, an A/V one
 * if there is one, and the one with the shortest media of at least 2 s — every probe places the whole media (UXP sets no In/Out), and
 * slots are two media lengths apart, so a two-hour interview would make a timeline of days. With no
 * sequence open, the first clip item with a file in the project's bins, so the write probes still run.
 */
async function findScratchSource(ppro: premierepro, project: Project, sequence: Sequence | null): Promise<ScratchSource | null> {
  // An A/V item is what Generate places (§6.2 asks about A/V), so media seen on a video track comes first.
  const withVideo = new Set<string>();
  for (const track of sequence == null ? [] : await readTracks(sequence, 'video')) {
    for (const item of await readTrackItems(ppro, track)) {
      const projectItem = await item.getProjectItem().catch(() => null);
      if (projectItem != null) withVideo.add(projectItem.getId());
    }
  }
  const better = (a: { seconds: number; video: boolean }, b: { seconds: number; video: boolean } | null) =>
    b == null || (a.video !== b.video ? a.video : a.seconds < b.seconds);
  let best: { source: ScratchSource; seconds: number; video: boolean } | null = null;
  let candidates = 0;
  for (const track of sequence == null ? [] : await readTracks(sequence, 'audio')) {
    for (const item of await readTrackItems(ppro, track)) {
      if (candidates >= MAX_SCRATCH_CANDIDATES) break;
      const projectItem = await item.getProjectItem().catch(() => null);
      const mediaPath = projectItem == null ? null : await mediaPathOf(ppro, projectItem);
      if (projectItem == null || mediaPath == null) continue;
      candidates += 1;
      // A duration Premiere does not give shows as unknown; the clip can still be a scratch candidate.
      const seconds = (await mediaDurationOf(ppro, projectItem).catch(() => null))?.seconds ?? null;
      if (seconds == null || seconds < MIN_SCRATCH_SECONDS) continue;
      const candidate = { seconds, video: withVideo.has(projectItem.getId()) };
      if (!better(candidate, best)) continue;
      best = { source: { item: projectItem, name: await item.getName(), mediaPath }, ...candidate };
    }
  }
  if (best != null) return best.source;
  const pending: ProjectItem[] = [...(await (await project.getRootItem()).getItems())];
  for (let scanned = 0; pending.length > 0 && scanned < MAX_BIN_ITEMS_SCANNED; scanned += 1) {
    const next = pending.shift()!;
    const bin = ppro.FolderItem.cast(next);
    if (bin != null) {
      pending.push(...(await bin.getItems()));
      continue;
    }
    const clip = ppro.ClipProjectItem.cast(next);
    if (clip == null || (await clip.isSequence())) continue;
    const mediaPath = await mediaPathOf(ppro, next);
    if (mediaPath != null) return { item: next, name: next.name, mediaPath };
  }
  return null;
}

/**
 * Settles research §6's VERIFY items and issue 9's observations on a real install with one click:
 * read-only probes of the host, the project, the active sequence and its clips, then (unless disabled)
 * write probes in a scratch sequence that is deleted afterwards. Every probe is isolated: one that
 * fails is reported in its own section and the others still run — no open sequence skips only the
 * probes that need one.
 */
export async function runPremiereDiagnostics(ppro: premierepro, options: PremiereDiagnosticsOptions): Promise<DiagnosticsReport> {
  const record = new DiagnosticsRecorder(say('diagnostics.sectionHost'));
  let version: string | null = null;
  await probe(record, say('diagnostics.sectionHost'), async () => {
    version = await probeHost(ppro, record, options);
  });
  await probe(record, say('diagnostics.sectionRuntime'), async () => probeRuntime(record, options.runtimeFeatures));
  await probe(record, say('diagnostics.sectionLockRule'), () => probeLockRule(ppro, record, version));

  let project: Project | null = null;
  let sequence: Sequence | null = null;
  await probe(record, say('diagnostics.sectionProjectAndSequence'), async () => {
    project = await requireActiveProject(ppro);
    sequence = (await project.getActiveSequence()) ?? null;
    if (sequence == null) {
      record.add(say('diagnostics.activeSequence'), say('diagnostics.noActiveSequence'), 'fail');
      return;
    }
    await probeSequence(sequence, await options.host.readActiveSequence(), record);
  });
  const openProject = project as Project | null;
  const active = sequence as Sequence | null;
  if (active != null) {
    await probe(record, say('diagnostics.sectionFrameRateApi'), () => probeFrameRateApi(ppro, active, record, version));
    await probe(record, say('diagnostics.sectionAudioComponents'), () => probeAudioComponents(ppro, active, record));
    await probe(record, say('diagnostics.sectionSpeedChanged'), () => probeSpeedChangedClips(ppro, active, record));
    await probe(record, say('diagnostics.sectionClipTypes'), () => probeClipAudioTypes(ppro, active, record));
  }
  await probe(record, say('diagnostics.sectionImportLookup'), () => probeImport(ppro, active, options.host, record));

  let source: ScratchSource | null = null;
  if (openProject != null) {
    await probe(record, say('diagnostics.sectionScratchSource'), async () => {
      source = await findScratchSource(ppro, openProject, active);
      if (source == null) record.add(say('diagnostics.writeProbeMedia'), say('diagnostics.noWriteProbeMedia'), 'warn');
    });
  }
  const media = source as ScratchSource | null;
  if (media != null) await probe(record, say('diagnostics.sectionMediaApi'), () => probeMediaDuration(ppro, media.item, record, version));
  if (options.scratch !== false && openProject != null && media != null) {
    await probe(record, say('diagnostics.sectionScratch'), () =>
      runScratchRoundTrip(ppro, openProject, options.host, media, record, {
        keepScratchSequence: options.keepScratchSequence === true,
        nowIso: new Date(options.now()).toISOString(),
      }),
    );
  }
  return record.report(new Date(options.now()).toISOString());
}

/**
 * The panel's "Run diagnostics": runs the probes and answers what Copy copies — the text report, then
 * its JSON in a fenced block (`parseDiagnosticsReport` reads either). `readOnly` skips the scratch
 * sequence.
 */
export function premiereDiagnosticsRunner(ppro: premierepro, options: Omit<PremiereDiagnosticsOptions, 'scratch' | 'keepScratchSequence'>) {
  return async (run: { readonly readOnly?: boolean; readonly keepScratchSequence?: boolean } = {}): Promise<string> =>
    formatDiagnosticsReportWithJson(
      await runPremiereDiagnostics(ppro, {
        ...options,
        scratch: run.readOnly !== true,
        keepScratchSequence: run.keepScratchSequence === true,
      }),
    );
}
