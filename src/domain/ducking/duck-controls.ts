import type { DuckPreset } from './duck-preset';
import type { FadeShape } from './fade-shape';
import { detectionForSensitivity, sensitivityOfDetection } from './speech-sensitivity';

/**
 * The Duck tab's controls, in Essential Sound's terms: Reduce by, Sensitivity, Fade (down/up) and
 * its shape, Hold, and the padding added around detected speech. A preset fills them; editing one
 * makes a custom preset from it.
 */
export interface DuckControls {
  readonly depthDb: number;
  /** 1…10; see speech-sensitivity.ts for the thresholds it maps to. */
  readonly sensitivity: number;
  readonly attackSeconds: number;
  readonly releaseSeconds: number;
  readonly fadeShape: FadeShape;
  readonly holdSeconds: number;
  readonly prePadSeconds: number;
  readonly postPadSeconds: number;
}

/** The controls a pack may lock (`lockedFields` on a preset): the editor then cannot change them. */
export const LOCKABLE_DUCK_CONTROLS = [
  'depthDb',
  'sensitivity',
  'attackSeconds',
  'releaseSeconds',
  'fadeShape',
  'holdSeconds',
  'prePadSeconds',
  'postPadSeconds',
] as const satisfies readonly (keyof DuckControls)[];

export type DuckControlName = (typeof LOCKABLE_DUCK_CONTROLS)[number];

/** What a preset sets, as the controls show it. */
export function controlsFromPreset(preset: DuckPreset): DuckControls {
  return {
    depthDb: preset.depthDb,
    sensitivity: sensitivityOfDetection(preset.detection),
    attackSeconds: preset.attackSeconds,
    releaseSeconds: preset.releaseSeconds,
    fadeShape: preset.fadeShape,
    holdSeconds: preset.holdSeconds,
    prePadSeconds: preset.detection.prePadSeconds,
    postPadSeconds: preset.detection.postPadSeconds,
  };
}

/**
 * The preset the edited controls describe: the starting preset's other settings (target gap, band,
 * …) kept, named "Custom (from Standard)". Sensitivity only moves the thresholds when it was changed,
 * so a pack's own thresholds survive an edit of another control.
 */
export function presetFromControls(base: DuckPreset, controls: DuckControls): DuckPreset {
  const baseControls = controlsFromPreset(base);
  const detection =
    controls.sensitivity === baseControls.sensitivity ? base.detection : detectionForSensitivity(base.detection, controls.sensitivity);
  return {
    ...base,
    id: `custom-${base.id}`,
    name: customPresetName(base),
    depthDb: controls.depthDb,
    attackSeconds: controls.attackSeconds,
    releaseSeconds: controls.releaseSeconds,
    fadeShape: controls.fadeShape,
    holdSeconds: controls.holdSeconds,
    detection: { ...detection, prePadSeconds: controls.prePadSeconds, postPadSeconds: controls.postPadSeconds },
  };
}

/** "Custom (from Standard)": the preset's name without its depth suffix. */
export function customPresetName(base: Pick<DuckPreset, 'name'>): string {
  return `Custom (from ${base.name.replace(/\s*\([^)]*\)\s*$/, '')})`;
}

/** Whether the controls differ from what the preset sets. */
export function controlsDiffer(a: DuckControls, b: DuckControls): boolean {
  return LOCKABLE_DUCK_CONTROLS.some((name) => a[name] !== b[name]);
}
