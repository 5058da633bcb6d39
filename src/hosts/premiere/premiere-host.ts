import type { Project, ProjectItem, Sequence, TickTime, premierepro } from '@adobe/premierepro';
import type {
  CapturedFrame,
  ClipGainEnvelope,
  ClipProvenance,
  FrameRequest,
  ProjectStill,
  HostCapabilities,
  ImportedMedia,
  NleHost,
  PlaceClipRequest,
  PlaceClipOutcome,
  SequenceSnapshot,
  VolumeAutomation,
} from '../spec';
import { describeError } from '../../shared/app-error';
import { errorPart, HostOperationError, type HostNote, type HostOperation } from '../spec';
import { requireActiveProject, requireActiveSequence } from './premiere-active-sequence';
import { encodeClipId } from './premiere-clip-id';
import { premiereFrames, type FrameFolder } from './premiere-frame-export';
import { readSequenceFrameRate } from './premiere-frame-rate';
import { readClipAutomation, type ClipAutomation } from './premiere-clip-automation';
import { keyframeOf, planGainEnvelope, type GainEnvelopePlan } from './premiere-gain-plan';
import { verifyGainWrites } from './premiere-gain-verify';
import { importIntoBin } from './premiere-import';
import { KEYFRAME_RECORD_COLUMN, serializeKeyframeRecord, updateKeyframeRecord, type RecordedKeyframe } from './premiere-keyframe-record';
import { registerMetadataProperties } from './premiere-metadata-schema';
import { assertSpanFree, choosePlacementEdit, clipStartsFrom, mediaDurationOf } from './premiere-placement';
import { findProjectItemById } from './premiere-project-items';
import { PrivateMetadataEditor } from './premiere-project-metadata';
import { premiereRefusal } from './premiere-refusals';
import {
  prepareProvenanceEdit,
  provenanceWasKept,
  readProvenanceOf,
  writeProvenanceOf,
  type PreparedProvenanceEdit,
} from './premiere-provenance';
import { normalizeSequenceMarks } from './premiere-sequence-marks';
import { frameAlignedTime } from './premiere-time';
import { findTrackItemOf, readTimelineTracks } from './premiere-track-items';
import { volumeAutomationOf } from './premiere-volume-automation';
import type { XmpToolkit } from './premiere-xmp-toolkit';
import { runTransaction } from './run-transaction';

interface PremiereHostOptions {
  /** Waits between lookups of items Premiere shows late. Injected so tests never sleep. */
  readonly delay: (delayMs: number) => Promise<void>;
  /** Lookups of a just-imported item, 50 ms apart, before giving up. @default 20 */
  readonly importLookupAttempts?: number;
  /** Lookups of the track items a placement created, 50 ms apart. @default 10 */
  readonly placementLookupAttempts?: number;
  /** UXP's XMP toolkit (`loadUxpXmp()`); null or absent uses the built-in text editor. @default null */
  readonly xmp?: XmpToolkit | null;
  /**
   * Keyframe positions on speed-changed and reversed clips have been checked on this install (no UXP
   * API can make such a clip in a scratch sequence, so only an editor's own check can settle it).
   * @default false: such clips are not ducked
   */
  readonly retimedKeyframesSettled?: boolean;
  /** The plugin's data folder for exported frames (thumbnails, a reference from the playhead). @default undefined (no frames) */
  readonly frames?: FrameFolder;
}

const LOOKUP_INTERVAL_MS = 50;

/** The sequence's guid as text (stable across renames), or null when this Premiere does not give one. */
function sequenceGuidOf(sequence: Sequence): string | null {
  try {
    const guid = sequence.guid?.toString() ?? '';
    return guid === '' ? null : guid;
  } catch {
    // A Premiere whose Sequence lacks a usable guid still has names to key choices by (sequence-track-roles.ts).
    return null;
  }
}

/** Two envelopes for one clip in one call would fight over the same keyframes: refused up front. */
function assertOneEnvelopePerClip(envelopes: readonly ClipGainEnvelope[], operation: HostOperation): void {
  const seen = new Set<string>();
  for (const { clipId } of envelopes) {
    if (seen.has(clipId)) throw HostOperationError.twoEnvelopes(operation, clipId);
    seen.add(clipId);
  }
}

