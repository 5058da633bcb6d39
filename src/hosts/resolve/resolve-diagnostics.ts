import { DiagnosticsLog, formatDiagnosticsBody, type DiagnosticStatus } from '../../shared/diagnostics/diagnostics-lines';
import { diagnosticsText as say, errorText, hostText, type DiagnosticsText } from '../../shared/diagnostics/diagnostics-text';
import type { Resolve, ResolveMediaPoolItem, ResolveTimeline } from './resolve-api';
import { detectFeatures } from './resolve-capabilities';
import { requireTimeline } from './resolve-context';
import { framesToTimecode } from './resolve-timecode';

/** Marks the JSON block after the text (the panel reads it to say the report in the editor's language). */
const RESOLVE_DIAGNOSTICS_JSON_FENCE = '```json cliprelay-resolve-diagnostics';
const RESOLVE_DIAGNOSTICS_SCHEMA_VERSION = 1;

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
 * The text is English; the JSON block after it carries each part's catalog message for the panel.
 */
export function runResolveDiagnostics(resolve: Resolve, options: ResolveDiagnosticsOptions): string {
  const generatedAt = new Date(options.now()).toISOString();
  const log = new DiagnosticsLog(say('diagnostics.sectionResolve'));
  const note = (heading: DiagnosticsText, status: DiagnosticStatus, label: DiagnosticsText, value: DiagnosticsText) => {
    log.begin(heading);
    log.add(label, value, status);
  };
  const report = () => {
    const text = formatDiagnosticsBody({ host: 'resolve', generatedAt, entries: log.entries, verdicts: [] });
    const json = { schemaVersion: RESOLVE_DIAGNOSTICS_SCHEMA_VERSION, host: 'resolve', generatedAt, entries: log.entries };
    return `${text}\n${RESOLVE_DIAGNOSTICS_JSON_FENCE}\n${JSON.stringify(json, null, 2)}\n\`\`\`\n`;
  };
  const resolveSection = say('diagnostics.sectionResolve');
  const timelineSection = say('diagnostics.sectionTimeline');
  const scratchSection = say('diagnostics.sectionScratchRoundTrip');
  note(
    resolveSection,
    resolve.GetProductName() === 'DaVinci Resolve Studio' ? 'ok' : 'warn',
    say('diagnostics.product'),
    hostText(resolve.GetProductName()),
  );
  note(resolveSection, 'info', say('diagnostics.version'), hostText(resolve.GetVersionString()));
  note(
    resolveSection,
    'info',
    say('diagnostics.workflowIntegration'),
    options.bridgeVersion == null ? say('diagnostics.noGetInfo') : hostText(options.bridgeVersion),
  );
  let context;
  try {
    context = requireTimeline(resolve);
  } catch (error) {
    note(timelineSection, 'fail', say('diagnostics.currentTimeline'), errorText(error));
    return report();
  }
  const { timeline, pool, project, rate, startFrame } = context;
  const probeItem = timeline.GetItemListInTrack('audio', 1)?.[0] ?? timeline.GetItemListInTrack('video', 1)?.[0] ?? null;
  const features = detectFeatures(resolve, probeItem);
  const callsSection = say('diagnostics.sectionCallsFound');
  const feature = (label: DiagnosticsText, present: boolean, missing: DiagnosticsText) =>
    note(callsSection, present ? 'ok' : 'info', label, present ? say('diagnostics.yes') : missing);
  feature(
    say('diagnostics.callClipVolume'),
    features.clipVolume,
    probeItem == null ? say('diagnostics.callClipVolumeUnknown') : say('diagnostics.callClipVolumeMissing'),
  );
  feature(say('diagnostics.callThirdPartyMetadata'), features.thirdPartyMetadata, say('diagnostics.callThirdPartyMetadataMissing'));
  feature(say('diagnostics.callTimelineSelection'), features.timelineSelection, say('diagnostics.callTimelineSelectionMissing'));
  feature(say('diagnostics.callMarkInOut'), features.markInOut, say('diagnostics.no'));
  feature(say('diagnostics.callLinkedItems'), features.linkedItems, say('diagnostics.callLinkedItemsMissing'));
  feature(say('diagnostics.callOtioRoundTrip'), features.otioRoundTrip, say('diagnostics.no'));
  note(timelineSection, 'info', say('diagnostics.name'), hostText(timeline.GetName()));
  note(
    timelineSection,
    'info',
    say('diagnostics.frameRate'),
    say('diagnostics.resolveFrameRate', {
      setting: timeline.GetSetting('timelineFrameRate'),
      dropFrame: rate.dropFrame ? 'yes' : 'no',
      fps: rate.fps,
    }),
  );
  note(
    timelineSection,
    'info',
    say('diagnostics.startsAt'),
    say('diagnostics.startsAtFrame', { timecode: framesToTimecode(startFrame, rate), frame: startFrame }),
  );
  note(timelineSection, 'info', say('diagnostics.playhead'), hostText(timeline.GetCurrentTimecode()));
  note(
    timelineSection,
    'info',
    say('diagnostics.tracks'),
    say('diagnostics.resolveTrackCounts', { videoTracks: timeline.GetTrackCount('video'), audioTracks: timeline.GetTrackCount('audio') }),
  );
  if (options.readOnly === true) return report();

  const poolItem: ResolveMediaPoolItem | null = probeItem?.GetMediaPoolItem() ?? null;
  if (poolItem == null) {
    note(scratchSection, 'warn', say('diagnostics.skipped'), say('diagnostics.putAClipOnTrack'));
    return report();
  }
  const scratch: ResolveTimeline | null | undefined = pool.CreateEmptyTimeline(`ClipRelay diagnostics ${options.now()}`);
  if (scratch == null || project.SetCurrentTimeline?.(scratch) !== true) {
    note(scratchSection, 'fail', say('diagnostics.scratchTimeline'), say('diagnostics.scratchTimelineNotMade'));
    return report();
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
    note(
      scratchSection,
      placed == null ? 'fail' : 'ok',
      say('diagnostics.recordFrameAbsolute'),
      placed == null
        ? say('diagnostics.nothingPlaced')
        : say('diagnostics.placedFramesAfterStart', { frames: placed.GetStart() - scratch.GetStartFrame() }),
    );
    if (placed != null) {
      const duration = placed.GetDuration();
      note(
        scratchSection,
        duration === PROBE_FRAMES ? 'ok' : 'warn',
        say('diagnostics.endFrameExclusive'),
        say('diagnostics.askedPlacedFrames', { asked: PROBE_FRAMES, placed: duration }),
      );
      const answer = pool.AppendToTimeline([info]);
      const count = scratch.GetItemListInTrack(kind, 1)?.length ?? 0;
      note(
        scratchSection,
        count === 1 ? 'ok' : 'warn',
        say('diagnostics.occupiedRange'),
        say('diagnostics.occupiedRangeAnswer', {
          answer: Array.isArray(answer) ? 'list' : answer === false ? 'false' : 'nothing',
          listLength: Array.isArray(answer) ? answer.length : 0,
          count,
        }),
      );
    }
    note(scratchSection, 'info', say('diagnostics.timecodeLabel'), hostText(scratch.GetCurrentTimecode()));
  } finally {
    project.SetCurrentTimeline?.(timeline);
    if (options.keepScratchSequence !== true) pool.DeleteTimelines([scratch]);
    note(
      scratchSection,
      'info',
      say('diagnostics.scratchTimeline'),
      options.keepScratchSequence === true
        ? say('diagnostics.scratchTimelineKept', { name: scratch.GetName() })
        : say('diagnostics.scratchTimelineDeleted'),
    );
  }
  return report();
}
