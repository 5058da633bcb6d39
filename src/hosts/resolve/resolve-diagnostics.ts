import { describeError } from '../../shared/app-error';
import type { Resolve, ResolveMediaPoolItem, ResolveTimeline } from './resolve-api';
import { detectFeatures } from './resolve-capabilities';
import { requireTimeline } from './resolve-context';
import { framesToTimecode } from './resolve-timecode';

type Status = 'ok' | 'warn' | 'fail' | 'info';
const MARK: Record<Status, string> = { ok: '[ok]  ', warn: '[warn]', fail: '[FAIL]', info: '[info]' };

interface ResolveDiagnosticsOptions {
  /** The bridge module's own version (`GetInfo()`, 20.1+), or null where it has none. */
  readonly bridgeVersion: string | null;
  /** Only read: no scratch timeline. @default false */
  readonly readOnly?: boolean;
  /** Leave the scratch timeline for the editor to look at (and delete). @default false: deleted */
  readonly keepScratchSequence?: boolean;
  readonly now: () => number;
}

/** Frames the scratch placement asks for; what lands settles whether endFrame is exclusive. */
const PROBE_FRAMES = 10;

/**
 * Resolve Diagnostics: the user's Resolve against every assumption the fake makes (research §6), as a
 * copyable report. The scratch round trip places a few frames of a clip already in the project on a new
 * empty timeline, measures what Resolve did, goes back to the editor's timeline and deletes the scratch one.
 */
export function runResolveDiagnostics(resolve: Resolve, options: ResolveDiagnosticsOptions): string {
  const lines = [`ClipRelay diagnostics for DaVinci Resolve — ${new Date(options.now()).toISOString()}`];
  let section = '';
  const say = (heading: string, status: Status, label: string, value: string) => {
    if (heading !== section) lines.push('', `== ${(section = heading)} ==`);
    lines.push(`${MARK[status]} ${label}: ${value}`);
  };
  say('Resolve', resolve.GetProductName() === 'DaVinci Resolve Studio' ? 'ok' : 'warn', 'Product', resolve.GetProductName());
  say('Resolve', 'info', 'Version', resolve.GetVersionString());
  say('Resolve', 'info', 'WorkflowIntegration.node', options.bridgeVersion ?? 'no GetInfo (before 20.1)');
  let context;
  try {
    context = requireTimeline(resolve);
  } catch (error) {
    say('Timeline', 'fail', 'Current timeline', describeError(error));
    return `${lines.join('\n')}\n`;
  }
  const { timeline, pool, project, rate, startFrame } = context;
  const probeItem = timeline.GetItemListInTrack('audio', 1)?.[0] ?? timeline.GetItemListInTrack('video', 1)?.[0] ?? null;
  const features = detectFeatures(resolve, probeItem);
  const feature = (label: string, present: boolean, missing: string) =>
    say('Calls found', present ? 'ok' : 'info', label, present ? 'yes' : missing);
  feature(
    'Clip volume and fades (ducking in place)',
    features.clipVolume,
    probeItem == null ? 'unknown: no clip on A1/V1 to ask' : 'no: ducks a timeline copy (OTIO)',
  );
  feature('Third-party metadata (provenance)', features.thirdPartyMetadata, 'no: provenance kept in a media pool marker');
  feature('Timeline selection', features.timelineSelection, 'no: "only selected clips" unavailable');
  feature('Mark In/Out', features.markInOut, 'no');
  feature('Linked items', features.linkedItems, 'no: links are set but not read back');
  feature('Timeline export and import (OTIO import needs 18.6+)', features.otioRoundTrip, 'no');
  say('Timeline', 'info', 'Name', timeline.GetName());
  say(
    'Timeline',
    'info',
    'Frame rate',
    `${timeline.GetSetting('timelineFrameRate')} (${rate.dropFrame ? 'drop-frame' : 'non-drop'}) = ${rate.fps.toFixed(5)} fps`,
  );
  say('Timeline', 'info', 'Starts at', `${framesToTimecode(startFrame, rate)} (frame ${startFrame})`);
  say('Timeline', 'info', 'Playhead', timeline.GetCurrentTimecode());
  say('Timeline', 'info', 'Tracks', `${timeline.GetTrackCount('video')} video, ${timeline.GetTrackCount('audio')} audio`);
  if (options.readOnly === true) return `${lines.join('\n')}\n`;

  const poolItem: ResolveMediaPoolItem | null = probeItem?.GetMediaPoolItem() ?? null;
  if (poolItem == null) {
    say('Scratch round trip', 'warn', 'Skipped', 'put any clip on V1 or A1 and run again: the probe places a few frames of it');
    return `${lines.join('\n')}\n`;
  }
  const scratch: ResolveTimeline | null | undefined = pool.CreateEmptyTimeline(`ClipRelay diagnostics ${options.now()}`);
  if (scratch == null || project.SetCurrentTimeline?.(scratch) !== true) {
    say('Scratch round trip', 'fail', 'Scratch timeline', 'Resolve did not create or open it');
    return `${lines.join('\n')}\n`;
  }
  try {
    const kind = /video/i.test(poolItem.GetClipProperty()['Type'] ?? '') ? 'video' : 'audio';
    const record = scratch.GetStartFrame() + 10;
    const info = {
      mediaPoolItem: poolItem,
      startFrame: 0,
      endFrame: PROBE_FRAMES,
      mediaType: kind === 'video' ? (1 as const) : (2 as const),
      trackIndex: 1,
      recordFrame: record,
    };
    pool.AppendToTimeline([info]);
    const placed = scratch.GetItemListInTrack(kind, 1)?.[0];
    say(
      'Scratch round trip',
      placed == null ? 'fail' : 'ok',
      'recordFrame is absolute',
      placed == null ? 'nothing placed' : `placed at ${placed.GetStart() - scratch.GetStartFrame()} frames after the start (asked 10)`,
    );
    if (placed != null) {
      const duration = placed.GetDuration();
      say(
        'Scratch round trip',
        duration === PROBE_FRAMES ? 'ok' : 'warn',
        'endFrame is exclusive',
        `asked 0–${PROBE_FRAMES}, placed ${duration} frames`,
      );
      const answer = pool.AppendToTimeline([info]);
      const count = scratch.GetItemListInTrack(kind, 1)?.length ?? 0;
      say(
        'Scratch round trip',
        count === 1 ? 'ok' : 'warn',
        'Occupied range',
        `answered ${Array.isArray(answer) ? `a list of ${answer.length}` : answer === false ? 'false' : 'nothing'}, ${count} item(s) on the track`,
      );
    }
    say('Scratch round trip', 'info', 'Timecode label', scratch.GetCurrentTimecode());
  } finally {
    project.SetCurrentTimeline?.(timeline);
    if (options.keepScratchSequence !== true) pool.DeleteTimelines([scratch]);
    say(
      'Scratch round trip',
      'info',
      'Scratch timeline',
      options.keepScratchSequence === true ? `kept as "${scratch.GetName()}"` : 'deleted; your timeline is current again',
    );
  }
  return `${lines.join('\n')}\n`;
}
