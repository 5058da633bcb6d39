import type { AudioClipTrackItem, ComponentParam, Project, ProjectItem, Sequence, TickTime, premierepro } from '@adobe/premierepro';
import { AppError } from '../../shared/app-error';
import { diagnosticsText as say } from '../../shared/diagnostics/diagnostics-text';
import type { DiagnosticsRecorder } from './premiere-diagnostics-report';
import type { PremiereHost } from './premiere-host';
import { TICKS_PER_SECOND } from './premiere-time';
import { readTrackItems } from './premiere-track-items';
import { findVolumeLevelParam } from './premiere-volume-param';
import { runTransaction, type ActionFactory } from './run-transaction';

/** The scratch sequence stopped being the active one: the probes stop rather than edit another sequence. */
export class ScratchNotActiveError extends AppError {
  constructor() {
    super(
      'the scratch sequence is not the active sequence (Premiere did not switch, or another sequence was opened); stopped before editing anything else',
    );
    this.name = 'ScratchNotActiveError';
  }
}

/** A write probe could not set up or read what it needs; the message says what, and the other probes still run. */
export class ScratchProbeError extends AppError {
  constructor(message: string) {
    super(message);
    this.name = 'ScratchProbeError';
  }
}

export const SCRATCH_UNDO_LABEL = 'ClipRelay diagnostics (scratch sequence)';

/** A media item the scratch sequence can place: from the active sequence, or the project's bins. */
export interface ScratchSource {
  readonly item: ProjectItem;
  readonly name: string;
  readonly mediaPath: string;
}

/** A clip a probe placed for itself, with its Volume › Level param. */
interface FreshClip {
  readonly item: AudioClipTrackItem;
  readonly level: ComponentParam;
  readonly startTicks: number;
  readonly trackIndex: number;
}

/** What `getValueAtTime` answered, and the Level in it: a number (documented) or `{ value }` (seen in the wild). */
export function levelValueOf(raw: unknown): { readonly level: number | null; readonly shape: 'number' | 'object-value' | 'other' } {
  if (typeof raw === 'number') return { level: Number.isFinite(raw) ? raw : null, shape: 'number' };
  const inner = typeof raw === 'object' && raw != null ? (raw as { value?: unknown }).value : undefined;
  if (typeof inner === 'number' && Number.isFinite(inner)) return { level: inner, shape: 'object-value' };
  return { level: null, shape: 'other' };
}

/**
 * Everything a write probe needs in the scratch sequence. Each probe places its own clip in its own
 * time slot (`freshClip`), so a probe that fails leaves nothing another probe reads: slots are two media
 * lengths apart plus a second, which leaves room for the time-base probe's head trim.
 */
export class ScratchContext {
  transactions = 0;
  private slot = 0;

  constructor(
    readonly ppro: premierepro,
    readonly project: Project,
    readonly host: PremiereHost,
    readonly scratch: Sequence,
    readonly source: ScratchSource,
    readonly record: DiagnosticsRecorder,
    /** Ticks per frame of the scratch sequence. */
    readonly ticksPerFrame: number,
    /** The source media's length, frame-aligned. */
    readonly durationTicks: number,
    readonly nowIso: string,
  ) {}

  /** Throws ScratchNotActiveError unless the scratch sequence is the active one: ClipRelay's host edits the ACTIVE sequence. */
  async assertScratchActive(): Promise<void> {
    const active = await this.project.getActiveSequence();
    if (active?.guid.toString() !== this.scratch.guid.toString()) throw new ScratchNotActiveError();
  }

  frameAligned(ticks: number): number {
    return Math.round(ticks / this.ticksPerFrame) * this.ticksPerFrame;
  }

  /** The start of an unused slot. */
  nextSlotTicks(): number {
    this.slot += 1;
    return this.frameAligned(this.slot * (2 * this.durationTicks + TICKS_PER_SECOND));
  }

  tickTime(ticks: number): TickTime {
    return this.ppro.TickTime.createWithTicks(String(Math.round(ticks)));
  }

  /** One transaction in the scratch sequence, counted for the undo note (named so the lint rules see the factories). */
  runTransaction(factories: readonly ActionFactory[]): void {
    runTransaction(this.project, { kind: 'diagnostics', name: SCRATCH_UNDO_LABEL }, factories);
    this.transactions += 1;
  }

