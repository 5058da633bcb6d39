import { useCallback, useMemo, useRef, useState } from 'react';
import type { DuckPreset } from '../../domain/ducking';
import type { TrackRole, TrackRoleChoices } from '../../domain/tracks/track-role';
import {
  applyDucking,
  planDucking,
  type ApplyDuckingInput,
  type DuckingProgress,
  type DuckingResult,
  type VoiceSource,
} from '../../workflows/apply-ducking';
import { MediaAnalysisCache } from '../../workflows/media-analysis-cache';
import { stoppingOnAbort } from '../../shared/cooperative-abort';
import { yieldToPage } from '../../shared/cooperative-slices';
import { useMessages } from '../i18n/use-messages';
import { IncompleteFormError } from '../incomplete-form-error';
import type { PanelServices } from '../panel-services';
import { useAsyncAction } from '../use-async-action';
import { markDuckAnalysis, throttledProgress } from './duck-analysis-timing';

/** Which tracks a duck lowers: the roles ticked, judged by the editor's role choices over track names. */
interface DuckTargeting {
  readonly duckRoles: readonly TrackRole[];
  readonly trackRoles: TrackRoleChoices;
  /** Only the clips selected in the timeline. @default false */
  readonly onlySelectedClips?: boolean;
}

/**
 * The Duck tab's two actions on the chosen voice track: Preview plans the curves with a preset
 * without touching the timeline; Apply writes them. Both share one analysis cache, so each voice
 * file is read and analysed once, and report progress while they read media.
 */
export function useDucking(
  services: Pick<PanelServices, 'host' | 'readMedia' | 'onDuckPlan'>,
  voiceIndex: number | null,
  targeting: DuckTargeting,
) {
  const [voiceSource, setVoiceSource] = useState<VoiceSource>(services.readMedia == null ? 'clip-extents' : 'speech');
  const [progress, setProgress] = useState<DuckingProgress | null>(null);
  const showProgress = useMemo(() => throttledProgress(setProgress), []);
  const analysisCache = useMemo(() => new MediaAnalysisCache(), []);
  /** The running preview's controller: Cancel aborts it between two slices of analysis. */
  const runningPreview = useRef<AbortController | null>(null);
  const { host, readMedia, onDuckPlan } = services;
  const { duckRoles, trackRoles, onlySelectedClips = false } = targeting;
  const { t } = useMessages();
  const inputFor = useCallback(
    (preset: DuckPreset | null, signal?: AbortSignal): ApplyDuckingInput => {
      if (preset == null || voiceIndex == null) {
        throw new IncompleteFormError({ field: 'voice-track', message: t('duck.pickVoiceTrackFirst') });
      }
      const base = {
        host,
        voiceTrackIndices: [voiceIndex],
        preset,
        duckRoles,
        trackRoles,
        onlySelectedClips,
        analysisCache,
        onProgress: showProgress,
        signal,
      };
      // With a signal, a read waiting on the network gives up at once on Cancel.
      const reader = readMedia == null || signal == null ? readMedia : (mediaPath: string) => stoppingOnAbort(readMedia(mediaPath), signal);
      return voiceSource === 'speech' && reader != null
        ? { ...base, voiceSource: 'speech', readMedia: reader }
        : { ...base, voiceSource: 'clip-extents', readMedia: reader };
    },
    [host, readMedia, voiceIndex, voiceSource, duckRoles, trackRoles, onlySelectedClips, analysisCache, showProgress, t],
  );

  const apply = useCallback(
    async (preset: DuckPreset | null): Promise<DuckingResult> =>
      applyDucking(inputFor(preset))
        .then((result) => {
          onDuckPlan?.(result, true);
          return result;
        })
        .finally(() => setProgress(null)),
    [inputFor, onDuckPlan],
  );
  const [applyState, runApply] = useAsyncAction(apply);

  // A cancelled preview ends with no plan and no error: the editor asked for it to stop.
  const preview = useCallback(
    async (preset: DuckPreset | null): Promise<DuckingResult | null> => {
      runningPreview.current?.abort();
      const controller = new AbortController();
      runningPreview.current = controller;
      return planDucking(inputFor(preset, controller.signal))
        .then(
          async (result) => {
            markDuckAnalysis('finished');
            // Each drawing of the plan in a task of its own: the timeline's regions and curves, then the preview's list
            // (an hour of voice-over is 700 regions for each), neither after the analysis's last slice.
            await yieldToPage();
            onDuckPlan?.(result, false);
            await yieldToPage();
            return result;
          },
          (error: unknown) => {
            if (!controller.signal.aborted) throw error;
            markDuckAnalysis('cancelled');
            return null;
          },
        )
        .finally(() => {
          if (runningPreview.current === controller) runningPreview.current = null;
          setProgress(null);
        });
    },
    [inputFor, onDuckPlan],
  );
  const [previewState, runPreview] = useAsyncAction(preview);
  const cancelPreview = useCallback(() => {
    markDuckAnalysis('cancel-requested');
    runningPreview.current?.abort();
  }, []);

  return { voiceSource, setVoiceSource, progress, applyState, runApply, previewState, runPreview, cancelPreview };
}
