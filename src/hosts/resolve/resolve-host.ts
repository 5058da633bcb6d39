import type {
  ClipGainEnvelope,
  ClipProvenance,
  HostCapabilities,
  HostOperation,
  ImportedMedia,
  NleHost,
  PlaceClipOutcome,
  PlaceClipRequest,
  SequenceSnapshot,
  TrackKind,
  VolumeAutomation,
} from '../spec';
import { HostOperationError, TrackOccupiedError, type HostNote } from '../spec';
import type { Resolve, ResolveMediaPoolItem, ResolveTimelineItem } from './resolve-api';
import { ensureBinPath, findPoolItem } from './resolve-bins';
import { detectFeatures, type ResolveFeatures } from './resolve-capabilities';
import { requireTimeline, type ResolveContext } from './resolve-context';
import { layDuckSegments } from './resolve-duck-segments';
import { swapInRenderedAudio, type RenderedAudioSwap } from './resolve-audio-swap';
import { ResolveEditJournal, type JournalStore } from './resolve-edit-journal';
import { readProvenanceOf, writeProvenanceOf } from './resolve-provenance';
import { resolveRefusal } from './resolve-refusals';
import { timecodeToFrames } from './resolve-timecode';
import { duckTimelineCopy, type TimelineCopyDucking } from './resolve-timeline-copy';
import { clipIdOf, readTimeline, type ResolveClipView } from './resolve-timeline-read';
import { applyUndoStep, itemRef, type ResolveUndoStep } from './resolve-undo-steps';

const DEFAULT_PROVENANCE_LABEL = 'ClipRelay: record clip provenance';
/** Where rendered, ducked sound is imported: beside ClipRelay's provider bins, never among the editor's. */
const RENDERED_AUDIO_BIN = ['ClipRelay', 'Ducked audio'];

const IMPORT: HostOperation = { kind: 'importMedia', name: 'Import' };

function firstItemOf(context: ResolveContext, kind: TrackKind): ResolveTimelineItem | null {
  for (let index = 1; index <= context.timeline.GetTrackCount(kind); index += 1) {
    const item = context.timeline.GetItemListInTrack(kind, index)?.[0];
    if (item != null) return item;
  }
  return null;
}

/**
 * NleHost over DaVinci Resolve's scripting objects (reached through the Workflow Integration bridge in
 * the plugin's main process). Resolve answers truthy for edits it did not make, so every edit is read
 * back; it offers no undo grouping, so ClipRelay journals its own changes (`undoLastChange`).
 */
export class ResolveHost implements NleHost {
  readonly journal: ResolveEditJournal;
  private features: ResolveFeatures;

  constructor(
    private readonly resolve: Resolve,
    private readonly options: {
      /** Before 21.1: duck a copy of the timeline through Resolve's OTIO round trip. @default none: such a duck is refused */
      readonly timelineCopy?: TimelineCopyDucking;
      /** Keeps "Undo last ClipRelay change" across panel restarts. @default none: the journal lives as long as this host */
      readonly journalStore?: JournalStore;
    } = {},
  ) {
    this.journal = new ResolveEditJournal(options.journalStore ?? null);
    this.features = this.probe();
  }

  get capabilities(): HostCapabilities {
    return {
      name: 'DaVinci Resolve',
      writesGainKeyframes: false,
      writesGainSteps: this.features.clipVolume,
      writesProvenance: true,
      ducksRetimedClips: false,
      overwritesOccupiedSpans: false,
      revealsInBin: false,
      readsSelection: this.features.timelineSelection,
    };
  }

  /** What this Resolve offers, as last probed. */
  get detectedFeatures(): ResolveFeatures {
    return this.features;
  }

  /** Takes back ClipRelay's newest change (a placement, a provenance write or a duck); its label, or null. */
  async undoLastChange(): Promise<string | null> {
    const { project } = requireTimeline(this.resolve);
    return this.journal.undoLast(project.GetUniqueId(), (entry) => {
      for (const step of entry.steps) applyUndoStep(project, step);
    });
  }

  private async record(context: ResolveContext, label: string, steps: readonly ResolveUndoStep[]): Promise<void> {
    await this.journal.record({ label, projectId: context.project.GetUniqueId(), steps });
  }

  private probe(): ResolveFeatures {
    try {
      const context = requireTimeline(this.resolve);
      return detectFeatures(this.resolve, firstItemOf(context, 'audio') ?? firstItemOf(context, 'video'));
    } catch {
      return detectFeatures(this.resolve, null);
    }
  }

