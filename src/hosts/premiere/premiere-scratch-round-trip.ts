import type { Project, premierepro } from '@adobe/premierepro';
import { describeError } from '../../shared/app-error';
import { diagnosticsText as say, errorText, type DiagnosticsText } from '../../shared/diagnostics/diagnostics-text';
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
  readonly section: DiagnosticsText;
  readonly run: (context: ScratchContext) => Promise<void>;
}

/**
 * In report order. Each places its own clip(s) in its own slot of the scratch sequence, so none reads
 * what another wrote, and one that throws is reported while the next still runs.
 */
const WRITE_PROBES: readonly WriteProbe[] = [
  { section: say('diagnostics.sectionPlacement'), run: probeHostPlacement },
  { section: say('diagnostics.sectionOverwriteAtCount'), run: probeOverwriteAtTrackCount },
  { section: say('diagnostics.sectionInsertAtCount'), run: probeInsertAtTrackCount },
  { section: say('diagnostics.sectionFrameSnap'), run: probeFrameSnap },
  { section: say('diagnostics.sectionGainTimeBase'), run: probeGainWritesAndTimeBase },
  { section: say('diagnostics.sectionReduck'), run: probeReduck },
  { section: say('diagnostics.sectionTrimmedDuck'), run: probeNoKeyBeforeInPoint },
  { section: say('diagnostics.sectionKeyframeA'), run: probeStrayKeyAtMediaZero },
  { section: say('diagnostics.sectionKeyframeB'), run: probeAddAtExistingTick },
  { section: say('diagnostics.sectionKeyframeC'), run: probeRemoveAddSameTick },
  { section: say('diagnostics.sectionKeyframeD'), run: probeSetValueOnKeyedParam },
  { section: say('diagnostics.sectionRemoveMissing'), run: probeRemoveMissingKey },
  { section: say('diagnostics.sectionInterpolation'), run: probeInterpolation },
  { section: say('diagnostics.sectionProvenance'), run: probeProvenanceColumns },
  { section: say('diagnostics.sectionAmplify'), run: probeAmplify },
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
  record.begin(say('diagnostics.sectionScratch'));
  const duration = await mediaDurationOf(ppro, source.item);
  if (duration == null || duration.seconds < 2) {
    record.add(say('diagnostics.skipped'), say('diagnostics.mediaTooShort', { name: source.name }), 'warn');
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
      say('diagnostics.scratchSequence'),
      say('diagnostics.scratchSequenceMade', {
        name: scratch.name,
        fps: TICKS_PER_SECOND / ticksPerFrame,
        source: source.name,
        seconds: duration.seconds,
      }),
    );
    const probes = options.probes ?? WRITE_PROBES;
    for (const [index, probe] of probes.entries()) {
      record.begin(probe.section);
      try {
        await context.assertScratchActive();
        await probe.run(context);
      } catch (error) {
        record.add(say('diagnostics.probeFailed'), errorText(error), 'fail');
        if (!(error instanceof ScratchNotActiveError)) continue;
        record.begin(say('diagnostics.sectionScratch'));
        // The sections not run are listed in English, as in the JSON: the report's section headings say them in the panel's language.
        record.add(
          say('diagnostics.roundTripStopped'),
          say('diagnostics.notRun', {
            reason: describeError(error),
            sections:
              probes
                .slice(index + 1)
                .map((next) => next.section.text)
                .join('; ') || 'none',
          }),
          'fail',
        );
        break;
      }
    }
  } catch (error) {
    record.begin(say('diagnostics.sectionScratch'));
    record.add(say('diagnostics.scratchNotPrepared'), errorText(error), 'fail');
  } finally {
    record.begin(say('diagnostics.sectionScratchCleanup'));
    if (original != null) {
      // A refusal is said: otherwise the editor is left on the scratch sequence without knowing why.
      const restored = await project.setActiveSequence(original).catch((error: unknown) => describeError(error));
      if (restored === false || typeof restored === 'string') {
        record.add(
          say('diagnostics.activeSequence'),
          say('diagnostics.couldNotSwitchBack', { name: original.name, reason: typeof restored === 'string' ? restored : 'none' }),
          'warn',
        );
      }
    }
    // The scratch sequence's name and the undo label are what Premiere shows, in English: values said as is.
    if (options.keepScratchSequence) {
      record.add(say('diagnostics.scratchSequence'), say('diagnostics.scratchKept', { name: SCRATCH_SEQUENCE_NAME }), 'warn');
    } else {
      const deleted = await project.deleteSequence(scratch).catch(() => false);
      record.add(
        say('diagnostics.scratchSequence'),
        deleted ? say('diagnostics.scratchDeleted') : say('diagnostics.scratchNotDeleted', { name: SCRATCH_SEQUENCE_NAME }),
        deleted ? 'ok' : 'warn',
      );
    }
    record.add(
      say('diagnostics.undoHistory'),
      say('diagnostics.undoEntriesRemain', { count: context?.transactions ?? 0, label: SCRATCH_UNDO_LABEL }),
      'info',
    );
  }
}
