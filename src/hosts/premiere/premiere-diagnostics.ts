import type { Project, Sequence, premierepro } from '@adobe/premierepro';
import { describeError } from '../../shared/app-error';
import type { SequenceSnapshot } from '../spec';
import { requireActiveSequence } from './premiere-active-sequence';
import { DiagnosticsRecorder, formatDiagnosticsReport, type DiagnosticsReport } from './premiere-diagnostics-report';
import type { PremiereHost } from './premiere-host';
import { premiereLevelToDb } from './premiere-level';
import type { UxpHostInfo } from './premiere-runtime';
import { runScratchRoundTrip, type ScratchSource } from './premiere-scratch-round-trip';
import { readTrackItems, readTracks } from './premiere-track-items';
import { isClipVolumeMatchName, levelFromParamValue, VOLUME_LEVEL_PARAM_INDEX } from './premiere-volume-param';

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

async function probe(record: DiagnosticsRecorder, label: string, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    record.add(label, describeError(error), 'fail');
  }
}

function probeHost(ppro: premierepro, record: DiagnosticsRecorder, options: PremiereDiagnosticsOptions): string {
  record.begin('Host');
  const version = String(ppro.Application?.version ?? '');
  record.add('Premiere Pro', version === '' ? 'unknown' : version);
  const info = options.hostInfo;
  record.add('UXP', info == null ? 'not running in UXP' : `${info.uxpVersion} in ${info.hostName} ${info.hostVersion}, locale ${info.uiLocale}`);
  if (info != null) record.add('ClipRelay', info.pluginVersion);
  if (options.manifest != null) {
    const below = version !== '' && compareVersions(version, options.manifest.minVersion) < 0;
    record.add('Manifest', `v${options.manifest.manifestVersion}, minVersion ${options.manifest.minVersion}`, below ? 'warn' : 'ok');
    record.verdict(
      7,
      'Manifest v5 accepted by this Premiere',
      'ok',
      `this panel runs from a manifestVersion ${options.manifest.manifestVersion} package, so Premiere ${version || '(unknown)'} accepts it`,
    );
  }
  return version;
}

async function probeLockRule(project: Project, record: DiagnosticsRecorder, version: string): Promise<void> {
  const root = await project.getRootItem();
  let enforced: boolean;
  try {
    // premiere-lint-allow action-in-factory -- deliberate: probes whether Premiere refuses an action created outside lockedAccess; it is never committed
    root.createBinAction('ClipRelay lock probe', true);
    enforced = false;
  } catch {
    enforced = true;
  }
  record.add('Action created outside lockedAccess', enforced ? 'refused: the 26.3 lock rule is enforced' : 'accepted (pre-26.3 behaviour)', 'info');
  record.verdict(
    9,
    'minVersion 25.6.0 (GA) vs 26.3.0 (lock rule)',
    'ok',
    `Premiere ${version || '(unknown)'} ${enforced ? 'enforces' : 'does not enforce'} the lock rule; ClipRelay creates every action inside lockedAccess, which both behaviours accept, so 25.6.0 stands`,
  );
}