  async readActiveSequence(): Promise<SequenceSnapshot> {
    const context = requireTimeline(this.resolve);
    const { timeline, rate, startFrame } = context;
    const read = readTimeline(context);
    const seconds = (relativeFrames: number) => relativeFrames / rate.fps;
    const marks = typeof timeline.GetMarkInOut === 'function' ? (timeline.GetMarkInOut()['video'] ?? {}) : {};
    const selected = typeof timeline.GetSelectedClips === 'function' ? timeline.GetSelectedClips() : null;
    const all = [...read.videoTracks, ...read.audioTracks].flatMap((track) => track.clips);
    return Promise.resolve({
      projectName: context.project.GetName(),
      projectPath: '',
      name: timeline.GetName(),
      frameRate: rate.fps,
      frameWidth: Number(timeline.GetSetting('timelineResolutionWidth')) || 1920,
      frameHeight: Number(timeline.GetSetting('timelineResolutionHeight')) || 1080,
      playheadSeconds: seconds(timecodeToFrames(timeline.GetCurrentTimecode(), rate) - startFrame),
      inPointSeconds: marks['in'] == null ? null : seconds(marks['in']),
      outPointSeconds: marks['out'] == null ? null : seconds(marks['out']),
      endSeconds: Math.max(0, ...all.map((clip) => clip.endSeconds)),
      videoTracks: read.videoTracks,
      audioTracks: read.audioTracks,
      ...(selected == null
        ? {}
        : { selectedClipIds: [...new Set(selected.map((item) => read.clipIdOfItem.get(item.GetUniqueId())).filter((id) => id != null))] }),
    });
  }

  async importMedia(mediaPath: string, binPath: readonly string[]): Promise<ImportedMedia> {
    const { pool } = requireTimeline(this.resolve);
    const folder = ensureBinPath(pool, binPath);
    if (!pool.SetCurrentFolder(folder)) throw resolveRefusal.binNotOpened(IMPORT, binPath.join('/'));
    const isOurs = (item: ResolveMediaPoolItem) => item.GetClipProperty()['File Path'] === mediaPath;
    // 21.1 prefers the {FilePath} dict; before it that form may import nothing (research §1.7), so the path form follows.
    const imported = (pool.ImportMedia([{ FilePath: mediaPath }]) ?? []).find(isOurs) ?? (pool.ImportMedia([mediaPath]) ?? []).find(isOurs);
    if (imported == null) throw resolveRefusal.mediaNotImported(IMPORT, mediaPath);
    return Promise.resolve({ itemId: imported.GetUniqueId(), mediaPath, binPath: [...binPath] });
  }

  private poolItem(context: ResolveContext, itemId: string, operation: HostOperation): ResolveMediaPoolItem {
    const item = findPoolItem(context.pool, itemId);
    if (item == null) throw resolveRefusal.poolItemGone(operation, itemId);
    return item;
  }

