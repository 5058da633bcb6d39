import type { Project, premierepro } from '@adobe/premierepro';
import { describeError } from '../../shared/app-error';
import type { DiagnosticsRecorder } from './premiere-diagnostics-report';
import { readSequenceFrameRate } from './premiere-frame-rate';
import type { PremiereHost } from './premiere-host';
import { mediaDurationOf } from './premiere-placement';
import {
  probeAmplify,
  probeGainWritesAndTimeBase,
  probeNoKeyBeforeInPoint,
  probeProvenanceColumns,
  probeReduck,
} from './premiere-probe-host-writes';
import {
  probeAddAtExistingTick,
  probeInterpolation,
  probeRemoveAddSameTick,
  probeRemoveMissingKey,
  probeSetValueOnKeyedParam,
  probeStrayKeyAtMediaZero,
} from './premiere-probe-keyframes';
import { SCRATCH_UNDO_LABEL, ScratchContext, ScratchNotActiveError, type ScratchSource } from './premiere-probe-scratch-context';
import { probeFrameSnap, probeHostPlacement, probeInsertAtTrackCount, probeOverwriteAtTrackCount } from './premiere-probe-tracks';
import { TICKS_PER_SECOND } from './premiere-time';

export const SCRATCH_SEQUENCE_NAME = 'ClipRelay diagnostics (scratch, safe to delete)';

/** One write probe: the report section it fills and what it runs. */
interface WriteProbe {
  readonly section: string;
  readonly run: (context: ScratchContext) => Promise<void>;
}

/**
 * In report order. Each places its own clip(s) in its own slot of the scratch sequence, so none reads
 * what another wrote, and one that throws is reported while the next still runs.
 */
const WRITE_PROBES: readonly WriteProbe[] = [
  { section: 'Placement by ClipRelay (§6.2)', run: probeHostPlacement },
  { section: 'Overwrite at index = track count (issue 9 item 2)', run: probeOverwriteAtTrackCount },
  { section: 'Insert at index = track count, limitShift (issue 9 item 2)', run: probeInsertAtTrackCount },
  { section: 'Clip starts and frames (issue 9 item 4)', run: probeFrameSnap },
  { section: 'Gain keyframes and time base (§6.4, §6.1)', run: probeGainWritesAndTimeBase },
  { section: 'Re-duck by ClipRelay (issue 9 item 5)', run: probeReduck },
  { section: 'Duck on a head-trimmed clip (issue 9 item 5)', run: probeNoKeyBeforeInPoint },
  { section: 'Keyframe (a): setTimeVarying alone', run: probeStrayKeyAtMediaZero },
  { section: 'Keyframe (b): add at a tick that holds a key', run: probeAddAtExistingTick },
  { section: 'Keyframe (c): remove + add at one tick', run: probeRemoveAddSameTick },
  { section: 'Keyframe (d): setValue on a keyed param', run: probeSetValueOnKeyedParam },
  { section: 'Keyframe: remove where no key is', run: probeRemoveMissingKey },
  { section: 'Interpolation between keys (editorLevelAt)', run: probeInterpolation },
  { section: 'Provenance columns (§6.6)', run: probeProvenanceColumns },
  { section: 'Non-destructive gain (Amplify)', run: probeAmplify },
];

/**
 * Write probes in a scratch sequence that is deleted afterwards, so the editor's cut is never touched.
 * Every probe is isolated (own clip, own slot, own try/catch); the only thing that stops the rest is
 * the scratch sequence no longer being the active one, since ClipRelay's host edits the ACTIVE sequence
 * and going on could edit the editor's cut. Premiere's UXP API cannot undo, so the transactions stay in
 * Edit › Undo, labelled as diagnostics.
 */
export async function runScratchRoundTrip(
  ppro: premierepro,
  project: Project,
  host: PremiereHost,
  source: ScratchSource,
  record: DiagnosticsRecorder,
  options: { readonly keepScratchSequence: boolean; readonly nowIso: string; readonly probes?: readonly WriteProbe[] },
): Promise<void> {
  record.begin('Scratch sequence (writes only into a scratch sequence)');
  const duration = await mediaDurationOf(ppro, source.item);
  if (duration == null || duration.seconds < 2) {
    record.add('Skipped', `${source.name}: media is shorter than 2 s or has no length, so no write probe ran`, 'warn');
    return;
  }
  const original = await project.getActiveSequence();
  const scratch = await project.createSequence(SCRATCH_SEQUENCE_NAME);
  let context: ScratchContext | null = null;
  try {
    await project.setActiveSequence(scratch);
    const frameRate = await readSequenceFrameRate(ppro, scratch);
    const ticksPerFrame = frameRate.ticksPerFrame;
    const durationTicks = Math.floor(duration.ticksNumber / ticksPerFrame) * ticksPerFrame;
    context = new ScratchContext(ppro, project, host, scratch, source, record, ticksPerFrame, durationTicks, options.nowIso);
    record.add(
      'Scratch sequence',
      `"${scratch.name}" at ${(TICKS_PER_SECOND / ticksPerFrame).toFixed(3)} fps; source "${source.name}" (${duration.seconds.toFixed(3)} s)`,
    );
    const probes = options.probes ?? WRITE_PROBES;
    for (const [index, probe] of probes.entries()) {
      record.begin(probe.section);
      try {
        await context.assertScratchActive();
        await probe.run(context);
      } catch (error) {
        record.add('Probe failed', describeError(error), 'fail');
        if (!(error instanceof ScratchNotActiveError)) continue;
        record.begin('Scratch sequence (writes only into a scratch sequence)');
        record.add(
          'Round trip stopped',
          `${describeError(error)}; not run: ${
            probes
              .slice(index + 1)
              .map((next) => next.section)
              .join('; ') || 'none'
          }`,
          'fail',
        );
        break;
      }
    }
  } catch (error) {
    record.begin('Scratch sequence (writes only into a scratch sequence)');
    record.add('Scratch sequence could not be prepared', describeError(error), 'fail');
  } finally {
    record.begin('Scratch sequence cleanup');
    if (original != null) {
      // A refusal is said: otherwise the editor is left on the scratch sequence without knowing why.
      const restored = await project.setActiveSequence(original).catch((error: unknown) => describeError(error));
      if (restored === false || typeof restored === 'string') {
        record.add(
          'Active sequence',
          `could not switch back to "${original.name}"${typeof restored === 'string' ? ` (${restored})` : ''}: open it by hand`,
          'warn',
        );
      }
    }
    if (options.keepScratchSequence) {
      record.add('Scratch sequence', `kept for inspection: delete "${SCRATCH_SEQUENCE_NAME}" when done`, 'warn');
    } else {
      const deleted = await project.deleteSequence(scratch).catch(() => false);
      record.add(
        'Scratch sequence',
        deleted ? 'deleted' : `could not be deleted: delete "${SCRATCH_SEQUENCE_NAME}" by hand`,
        deleted ? 'ok' : 'warn',
      );
    }
    record.add(
      'Undo history',
      `${context?.transactions ?? 0} entries named "${SCRATCH_UNDO_LABEL}" remain in Edit › Undo; they belong to the scratch sequence`,
      'info',
    );
  }
}
