import type { Project, ProjectItem, Sequence, premierepro } from '@adobe/premierepro';
import { describeError } from '../../shared/app-error';
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
async function probe(record: DiagnosticsRecorder, section: string, run: () => Promise<void>): Promise<void> {
  record.begin(section);
  try {
    await run();
  } catch (error) {
    record.begin(section);
    record.add('Probe failed', describeError(error), 'fail');
  }
}

/** Compares what a probe found with what the version predicts; `info` when the version is unknown. */
function versionExpectation(
  record: DiagnosticsRecorder,
  label: string,
  found: boolean,
  version: string | null,
  since: string,
  what: string,
): void {
  if (version == null) {
    record.add(label, `${found ? 'yes' : 'no'} (${what}); the Premiere version is unknown, so nothing to compare`, 'info');
    return;
  }
  const expected = compareVersions(version, since) >= 0;
  record.add(
    label,
    `${found ? 'yes' : 'no'} (${what}); expected ${expected ? 'yes' : 'no'} on ${version} (since ${since})${found === expected ? '' : ' — the version profile is wrong for this install: please attach the JSON report'}`,
    found === expected ? 'ok' : 'warn',
  );
}

async function probeHost(ppro: premierepro, record: DiagnosticsRecorder, options: PremiereDiagnosticsOptions): Promise<string | null> {
  const found = await readPremiereVersion(ppro, options.hostInfo);
  record.fact('hostVersion', found.version);
  record.fact('versionSource', found.source);
  record.fact('applicationVersion', found.applicationVersion);
  const source =
    found.source === 'uxp-host'
      ? "require('uxp').host.version"
      : found.source === 'application-version'
        ? 'ppro.Application.version'
        : 'no source answered';
  record.add(
    'Premiere Pro',
    found.version == null ? `unknown (${source})` : `${found.version} (from ${source})`,
    found.version == null ? 'warn' : 'info',
  );
  record.add(
    'Application.version holds',
    `${found.applicationVersion} (documented as a Promise; observed null on 26.3.2, undefined on 26.5.1)`,
    'info',
  );
  const info = options.hostInfo;
  record.add(
    'UXP',
    info == null ? 'not running in UXP' : `${info.uxpVersion} in ${info.hostName} ${info.hostVersion}, locale ${info.uiLocale}`,
  );
  if (info != null) record.add('ClipRelay', info.pluginVersion);
  if (options.manifest != null) {
    const { manifestVersion, minVersion } = options.manifest;
    // That the panel loaded at all shows this Premiere accepted the manifest version: a fact, not a verdict.
    record.add('Manifest', `v${manifestVersion} package loaded; minVersion ${minVersion}`, 'info');
    record.add(
      'Premiere meets minVersion',
      found.version == null ? `cannot compare: the version is unknown` : `${found.version} vs ${minVersion}`,
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
    'Action created outside lockedAccess refused',
    enforced,
    version,
    SINCE.lockRule,
    enforced ? 'the lock rule is enforced' : 'pre-26.3 behaviour',
  );
  const expected = version == null ? null : compareVersions(version, SINCE.lockRule) >= 0;
  record.verdict(
    9,
    'minVersion 25.6.0 (GA) vs 26.3.0 (lock rule)',
    expected == null ? 'warn' : expected === enforced ? 'ok' : 'warn',
    `Premiere ${version ?? '(unknown version)'} ${enforced ? 'enforces' : 'does not enforce'} the lock rule${
      expected == null ? '' : expected === enforced ? ', as its version predicts' : `, but its version predicts the opposite`
    }; ClipRelay creates every action inside lockedAccess, which both behaviours accept`,
  );
}

function probeRuntime(record: DiagnosticsRecorder, features: Readonly<Record<string, boolean>> | undefined): void {
  if (features == null) {
    record.add('Features', 'not reported by the panel', 'warn');
    return;
  }
  for (const [name, present] of Object.entries(features)) record.add(name, present ? 'native' : 'missing (polyfilled or unused)');
  const encoder = features.TextEncoder === true ? 'native' : 'missing';
  record.verdict(
    8,
    'TextEncoder; ky timeouts, retries and progress under UXP fetch',
    features.fetch === false ? 'fail' : 'info',
    `TextEncoder ${encoder} (ClipRelay installs its own when missing); fetch ${features.fetch === false ? 'missing' : 'present'}; ky's behaviour shows in a real generation (Jobs tab), not in this read-only probe`,
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
  versionExpectation(record, 'SequenceSettings.getVideoFrameRate', has, version, SINCE.getVideoFrameRate, 'sequencesettings.md');
  const timebase = Number(await sequence.getTimebase());
  const fromTimebase = TICKS_PER_SECOND / timebase;
  const used = await readSequenceFrameRate(ppro, sequence);
  if (!has) {
    record.add(
      'Frame rate ClipRelay uses',
      `${used.value.toFixed(3)} fps from the timebase (${timebase} ticks/frame)`,
      Number.isFinite(fromTimebase) ? 'ok' : 'fail',
    );
    return;
  }
  const direct = settings.getVideoFrameRate();
  const agree = Math.abs(direct.value - fromTimebase) < 1e-3;
  record.add(
    'getVideoFrameRate vs timebase',
    `${direct.value} fps vs 254016000000 / ${timebase} = ${fromTimebase.toFixed(4)} fps`,
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
    record.add('Media.getDuration', 'no media item to look at', 'warn');
    return;
  }
  const has = typeof (media as unknown as { getDuration?: unknown }).getDuration === 'function';
  record.fact('hasMediaGetDuration', has);
  versionExpectation(record, 'Media.getDuration', has, version, SINCE.mediaGetDuration, 'replaces the deprecated Media.duration');
}

async function probeSequence(sequence: Sequence, snapshot: SequenceSnapshot, record: DiagnosticsRecorder): Promise<void> {
  record.add('Project', `${snapshot.projectName} (${snapshot.projectPath || 'not saved yet'})`);
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
    'Sequence',
    `"${snapshot.name}": ${snapshot.frameWidth}×${snapshot.frameHeight} at ${snapshot.frameRate} fps, timebase ${timebase} ticks/frame`,
  );
  record.add(
    'Audio channel type',
    channelType == null ? 'unknown' : (['mono', 'stereo', '5.1', 'multichannel'][channelType] ?? String(channelType)),
  );
  record.add('Playhead', `${snapshot.playheadSeconds.toFixed(3)} s`);
  record.add(
    'In / Out / End (raw)',
    `${inPoint.ticks} / ${outPoint.ticks} / ${end.ticks} ticks → In ${snapshot.inPointSeconds ?? 'none'}, Out ${snapshot.outPointSeconds ?? 'none'}, end ${snapshot.endSeconds} s`,
  );
  const clips = (tracks: SequenceSnapshot['videoTracks']) => tracks.reduce((sum, track) => sum + track.clips.length, 0);
  record.add(
    'Tracks',
    `${snapshot.videoTracks.length} video (${clips(snapshot.videoTracks)} clips), ${snapshot.audioTracks.length} audio (${clips(snapshot.audioTracks)} clips)`,
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
    record.add('Audio clips', 'none in the active sequence: open a sequence with mono, stereo and 5.1 clips and run again', 'warn');
    record.verdict(3, 'Volume component per channel layout; Level = param 1; value shape', 'warn', 'no audio clips to look at');
    record.verdict(3, 'Level scale: an untouched clip reads 0.17782794 (0 dB)', 'warn', 'no audio clips to look at');
    return;
  }
  for (const [signature, { count, examples }] of signatures) record.add(`${count} clip(s) like ${examples.join(', ')}`, signature);
  if (shape != null) record.add('Level value shape', shape);
  const summary = [...volumeNames].map(([name, count]) => `${name} ×${count}`).join(', ');
  record.verdict(
    3,
    'Volume component per channel layout; Level = param 1; value shape',
    withoutVolume === 0 && volumeNames.size > 0 ? 'ok' : 'warn',
    `${summary || 'no Volume component'}${withoutVolume > 0 ? `; ${withoutVolume} clip(s) without one ClipRelay can use` : ''}; ${shape ?? ''} (add mono, stereo and 5.1 clips to the sequence to see all three)`,
  );
  const found = untouched;
  if (found == null || found.level == null) {
    record.verdict(
      3,
      'Level scale: an untouched clip reads 0.17782794 (0 dB)',
      'warn',
      found == null
        ? 'every audio clip has keyframes; add an untouched clip and run again'
        : `"${found.name}" answered a Level that is not a number`,
    );
    return;
  }
  const isUnity = Math.abs(found.level - UNITY_LEVEL) < 1e-6;
  record.add(
    'Level of a clip without keyframes',
    `"${found.name}": ${found.level} = ${premiereLevelToDb(found.level).toFixed(3)} dB by level = 10^((dB − 15)/20)`,
    isUnity ? 'ok' : 'info',
  );
  record.verdict(
    3,
    'Level scale: an untouched clip reads 0.17782794 (0 dB)',
    isUnity ? 'ok' : 'warn',
    isUnity
      ? `"${found.name}" reads ${found.level}: 1.0 = +15 dB confirmed`
      : `"${found.name}" reads ${found.level}; if you never changed its volume, the scale differs from research §2.3`,
  );
}

async function probeImport(ppro: premierepro, sequence: Sequence | null, host: PremiereHost, record: DiagnosticsRecorder): Promise<void> {
  const last = host.lastImportLookups;
  record.add(
    'Last import in this session',
    last == null ? 'none yet (generate a clip, then run again)' : `${last.mediaPath} found after ${last.lookups} lookup(s), 50 ms apart`,
  );
  let matchAnswer = 'no clip with a media file to try';
  for (const track of sequence == null ? [] : await readTracks(sequence, 'video')) {
    const [item] = await readTrackItems(ppro, track);
    if (item == null) continue;
    const clip = ppro.ClipProjectItem.cast(await item.getProjectItem());
    if (clip == null) continue;
    const path = await clip.getMediaFilePath();
    if (path === '') continue;
    const name = path.split(/[\\/]/).pop() ?? path;
    const found = await clip.findItemsMatchingMediaPath(name, true);
    matchAnswer = `findItemsMatchingMediaPath("${name}") found ${found.length} item(s)`;
    break;
  }
  record.add('Lookup by media path', matchAnswer);
  record.verdict(
    5,
    'Import completion timing and best lookup',
    last == null ? 'info' : last.lookups <= 20 ? 'ok' : 'warn',
    `${last == null ? 'no import yet this session' : `the last import appeared after ${last.lookups} lookup(s)`}; ClipRelay diffs the target bin by media path (${matchAnswer})`,
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
  const record = new DiagnosticsRecorder('Host');
  let version: string | null = null;
  await probe(record, 'Host', async () => {
    version = await probeHost(ppro, record, options);
  });
  await probe(record, 'JavaScript runtime', async () => probeRuntime(record, options.runtimeFeatures));
  await probe(record, 'Lock rule', () => probeLockRule(ppro, record, version));

  let project: Project | null = null;
  let sequence: Sequence | null = null;
  await probe(record, 'Project and sequence', async () => {
    project = await requireActiveProject(ppro);
    sequence = (await project.getActiveSequence()) ?? null;
    if (sequence == null) {
      record.add('Active sequence', 'none: Open a sequence in the Timeline panel to run the sequence probes; the others still run', 'fail');
      return;
    }
    await probeSequence(sequence, await options.host.readActiveSequence(), record);
  });
  const openProject = project as Project | null;
  const active = sequence as Sequence | null;
  if (active != null) {
    await probe(record, 'Frame rate API', () => probeFrameRateApi(ppro, active, record, version));
    await probe(record, 'Audio clip components', () => probeAudioComponents(ppro, active, record));
    await probe(record, 'Speed-changed and reversed clips', () => probeSpeedChangedClips(ppro, active, record));
    await probe(record, 'Essential Sound clip types', () => probeClipAudioTypes(ppro, active, record));
  }
  await probe(record, 'Import lookup', () => probeImport(ppro, active, options.host, record));

  let source: ScratchSource | null = null;
  if (openProject != null) {
    await probe(record, 'Scratch source', async () => {
      source = await findScratchSource(ppro, openProject, active);
      if (source == null)
        record.add('Media for the write probes', 'none: import an audio or A/V file into the project and run again', 'warn');
    });
  }
  const media = source as ScratchSource | null;
  if (media != null) await probe(record, 'Media API', () => probeMediaDuration(ppro, media.item, record, version));
  if (options.scratch !== false && openProject != null && media != null) {
    await probe(record, 'Scratch sequence (writes only into a scratch sequence)', () =>
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