  async placeClip(request: PlaceClipRequest): Promise<PlaceClipOutcome> {
    const operation: HostOperation = { kind: 'placeClip', name: request.undoLabel };
    const context = requireTimeline(this.resolve);
    const { timeline, pool, rate, startFrame } = context;
    if (request.overwrite === true) throw HostOperationError.resolveCannotOverwrite(operation);
    const poolItem = this.poolItem(context, request.media.itemId, operation);
    const properties = poolItem.GetClipProperty();
    const sourceFrames = Number(properties['Frames']);
    const mediaFps = Number(properties['FPS']) || rate.fps;
    const type = properties['Type'] ?? '';
    const streams: { kind: TrackKind; index: number; mediaType: 1 | 2 }[] = [
      ...(/video/i.test(type) ? [{ kind: 'video' as const, index: request.videoTrackIndex, mediaType: 1 as const }] : []),
      ...(/audio/i.test(type) ? [{ kind: 'audio' as const, index: request.audioTrackIndex, mediaType: 2 as const }] : []),
    ];
    const recordFrame = startFrame + Math.round(request.atSeconds * rate.fps);
    const endFrame = recordFrame + Math.round((sourceFrames / mediaFps) * rate.fps);
    for (const stream of streams) {
      const count = timeline.GetTrackCount(stream.kind);
      if (stream.index > count) throw resolveRefusal.trackMissing(operation, stream.index + 1, count + 1);
      const occupant = (timeline.GetItemListInTrack(stream.kind, stream.index + 1) ?? []).find(
        (item) => item.GetStart() < endFrame && recordFrame < item.GetEnd(),
      );
      if (occupant != null) throw new TrackOccupiedError(operation, stream.kind, stream.index, occupant.GetName());
    }
    const createdTracks: TrackKind[] = [];
    const placed: ResolveTimelineItem[] = [];
    const priorProvenance = readProvenanceOf(poolItem);
    const revert = () => {
      if (placed.length > 0) timeline.DeleteClips(placed, false);
      for (const kind of [...createdTracks].reverse()) timeline.DeleteTrack(kind, timeline.GetTrackCount(kind));
      if (request.provenance != null) writeProvenanceOf(poolItem, priorProvenance);
    };
    try {
      for (const stream of streams) {
        if (stream.index === timeline.GetTrackCount(stream.kind)) {
          if (!timeline.AddTrack(stream.kind, stream.kind === 'audio' ? 'stereo' : undefined))
            throw resolveRefusal.trackNotAdded(operation, stream.kind);
          createdTracks.push(stream.kind);
          // Named for what it carries, so the Duck tab counts it as generated audio (its role by name).
          timeline.SetTrackName(stream.kind, stream.index + 1, 'ClipRelay');
        }
        pool.AppendToTimeline([
          {
            mediaPoolItem: poolItem,
            startFrame: 0,
            endFrame: sourceFrames,
            mediaType: stream.mediaType,
            trackIndex: stream.index + 1,
            recordFrame,
          },
        ]);
        // Resolve can answer a list and place nothing (research §2.2): only the track says what is there.
        const landed = (timeline.GetItemListInTrack(stream.kind, stream.index + 1) ?? []).find(
          (item) => item.GetStart() === recordFrame && item.GetMediaPoolItem()?.GetUniqueId() === poolItem.GetUniqueId(),
        );
        if (landed == null) throw resolveRefusal.nothingPlaced(operation, `${stream.kind === 'video' ? 'V' : 'A'}${stream.index + 1}`);
        placed.push(landed);
      }
      if (placed.length === 2 && !timeline.SetClipsLinked(placed, true)) throw resolveRefusal.videoAudioNotLinked(operation);
      const provenanceRecorded = request.provenance != null && writeProvenanceOf(poolItem, request.provenance);
      const timelineId = timeline.GetUniqueId();
      await this.record(context, operation.name, [
        {
          kind: 'remove-items',
          timelineId,
          items: placed.map((item, index) => itemRef(streams[index]!.kind, streams[index]!.index + 1, item)),
        },
        ...[...createdTracks]
          .reverse()
          .map((kind) => ({ kind: 'delete-track' as const, timelineId, trackKind: kind, trackIndex: timeline.GetTrackCount(kind) })),
        ...(request.provenance == null
          ? []
          : [{ kind: 'provenance' as const, poolItemId: poolItem.GetUniqueId(), prior: priorProvenance }]),
      ]);
      this.features = detectFeatures(this.resolve, placed.at(-1) ?? null);
      const idOf = (kind: TrackKind) => {
        const stream = streams.find((candidate) => candidate.kind === kind);
        return stream == null ? null : clipIdOf(kind, stream.index, recordFrame);
      };
      return {
        videoClipId: idOf('video') ?? '',
        audioClipId: idOf('audio'),
        startSeconds: (recordFrame - startFrame) / rate.fps,
        endSeconds: (endFrame - startFrame) / rate.fps,
        provenanceRecorded,
      };
    } catch (error) {
      revert();
      throw error;
    }
  }

  async writeProvenance(itemId: string, provenance: ClipProvenance, undoLabel = DEFAULT_PROVENANCE_LABEL): Promise<void> {
    const context = requireTimeline(this.resolve);
    const operation: HostOperation = { kind: 'recordProvenance', name: undoLabel };
    const item = this.poolItem(context, itemId, operation);
    const prior = readProvenanceOf(item);
    if (!writeProvenanceOf(item, provenance)) {
      writeProvenanceOf(item, prior);
      throw resolveRefusal.provenanceNotKept(operation);
    }
    await this.record(context, undoLabel, [{ kind: 'provenance', poolItemId: item.GetUniqueId(), prior }]);
  }

  async readProvenance(itemId: string): Promise<ClipProvenance | null> {
    const item = findPoolItem(requireTimeline(this.resolve).pool, itemId);
    return Promise.resolve(item == null ? null : readProvenanceOf(item));
  }

  private audioView(context: ResolveContext, clipId: string, operation: HostOperation): ResolveClipView {
    const view = readTimeline(context).views.get(clipId);
    if (view == null || view.clip.trackKind !== 'audio') {
      throw HostOperationError.clipGone(operation, clipId);
    }
    return view;
  }