function probeRuntime(record: DiagnosticsRecorder, features: Readonly<Record<string, boolean>> | undefined): void {
  record.begin('JavaScript runtime');
  if (features == null) {
    record.add('Features', 'not reported by the panel');
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

async function probeSequence(sequence: Sequence, snapshot: SequenceSnapshot, record: DiagnosticsRecorder): Promise<void> {
  record.begin('Project and sequence');
  record.add('Project', `${snapshot.projectName} (${snapshot.projectPath || 'not saved yet'})`);
  const [timebase, settings, inPoint, outPoint, end] = await Promise.all([
    sequence.getTimebase(),
    sequence.getSettings(),
    sequence.getInPoint(),
    sequence.getOutPoint(),
    sequence.getEndTime(),
  ]);
  const channelType = await settings.getAudioChannelType().catch(() => null);
  record.add('Sequence', `"${snapshot.name}": ${snapshot.frameWidth}×${snapshot.frameHeight} at ${snapshot.frameRate} fps, timebase ${timebase} ticks/frame`);
  record.add('Audio channel type', channelType == null ? 'unknown' : ['mono', 'stereo', '5.1', 'multichannel'][channelType] ?? String(channelType));
  record.add('Playhead', `${snapshot.playheadSeconds.toFixed(3)} s`);
  record.add(
    'In / Out / End (raw)',
    `${inPoint.ticks} / ${outPoint.ticks} / ${end.ticks} ticks → In ${snapshot.inPointSeconds ?? 'none'}, Out ${snapshot.outPointSeconds ?? 'none'}, end ${snapshot.endSeconds} s`,
  );
  const clips = (tracks: SequenceSnapshot['videoTracks']) => tracks.reduce((sum, track) => sum + track.clips.length, 0);
  record.add('Tracks', `${snapshot.videoTracks.length} video (${clips(snapshot.videoTracks)} clips), ${snapshot.audioTracks.length} audio (${clips(snapshot.audioTracks)} clips)`);
}

/** §6.3: component match names per audio clip, the Level param, its value shape, and an untouched Level. */
async function probeAudioComponents(ppro: premierepro, sequence: Sequence, record: DiagnosticsRecorder): Promise<void> {
  record.begin('Audio clip components');
  const signatures = new Map<string, { count: number; examples: string[] }>();
  const volumeNames = new Map<string, number>();
  let probed = 0;
  let withoutVolume = 0;
  let untouched: { name: string; level: unknown } | null = null;
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
        shape ??= `getStartValue() → { value: ${typeof start.value === 'object' && start.value != null ? `{ value: ${typeof (start.value as { value?: unknown }).value} }` : typeof start.value} }; param ${VOLUME_LEVEL_PARAM_INDEX} is "${level.displayName}"`;
        if (untouched == null && !level.isTimeVarying()) untouched = { name: await item.getName(), level: start.value?.value };
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
    withoutVolume === 0 ? 'ok' : 'warn',
    `${summary || 'no Volume component'}${withoutVolume > 0 ? `; ${withoutVolume} clip(s) without one ClipRelay can use` : ''}; ${shape ?? ''} (add mono, stereo and 5.1 clips to the sequence to see all three)`,
  );
  const found = untouched as { name: string; level: unknown } | null;
  const level = found == null ? null : levelFromParamValue(found.level);
  if (found == null || level == null) {
    record.verdict(3, 'Level scale: an untouched clip reads 0.17782794 (0 dB)', 'warn', 'every audio clip has keyframes; add an untouched clip and run again');
    return;
  }
  const isUnity = Math.abs(level - UNITY_LEVEL) < 1e-6;
  record.add('Level of a clip without keyframes', `"${found.name}": ${level} = ${premiereLevelToDb(level).toFixed(3)} dB by level = 10^((dB − 15)/20)`, isUnity ? 'ok' : 'info');
  record.verdict(
    3,
    'Level scale: an untouched clip reads 0.17782794 (0 dB)',
    isUnity ? 'ok' : 'warn',
    isUnity ? `"${found.name}" reads ${level}: 1.0 = +15 dB confirmed` : `"${found.name}" reads ${level}; if you never changed its volume, the scale differs from research §2.3`,
  );
}

async function probeImport(ppro: premierepro, sequence: Sequence, host: PremiereHost, record: DiagnosticsRecorder): Promise<void> {
  record.begin('Import lookup');
  const last = host.lastImportLookups;
  record.add('Last import in this session', last == null ? 'none yet (generate a clip, then run again)' : `${last.mediaPath} found after ${last.lookups} lookup(s), 50 ms apart`);
  let matchAnswer = 'no clip with a media file to try';
  for (const track of await readTracks(sequence, 'video')) {
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

/** The first audio clip with a media file whose project item the scratch sequence can place. */
async function scratchSourceOf(ppro: premierepro, sequence: Sequence, snapshot: SequenceSnapshot): Promise<ScratchSource | null> {
  for (const track of snapshot.audioTracks) {
    for (const clip of track.clips) {
      if (clip.mediaPath == null) continue;
      const items = await readTrackItems(ppro, await sequence.getAudioTrack(track.index));
      for (const item of items) {
        if ((await item.getStartTime()).seconds !== clip.startSeconds) continue;
        return { item: await item.getProjectItem(), clip };
      }
    }
  }
  return null;
}

/**
 * Settles research §6's VERIFY items on a real install with one click: read-only probes of the host,
 * the active sequence and its audio clips, then (unless disabled) write probes in a scratch sequence
 * that is deleted afterwards. Every probe is isolated: one failing probe is reported and the rest run.
 */
export async function runPremiereDiagnostics(ppro: premierepro, options: PremiereDiagnosticsOptions): Promise<DiagnosticsReport> {
  const record = new DiagnosticsRecorder('Host');
  const version = probeHost(ppro, record, options);
  probeRuntime(record, options.runtimeFeatures);
  let active: { project: Project; sequence: Sequence } | null = null;
  await probe(record, 'Active sequence', async () => {
    active = await requireActiveSequence(ppro);
  });
  const current = active as { project: Project; sequence: Sequence } | null;
  if (current == null) return record.report(new Date(options.now()).toISOString());
  const { project, sequence } = current;
  record.begin('Host');
  await probe(record, 'Lock rule', () => probeLockRule(project, record, version));

  let snapshot: SequenceSnapshot | null = null;
  await probe(record, 'Sequence', async () => {
    snapshot = await options.host.readActiveSequence();
    await probeSequence(sequence, snapshot, record);
  });
  await probe(record, 'Audio components', () => probeAudioComponents(ppro, sequence, record));
  await probe(record, 'Import', () => probeImport(ppro, sequence, options.host, record));

  const read = snapshot as SequenceSnapshot | null;
  if (options.scratch !== false && read != null) {
    await probe(record, 'Scratch round trip', async () => {
      const source = await scratchSourceOf(ppro, sequence, read);
      if (source == null) {
        record.begin('Scratch sequence round trip (writes only into a scratch sequence)');
        record.add('Skipped', 'the active sequence has no audio clip with a media file to borrow', 'warn');
        return;
      }
      await runScratchRoundTrip(ppro, project, options.host, source, record, {
        keepScratchSequence: options.keepScratchSequence === true,
        nowIso: new Date(options.now()).toISOString(),
      });
    });
  }
  return record.report(new Date(options.now()).toISOString());
}

/**
 * The panel's "Run diagnostics": runs the probes and answers the copyable text. `readOnly` skips the
 * scratch sequence.
 */
export function premiereDiagnosticsRunner(ppro: premierepro, options: Omit<PremiereDiagnosticsOptions, 'scratch' | 'keepScratchSequence'>) {
  return async (run: { readonly readOnly?: boolean; readonly keepScratchSequence?: boolean } = {}): Promise<string> =>
    formatDiagnosticsReport(await runPremiereDiagnostics(ppro, { ...options, scratch: run.readOnly !== true, keepScratchSequence: run.keepScratchSequence === true }));
}