/** A project item's metadata with its updated keyframe record, ready for the transaction. */
interface RecordWrite {
  readonly item: ProjectItem;
  readonly packet: string;
}
const DEFAULT_PROVENANCE_LABEL = 'ClipRelay: record clip provenance';
/** Reading a clip's Volume keyframes is part of reading the sequence, as the editor meets it (the Duck tab). */
const READ_VOLUME: HostOperation = { kind: 'readSequence', name: 'Read volume' };

/** How the last import found its item: the diagnostics report it (research §6.5). */
interface ImportLookupStats {
  readonly mediaPath: string;
  readonly lookups: number;
}

/**
 * NleHost over Premiere Pro's UXP API (26.3 lock rules). Every edit does its async reads first and
 * then commits all its actions in one `runTransaction`, so each call is one undo step.
 */
export class PremiereHost implements NleHost {
  readonly capabilities: HostCapabilities;
  readonly metadataEditor: PrivateMetadataEditor;
  private readonly importLookupAttempts: number;
  private readonly placementLookupAttempts: number;
  /** Bins ClipRelay imported items into, so later lookups by id search there first. */
  private readonly binOfItem = new Map<string, readonly string[]>();
  private lastImport: ImportLookupStats | null = null;

  constructor(
    private readonly ppro: premierepro,
    private readonly options: PremiereHostOptions,
  ) {
    this.importLookupAttempts = options.importLookupAttempts ?? 20;
    this.placementLookupAttempts = options.placementLookupAttempts ?? 10;
    this.metadataEditor = new PrivateMetadataEditor(options.xmp ?? null);
    this.capabilities = {
      name: 'Premiere Pro',
      writesGainKeyframes: true,
      writesProvenance: true,
      ducksRetimedClips: options.retimedKeyframesSettled === true,
      // No project-panel selection API is verified (research/premiere-uxp.md lists track-item selection only), so no Reveal in bin.
      revealsInBin: false,
      // Each track item answers getIsSelected() (documented since 25.0); see premiere-track-items.ts.
      readsSelection: true,
      // No UXP API reads Essential Sound's clip type (26.3 types and reference); Diagnostics looks for one.
      readsClipAudioTypes: false,
      // Exporter.exportSequenceFrame writes frames (26.3 types); the panel's canvas cannot decode video (research §4.5).
      capturesSequenceFrames: options.frames != null,
      readsProjectStills: options.frames != null,
    };
  }

  /** The latest import's lookup count, or null before the first import. */
  get lastImportLookups(): ImportLookupStats | null {
    return this.lastImport;
  }

  async captureSequenceFrame(atSeconds: number, request: FrameRequest): Promise<CapturedFrame> {
    return this.requireFrames({ kind: 'pictureSequence', name: 'Picture the sequence' }).captureSequenceFrame(atSeconds, request);
  }

  async listProjectStills(): Promise<readonly ProjectStill[]> {
    return this.requireFrames({ kind: 'useProjectStill', name: 'List project stills' }).listProjectStills();
  }

  async readProjectStill(itemId: string): Promise<CapturedFrame> {
    return this.requireFrames({ kind: 'useProjectStill', name: 'Use a project still' }).readProjectStill(itemId);
  }

  private requireFrames(operation: HostOperation): ReturnType<typeof premiereFrames> {
    if (this.options.frames == null) throw premiereRefusal.noFramesFolder(operation);
    return premiereFrames(this.ppro, this.options.frames, this.options.delay);
  }