  /** The audio clip on `trackIndex` starting within half a frame of `startTicks` (Premiere may snap starts to frames). */
  async audioClipNear(trackIndex: number, startTicks: number): Promise<AudioClipTrackItem | null> {
    if (trackIndex >= (await this.scratch.getAudioTrackCount())) return null;
    for (const item of await readTrackItems(this.ppro, await this.scratch.getAudioTrack(trackIndex))) {
      if (Math.abs((await item.getStartTime()).ticksNumber - startTicks) <= this.ticksPerFrame / 2) return item;
    }
    return null;
  }

  /** The first audio clip on `trackIndex` that starts after `afterTicks` and no later than `untilTicks`. */
  async audioClipStartingWithin(trackIndex: number, afterTicks: number, untilTicks: number): Promise<AudioClipTrackItem | null> {
    if (trackIndex >= (await this.scratch.getAudioTrackCount())) return null;
    for (const item of await readTrackItems(this.ppro, await this.scratch.getAudioTrack(trackIndex))) {
      const start = (await item.getStartTime()).ticksNumber;
      if (start > afterTicks && start <= untilTicks) return item;
    }
    return null;
  }

  /** Overwrites the source media at a fresh slot on V1/A1 and answers its audio clip and Level param. */
  async freshClip(offsetTicks = 0): Promise<FreshClip> {
    await this.assertScratchActive();
    const startTicks = this.nextSlotTicks() + offsetTicks;
    const editor = this.ppro.SequenceEditor.getEditor(this.scratch);
    this.runTransaction([() => editor.createOverwriteItemAction(this.source.item, this.tickTime(startTicks), 0, 0)]);
    const item = await this.audioClipNear(0, startTicks);
    if (item == null)
      throw new ScratchProbeError(
        `no audio clip of "${this.source.name}" appeared on A1 at ${(startTicks / TICKS_PER_SECOND).toFixed(3)} s`,
      );
    const level = await findVolumeLevelParam(item);
    if (level == null) throw new ScratchProbeError(`the placed clip of "${this.source.name}" has no Volume effect`);
    return { item, level, startTicks: (await item.getStartTime()).ticksNumber, trackIndex: 0 };
  }

  /** The Level at a media tick, recording the value shape once. */
  async levelAt(param: ComponentParam, ticks: number): Promise<number | null> {
    const { level, shape } = levelValueOf(await param.getValueAtTime(this.tickTime(ticks)));
    this.record.facts.valueShape ??= shape;
    return level;
  }

  /** Keyframe ticks of a param, ascending ([] when it is not time-varying). */
  keyTicks(param: ComponentParam): number[] {
    return param.isTimeVarying()
      ? param
          .getKeyframeListAsTickTimes()
          .map((time) => time.ticksNumber)
          .sort((a, b) => a - b)
      : [];
  }

  /** A keyframe at a media tick; made inside the action factory, like the host does. */
  keyframeAt(param: ComponentParam, ticks: number, level: number) {
    const keyframe = param.createKeyframe(level);
    keyframe.position = this.tickTime(ticks);
    return keyframe;
  }

  /**
   * Writes keys in one transaction (turning the param time-varying first when it is not) and reads every
   * one back: a ScratchProbeError names the first key whose Level did not come back — Premiere answers
   * true for an add it ignored, so only the read-back shows a lost write.
   */
  async writeKeys(param: ComponentParam, keys: ReadonlyArray<{ readonly ticks: number; readonly level: number }>): Promise<void> {
    const turnOn = !param.isTimeVarying();
    this.runTransaction([
      ...(turnOn ? [() => param.createSetTimeVaryingAction(true)] : []),
      ...keys.map((key) => () => param.createAddKeyframeAction(this.keyframeAt(param, key.ticks, key.level))),
    ]);
    for (const key of keys) {
      const read = await this.levelAt(param, key.ticks);
      if (read == null || Math.abs(read - key.level) > 1e-6) {
        throw new ScratchProbeError(
          `Level read back ${read ?? 'not a number'} at ${(key.ticks / TICKS_PER_SECOND).toFixed(3)} s, written ${key.level}`,
        );
      }
    }
    this.record.add(say('diagnostics.levelReadBack'), say('diagnostics.keysReadBackExactly', { count: keys.length }), 'ok');
  }
}
