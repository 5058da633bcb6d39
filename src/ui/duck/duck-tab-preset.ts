import type { DuckControlName } from '../../domain/ducking/duck-controls';
import type { DuckPreset } from '../../domain/ducking';

/** A preset as the Duck tab gets it: with the controls its pack locks and the pack's name. */
export type DuckTabPreset = DuckPreset & {
  readonly lockedFields?: readonly DuckControlName[];
  /** The pack (or "ClipRelay") the preset came from, named when a control is locked. */
  readonly source?: string;
};