  async readActiveSequence(): Promise<SequenceSnapshot> {
    const { project, sequence } = await requireActiveSequence(this.ppro);
    const [frameRate, playhead, frameSize, inPoint, outPoint, end, videoTracks, audioTracks] = await Promise.all([
      readSequenceFrameRate(this.ppro, sequence),
      sequence.getPlayerPosition(),
      sequence.getFrameSize(),
      sequence.getInPoint(),
      sequence.getOutPoint(),
      sequence.getEndTime(),
      readTimelineTracks(this.ppro, sequence, 'video'),
      readTimelineTracks(this.ppro, sequence, 'audio'),
    ]);
    const sequenceId = sequenceGuidOf(sequence);
    const selectedClipIds =
      videoTracks.selectedClipIds == null || audioTracks.selectedClipIds == null
        ? null
        : [...videoTracks.selectedClipIds, ...audioTracks.selectedClipIds];
    return {
      projectName: project.name,
      projectPath: project.path ?? '',
      name: sequence.name,
      ...(sequenceId != null ? { sequenceId } : {}),
      frameRate: frameRate.value,
      frameWidth: frameSize.width,
      frameHeight: frameSize.height,
      playheadSeconds: playhead.seconds,
      ...normalizeSequenceMarks(inPoint.seconds, outPoint.seconds, end.seconds),
      endSeconds: Math.max(0, end.seconds),
      videoTracks: videoTracks.tracks,
      audioTracks: audioTracks.tracks,
      ...(selectedClipIds != null ? { selectedClipIds } : {}),
    };
  }

  async importMedia(mediaPath: string, binPath: readonly string[]): Promise<ImportedMedia> {
    const project = await requireActiveProject(this.ppro);
    const imported = await importIntoBin(this.ppro, project, mediaPath, binPath, {
      delay: this.options.delay,
      attempts: this.importLookupAttempts,
      intervalMs: LOOKUP_INTERVAL_MS,
      onFound: (lookups) => {
        this.lastImport = { mediaPath, lookups };
      },
    });
    this.binOfItem.set(imported.itemId, imported.binPath);
    return imported;
  }

  /**
   * An overwrite edit on existing tracks, so nothing later on the timeline shifts. Unless the request
   * says `overwrite`, the span is checked first on both target tracks and an occupied one is refused
   * (TrackOccupiedError) before anything is changed. A new track can only come from an insert edit
   * (choosePlacementEdit): it is made so that it shifts nothing, and that is checked after the commit.
   */
  async placeClip(request: PlaceClipRequest): Promise<PlaceClipOutcome> {
    const operation: HostOperation = { kind: 'placeClip', name: request.undoLabel };
    const { project, sequence } = await requireActiveSequence(this.ppro);
    const item = await this.findItem(project, request.media.itemId, request.media.binPath);
    if (item == null) throw premiereRefusal.mediaLeftProject(operation, request.media.mediaPath);
    const frameRate = await readSequenceFrameRate(this.ppro, sequence);
    const at = frameAlignedTime(this.ppro.TickTime, request.atSeconds, frameRate);
    if (request.overwrite !== true) {
      const duration = await mediaDurationOf(this.ppro, item);
      if (duration == null) throw premiereRefusal.noMediaLength(operation, request.media.mediaPath);
      const end = at.add(duration);
      await assertSpanFree(this.ppro, sequence, 'video', request.videoTrackIndex, at, end, operation);
      await assertSpanFree(this.ppro, sequence, 'audio', request.audioTrackIndex, at, end, operation);
    }
    // When a new track is needed the edit is an insert that shifts nothing and overwrites nothing, even
    // if overwrite was asked for: the requested existing track may then be swapped for a new one.
    const edit = await choosePlacementEdit(this.ppro, sequence, at, request.videoTrackIndex, request.audioTrackIndex);
    const editor = this.ppro.SequenceEditor.getEditor(sequence);
    const startsBefore = edit.kind === 'overwrite' ? [] : await clipStartsFrom(this.ppro, sequence, at);
    const provenanceEdit = await this.prepareProvenanceWithPlacement(item, request, operation);
    runTransaction(project, operation, [
      edit.kind === 'overwrite'
        ? () => editor.createOverwriteItemAction(item, at, edit.videoTrackIndex, edit.audioTrackIndex)
        : () => editor.createInsertProjectItemAction(item, at, edit.videoTrackIndex, edit.audioTrackIndex, true),
      ...(provenanceEdit == null
        ? []
        : [() => this.ppro.Metadata.createSetProjectMetadataAction(provenanceEdit.item, provenanceEdit.packet, provenanceEdit.fields)]),
    ]);
    if (edit.kind !== 'overwrite') await this.assertNothingShifted(sequence, at, startsBefore, operation);

    // Edit actions return nothing: find the new track items by project item and start, within half a
    // frame (Premiere snaps starts to frames). Video and audio come from one action, so once either is
    // there the other is too — or absent (a WAV has no video).
    const itemId = item.getId();
    const toleranceTicks = frameRate.ticksPerFrame / 2;
    for (let attempt = 1; attempt <= this.placementLookupAttempts; attempt += 1) {
      const video = await findTrackItemOf(this.ppro, sequence, 'video', itemId, at.ticks, edit.videoTrackIndex, toleranceTicks);
      const audio = await findTrackItemOf(this.ppro, sequence, 'audio', itemId, at.ticks, edit.audioTrackIndex, toleranceTicks);
      const placed = video ?? audio;
      if (placed != null) {
        const [start, end] = await Promise.all([placed.item.getStartTime(), placed.item.getEndTime()]);
        const provenanceRecorded =
          request.provenance != null &&
          provenanceEdit != null &&
          (await provenanceWasKept(this.ppro, item, request.provenance, this.metadataEditor));
        return {
          provenanceRecorded,
          videoClipId: video == null ? '' : encodeClipId({ kind: 'video', trackIndex: video.trackIndex, startTicks: video.startTicks }),
          audioClipId: audio == null ? null : encodeClipId({ kind: 'audio', trackIndex: audio.trackIndex, startTicks: audio.startTicks }),
          startSeconds: start.seconds,
          endSeconds: end.seconds,
        };
      }
      if (attempt < this.placementLookupAttempts) await this.options.delay(LOOKUP_INTERVAL_MS);
    }
    throw premiereRefusal.placedClipMissing(operation, request.media.mediaPath, at.seconds);
  }

