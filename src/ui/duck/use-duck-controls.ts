import { useState } from 'react';
import {
  controlsDiffer,
  controlsFromPreset,
  customPresetName,
  presetFromControls,
  type DuckControlName,
  type DuckControls,
} from '../../domain/ducking/duck-controls';
import type { DuckPreset } from '../../domain/ducking';
import { useMessages } from '../i18n/use-messages';
import type { DuckTabPreset } from './duck-tab-preset';

/**
 * The controls' values and the preset they started from. Choosing a preset (or pressing its
 * button) fills the controls; editing one makes the settings "Custom (from …)". Locked controls
 * keep the preset's value whatever is asked.
 */
export function useDuckControls(presets: readonly DuckTabPreset[]) {
  const { t } = useMessages();
  const fallback = presets.find((preset) => preset.id === 'standard') ?? presets[0];
  const [basePresetId, setBasePresetId] = useState(fallback?.id ?? '');
  const base = presets.find((preset) => preset.id === basePresetId) ?? fallback;
  const [edited, setEdited] = useState<DuckControls | null>(null);
  const baseControls = base == null ? null : controlsFromPreset(base);
  const controls = edited ?? baseControls;
  const isCustom = base != null && edited != null && baseControls != null && controlsDiffer(edited, baseControls);

  const lockedBy = (control: DuckControlName): string | null =>
    base?.lockedFields?.includes(control) === true ? (base.source ?? t('duck.itsPresetPack')) : null;

  const chooseBase = (presetId: string) => {
    setBasePresetId(presetId);
    setEdited(null);
  };
  const setControl = <Name extends DuckControlName>(control: Name, value: DuckControls[Name]) => {
    if (controls == null || lockedBy(control) != null) return;
    setEdited({ ...controls, [control]: value });
  };
  /** What Preview and "Apply these settings" use: the preset itself, or the custom one made from it. */
  const preset: DuckPreset | null = base == null || controls == null ? null : isCustom ? presetFromControls(base, controls) : base;

  return {
    basePresetId: base?.id ?? '',
    controls,
    customName: isCustom ? customPresetName(base) : null,
    preset,
    lockedBy,
    chooseBase,
    setControl,
  };
}
