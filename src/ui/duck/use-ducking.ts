import { useCallback, useMemo, useState } from 'react';
import type { DuckPreset } from '../../domain/ducking';
import {
  applyDucking,
  planDucking,
  type ApplyDuckingInput,
  type DuckingProgress,
  type DuckingResult,
  type VoiceSource,
} from '../../workflows/apply-ducking';
import { MediaAnalysisCache } from '../../workflows/media-analysis-cache';
import { IncompleteFormError } from '../incomplete-form-error';
import type { PanelServices } from '../panel-services';
import { useAsyncAction } from '../use-async-action';

/**
 * The Duck tab's two actions on the chosen voice track: Preview plans the curves with one preset
 * without touching the timeline; Apply writes them. Both share one analysis cache, so each voice
 * file is read and analysed once, and report progress while they read media.
 */
export function useDucking(services: Pick<PanelServices, 'host' | 'readMedia'>, presets: readonly DuckPreset[], voiceIndex: number | null) {
  const [voiceSource, setVoiceSource] = useState<VoiceSource>(services.readMedia == null ? 'clip-extents' : 'speech');
  const [progress, setProgress] = useState<DuckingProgress | null>(null);
  const analysisCache = useMemo(() => new MediaAnalysisCache(), []);
  const { host, readMedia } = services;
  const inputFor = useCallback(
    (presetId: string): ApplyDuckingInput => {
      const preset = presets.find((candidate) => candidate.id === presetId);
      if (preset == null || voiceIndex == null) {
        throw new IncompleteFormError({ field: 'voice-track', message: 'Pick the voice-over track first.' });
      }
      const base = { host, voiceTrackIndices: [voiceIndex], preset, analysisCache, onProgress: setProgress };
      return voiceSource === 'speech' && readMedia != null
        ? { ...base, voiceSource: 'speech', readMedia }
        : { ...base, voiceSource: 'clip-extents', readMedia };
    },
    [host, readMedia, presets, voiceIndex, voiceSource, analysisCache],
  );

  const apply = useCallback(
    async (presetId: string): Promise<DuckingResult> => applyDucking(inputFor(presetId)).finally(() => setProgress(null)),
    [inputFor],
  );
  const [applyState, runApply] = useAsyncAction(apply);

  const [previewPresetId, setPreviewPresetId] = useState(presets.find((preset) => preset.id === 'standard')?.id ?? presets[0]?.id ?? '');
  const preview = useCallback(
    async (): Promise<DuckingResult> => planDucking(inputFor(previewPresetId)).finally(() => setProgress(null)),
    [inputFor, previewPresetId],
  );
  const [previewState, runPreview] = useAsyncAction(preview);

  return { voiceSource, setVoiceSource, progress, applyState, runApply, previewPresetId, setPreviewPresetId, previewState, runPreview };
}