  /**
   * The provenance edit that rides in the placement's transaction, or null when none was asked for or it
   * cannot be prepared — the clip is placed anyway and the caller records provenance on its own (a clip is
   * never refused for its metadata).
   */
  private async prepareProvenanceWithPlacement(
    item: ProjectItem,
    request: PlaceClipRequest,
    operation: HostOperation,
  ): Promise<PreparedProvenanceEdit | null> {
    if (request.provenance == null) return null;
    try {
      return await prepareProvenanceEdit(this.ppro, item, request.provenance, this.metadataEditor, operation);
    } catch {
      // The separate write that follows reports the same failure to the editor, with its cause.
      return null;
    }
  }

  /**
   * What `limitShift` does is read from Adobe's sample comment, not documented: if the insert moved
   * any clip after all, say so and how to put it back, rather than leave the editor's cut shifted.
   */
  private async assertNothingShifted(
    sequence: Sequence,
    at: TickTime,
    startsBefore: readonly string[],
    operation: HostOperation,
  ): Promise<void> {
    const startsAfter = new Set(await clipStartsFrom(this.ppro, sequence, at));
    const moved = startsBefore.filter((start) => !startsAfter.has(start)).length;
    if (moved === 0) return;
    throw premiereRefusal.clipsShifted(operation, moved, at.seconds);
  }

  async writeProvenance(itemId: string, provenance: ClipProvenance, undoLabel = DEFAULT_PROVENANCE_LABEL): Promise<void> {
    const project = await requireActiveProject(this.ppro);
    const operation: HostOperation = { kind: 'recordProvenance', name: undoLabel };
    const item = await this.findItem(project, itemId, this.binOfItem.get(itemId) ?? null);
    if (item == null) throw HostOperationError.itemGone(operation, itemId);
    await writeProvenanceOf(this.ppro, project, item, provenance, this.metadataEditor, operation);
  }