  async readVolumeAutomation(clipId: string): Promise<VolumeAutomation> {
    const context = requireTimeline(this.resolve);
    const view = this.audioView(context, clipId, { kind: 'readSequence', name: 'Read volume' });
    const levelOf = (item: ResolveTimelineItem) => {
      if (typeof item.GetProperties !== 'function') return 0; // before 21.1 no clip level is readable: unity
      const properties = item.GetProperties();
      return properties['AudioVolumeEnabled'] === false ? 0 : Number(properties['AudioVolume'] ?? 0);
    };
    if (view.record == null) return Promise.resolve({ staticLevelDb: levelOf(view.items[0]!), keyframes: [] });
    const seconds = (frame: number) => (frame - context.startFrame) / context.rate.fps;
    // Each segment holds one level: one point per segment start, held until the next (a step, not a ramp).
    return Promise.resolve({
      staticLevelDb: view.record.baseLevelDb,
      keyframes: view.items.map((item) => ({ timeSeconds: seconds(item.GetStart()), levelDb: levelOf(item), writtenByClipRelay: true })),
    });
  }

  /**
   * Resolve before 21.1, by the editor's choice: each clip's audio replaced, on the same track and range, by
   * a file the panel rendered with the ducking applied (imported into ClipRelay/Ducked audio), linked to its
   * picture and read back; one journal entry puts every original back.
   */
  async swapInRenderedAudio(swaps: readonly RenderedAudioSwap[], undoLabel: string): Promise<readonly HostNote[]> {
    const context = requireTimeline(this.resolve);
    const operation: HostOperation = { kind: 'duck', name: undoLabel };
    const views = swaps.map((swap) => this.audioView(context, swap.clipId, operation));
    const undo: ResolveUndoStep[] = [];
    try {
      for (const [index, swap] of swaps.entries()) {
        const { itemId } = await this.importMedia(swap.renderedPath, RENDERED_AUDIO_BIN);
        undo.unshift(swapInRenderedAudio(context, views[index]!, this.poolItem(context, itemId, operation), operation));
      }
    } catch (error) {
      for (const step of undo) applyUndoStep(context.project, step);
      throw error;
    }
    await this.record(context, undoLabel, undo);
    const files = swaps.map((swap) => `"${swap.renderedPath.split(/[\\/]/).pop() ?? swap.renderedPath}"`).join(', ');
    return [
      {
        message: `This Resolve cannot change a clip's volume from a plugin (that came in 21.1), so ClipRelay rendered the ducked sound into new files beside the originals (${files}) and swapped them in as the clips' audio, linked to their picture. "Undo last ClipRelay change" puts the original audio back.`,
        localized: { id: 'duck.noteRenderedSwap', values: { files } },
      },
    ];
  }

  async writeGainEnvelopes(envelopes: readonly ClipGainEnvelope[], undoLabel: string): Promise<readonly HostNote[]> {
    const operation: HostOperation = { kind: 'duck', name: undoLabel };
    const seen = new Set<string>();
    for (const { clipId } of envelopes) {
      if (seen.has(clipId)) throw HostOperationError.twoEnvelopes(operation, clipId);
      seen.add(clipId);
    }
    const context = requireTimeline(this.resolve);
    const views = envelopes.map((envelope) => this.audioView(context, envelope.clipId, operation));
    for (const view of views) {
      if (view.clip.speed !== 1) throw HostOperationError.resolveRetimed(operation, view.clip.speed);
    }
    const copy = this.options.timelineCopy;
    if (views.some((view) => typeof view.items[0]!.SetProperties !== 'function') && copy != null) {
      const made = await duckTimelineCopy(this.resolve, context, views, envelopes, copy, operation);
      await this.record(context, undoLabel, [
        { kind: 'timeline-copy', originalTimelineId: context.timeline.GetUniqueId(), copyTimelineId: made.timeline.GetUniqueId() },
      ]);
      return [
        {
          message: `This Resolve cannot change a clip's volume from a plugin (that came in 21.1), so ClipRelay ducked a copy of the timeline through Resolve's own OTIO export and opened it: "${made.name}". The original timeline is untouched; "Undo last ClipRelay change" deletes the copy.`,
          localized: { id: 'duck.noteTimelineCopy', values: { timeline: made.name } },
        },
      ];
    }
    for (const view of views) {
      if (typeof view.items[0]!.SetProperties !== 'function') throw resolveRefusal.needsClipVolume(operation);
    }
    const undo: ResolveUndoStep[] = [];
    try {
      envelopes.forEach((envelope, index) => undo.unshift(layDuckSegments(context, views[index]!, envelope.points, operation)));
    } catch (error) {
      for (const step of undo) applyUndoStep(context.project, step);
      throw error;
    }
    await this.record(context, undoLabel, undo);
    return [];
  }
}
