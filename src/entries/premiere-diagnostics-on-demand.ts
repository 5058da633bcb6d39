import type { premiereDiagnosticsRunner } from '../hosts/premiere/premiere-diagnostics';
import { onDemand } from '../shared/load-on-demand';

type DiagnosticsRunner = ReturnType<typeof premiereDiagnosticsRunner>;
type RunnerArguments = Parameters<typeof premiereDiagnosticsRunner>;

// Diagnostics (the probes and the scratch-sequence round trip, ~10 KiB gzip) load when the editor runs them, not
// with the panel: a file beside index.js read by UXP's require. A report that appears also proves that loading works.
const loadDiagnostics = onDemand(
  'Diagnostics',
  () => import(/* webpackChunkName: "diagnostics", webpackMode: "lazy" */ '../hosts/premiere/premiere-diagnostics'),
);

/** premiereDiagnosticsRunner, with its code loaded at the first run. */
export function premiereDiagnosticsOnDemand(ppro: RunnerArguments[0], options: RunnerArguments[1]): DiagnosticsRunner {
  return async (run) => (await loadDiagnostics()).premiereDiagnosticsRunner(ppro, options)(run);
}