  async readProvenance(itemId: string): Promise<ClipProvenance | null> {
    const project = await requireActiveProject(this.ppro);
    const item = await this.findItem(project, itemId, this.binOfItem.get(itemId) ?? null);
    if (item == null) throw HostOperationError.itemGone({ kind: 'readProvenance', name: 'Read provenance' }, itemId);
    return readProvenanceOf(this.ppro, item, this.metadataEditor);
  }

  async readVolumeAutomation(clipId: string): Promise<VolumeAutomation> {
    const { sequence } = await requireActiveSequence(this.ppro);
    return volumeAutomationOf(await readClipAutomation(this.ppro, sequence, clipId, this.metadataEditor, READ_VOLUME));
  }

  /**
   * Reads every clip first (an unknown clip id throws before anything is created, so the timeline is
   * untouched), then writes all envelopes in ONE transaction (gainPlanActions); per project item, its
   * keyframe record is updated in the same transaction, so Undo restores keyframes and record together.
   * Premiere may ignore a keyframe action and still report success (research Evidence 2026-12-06), so
   * every clip is read back afterwards and any difference is reported with how to undo it. Where the
   * record cannot be read or written, the keyframes are still written and the editor is warned.
   */
  async writeGainEnvelopes(envelopes: readonly ClipGainEnvelope[], undoLabel: string): Promise<readonly HostNote[]> {
    const operation: HostOperation = { kind: 'duck', name: undoLabel };
    assertOneEnvelopePerClip(envelopes, operation);
    const { project, sequence } = await requireActiveSequence(this.ppro);
    const frameRate = await readSequenceFrameRate(this.ppro, sequence);
    const planned: Array<{ automation: ClipAutomation; plan: GainEnvelopePlan }> = [];
    for (const envelope of envelopes) {
      const automation = await readClipAutomation(this.ppro, sequence, envelope.clipId, this.metadataEditor, operation);
      this.assertRetimingSettled(automation, operation);
      const plan = planGainEnvelope(this.ppro.TickTime, frameRate, automation, envelope);
      if (plan != null) planned.push({ automation, plan });
    }
    if (planned.length === 0) return [];
    const warnings = await unreadRecordWarnings(planned.map(({ automation }) => automation));
    const recordWrites = await this.planRecordWrites(planned, operation, warnings);
    // Per clip, in the order Premiere must run them: animation on (which adds the media-0 key), that key
    // removed (or set, as an update), ClipRelay's old keys removed, values set, new keys added. No tick
    // is both removed and added, so nothing relies on how Premiere pairs the two.
    runTransaction(project, operation, [
      ...planned.flatMap(({ plan }) => [
        ...(plan.turnOnTimeVarying ? [() => plan.levelParam.createSetTimeVaryingAction(true)] : []),
        ...(plan.removeAutoKeyAt == null
          ? []
          : [plan.removeAutoKeyAt].map((time) => () => plan.levelParam.createRemoveKeyframeAction(time))),
        ...plan.removals.map((key) => () => plan.levelParam.createRemoveKeyframeAction(key.time)),
        ...plan.updates.map((update) => () => plan.levelParam.createSetValueAction(keyframeOf(plan.levelParam, update))),
        ...plan.additions.map((addition) => () => plan.levelParam.createAddKeyframeAction(keyframeOf(plan.levelParam, addition))),
      ]),
      ...recordWrites.map(
        (write) => () => this.ppro.Metadata.createSetProjectMetadataAction(write.item, write.packet, [KEYFRAME_RECORD_COLUMN.property]),
      ),
    ]);
    await verifyGainWrites(
      this.ppro,
      sequence,
      planned.map(({ plan }) => plan),
      operation,
    );
    return warnings;
  }

  /**
   * Where keyframes land on a speed-changed or reversed clip has not been observed on real Premiere
   * (research Evidence 2026-12-06: UNK; public plugins skip them). Until an install settles it, such a
   * clip is refused before anything is written; apply-ducking skips it with a warning first.
   */
  private assertRetimingSettled(automation: ClipAutomation, operation: HostOperation): void {
    if (this.capabilities.ducksRetimedClips || (automation.clip.speed === 1 && !automation.clip.reversed)) return;
    throw premiereRefusal.retimed(operation, automation.clip);
  }

  /**
   * The edited project metadata of each project item whose record changes — one per item, since
   * several clips may share an item and two set-metadata actions on it would overwrite each other.
   * The XMP is edited here, before the lock. Where the record cannot be kept (the column cannot be
   * registered, an item's metadata cannot be read) the keyframes are still written, without a record:
   * they will then count as the editor's — the safe side — and `warnings` says a re-duck adds to them.
   */
  private async planRecordWrites(
    planned: ReadonlyArray<{ automation: ClipAutomation; plan: GainEnvelopePlan }>,
    operation: HostOperation,
    warnings: HostNote[],
  ): Promise<RecordWrite[]> {
    try {
      await registerMetadataProperties(this.ppro, [KEYFRAME_RECORD_COLUMN], operation);
    } catch (error) {
      const names = [...new Set(planned.map(({ automation }) => automation.projectItem.name))];
      for (const name of names) warnings.push(unrecordedWarning(name, 'column', error));
      return [];
    }
    const byItem = new Map<
      string,
      { item: ProjectItem; record: readonly RecordedKeyframe[]; removed: RecordedKeyframe[]; added: RecordedKeyframe[] }
    >();
    for (const { automation, plan } of planned) {
      const id = automation.projectItem.getId();
      const entry = byItem.get(id) ?? { item: automation.projectItem, record: automation.record, removed: [], added: [] };
      entry.removed.push(...plan.replaced);
      entry.added.push(...plan.recorded);
      byItem.set(id, entry);
    }
    const writes: RecordWrite[] = [];
    for (const { item, record, removed, added } of byItem.values()) {
      let packet: string;
      try {
        packet = (await this.ppro.Metadata.getProjectMetadata(item)) ?? '';
      } catch (error) {
        warnings.push(unrecordedWarning(item.name, 'metadata', error));
        continue;
      }
      try {
        const text = serializeKeyframeRecord(updateKeyframeRecord(record, removed, added));
        writes.push({ item, packet: this.metadataEditor.edit(packet, { [KEYFRAME_RECORD_COLUMN.property]: text }) });
      } catch (error) {
        throw premiereRefusal.keyframesNotRecorded(operation, item.name, error);
      }
    }
    return writes;
  }

  private async findItem(project: Project, itemId: string, hintBinPath: readonly string[] | null): Promise<ProjectItem | null> {
    return findProjectItemById(this.ppro, project, itemId, hintBinPath);
  }
}

/**
 * One warning per clip whose record could not be read while it has keyframes ClipRelay cannot tell
 * apart: if an earlier duck wrote them, they were kept as the editor's and the new duck adds to them.
 */
async function unreadRecordWarnings(automations: readonly ClipAutomation[]): Promise<HostNote[]> {
  const warnings: HostNote[] = [];
  for (const automation of automations) {
    if (automation.recordProblem == null || !automation.keys.some((key) => key.recorded == null)) continue;
    const name = await automation.item.getName();
    warnings.push({
      message: `"${name}": ClipRelay could not read which keyframes it wrote here before (${automation.recordProblem}), so it kept them as if they were yours. If the clip now dips twice, undo, delete the old ducking keyframes and duck again.`,
      localized: { id: 'duck.noteRecordUnread', values: { clip: name, problem: automation.recordProblem } },
    });
  }
  return warnings;
}

/** Where the record could not be kept: its metadata column could not be registered, or Premiere did not give the item's metadata. */
function unrecordedWarning(itemName: string, where: 'column' | 'metadata', error: unknown): HostNote {
  const problem = describeError(error);
  const reason = where === 'column' ? `its column could not be registered: ${problem}` : `Premiere did not give its metadata: ${problem}`;
  return {
    message: `"${itemName}": ClipRelay could not record which keyframes it wrote (${reason}); ducking it again will add to them instead of replacing them, so undo this duck before re-ducking.`,
    localized: {
      id: where === 'column' ? 'duck.noteColumnUnregistered' : 'duck.noteMetadataUnread',
      values: { item: itemName, problem },
      ...errorPart('problem', error),
    },
  };
}
