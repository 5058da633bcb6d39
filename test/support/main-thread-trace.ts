import type { Browser, Page } from 'playwright-core';

/** One task the page's main thread ran, from Chromium's trace. */
export interface MainThreadTask {
  /** From start to end, preemption by other processes included (what the Long Tasks API reports). */
  readonly wallMs: number;
  /** Time the thread actually ran: what the task's own work costs, however loaded the machine is. */
  readonly cpuMs: number;
  /** CPU of the page's JavaScript in the task (calls, microtasks, timers, frames, events), outermost calls only. */
  readonly scriptCpuMs: number;
  /** CPU of garbage collection in the task (V8's, e.g. sweeping ArrayBuffers), outermost only; part of `scriptCpuMs` when the script's allocations triggered it. */
  readonly gcCpuMs: number;
  /** The trace event that took most of the task's CPU besides the task itself, e.g. `RunMicrotasks`, `SimpleWatcher::OnHandleReady`. */
  readonly heaviest: string;
}

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly name?: string };
}

const SCRIPT_EVENTS = new Set([
  'FunctionCall',
  'RunMicrotasks',
  'EvaluateScript',
  'TimerFire',
  'FireAnimationFrame',
  'EventDispatch',
  'v8.callFunction',
]);
const TASK_WRAPPERS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/**
 * Records the tasks of `page`'s main thread with Chromium's tracing (one recording at a time per
 * browser). A loaded machine stretches every task's wall time; its thread CPU time stays what the
 * task costs, so a test can hold the page's own work to a ceiling on any machine.
 */
export async function recordMainThreadTasks(browser: Browser, page: Page, action: () => Promise<void>): Promise<MainThreadTask[]> {
  await browser.startTracing(page, {
    categories: ['toplevel', 'disabled-by-default-devtools.timeline', 'devtools.timeline', 'v8.execute'],
  });
  let recorded: MainThreadTask[] = [];
  try {
    await action();
  } finally {
    const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] } | TraceEvent[];
    recorded = mainThreadTasks(Array.isArray(trace) ? trace : trace.traceEvents);
  }
  return recorded;
}

function mainThreadTasks(events: readonly TraceEvent[]): MainThreadTask[] {
  const main = events.find((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  if (main == null) return [];
  const onMain = events.filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X').sort((a, b) => a.ts - b.ts);
  const runs = onMain.filter((event) => event.name === 'RunTask');
  const result: MainThreadTask[] = [];
  let cursor = 0;
  for (const run of runs) {
    const end = run.ts + (run.dur ?? 0);
    while (cursor < onMain.length && onMain[cursor]!.ts < run.ts) cursor += 1;
    const inside: TraceEvent[] = [];
    for (let index = cursor; index < onMain.length && onMain[index]!.ts <= end; index += 1) {
      const event = onMain[index]!;
      if (event !== run && !TASK_WRAPPERS.has(event.name) && event.ts + (event.dur ?? 0) <= end) inside.push(event);
    }
    let outermostCpuMs = 0;
    let longestCpuMs = 0;
    let scriptEnd = -Infinity;
    for (const event of inside) {
      if (!SCRIPT_EVENTS.has(event.name)) continue;
      longestCpuMs = Math.max(longestCpuMs, (event.tdur ?? 0) / 1000);
      if (event.ts < scriptEnd) continue;
      outermostCpuMs += (event.tdur ?? 0) / 1000;
      scriptEnd = event.ts + (event.dur ?? 0);
    }
    // Trace clocks can make a nested event outlast its parent; never count less than the longest single script event.
    const scriptCpuMs = Math.max(outermostCpuMs, longestCpuMs);
    let gcCpuMs = 0;
    let gcEnd = -Infinity;
    for (const event of inside) {
      if (!/^(V8\.GC_|MinorGC|MajorGC)/.test(event.name) || event.ts < gcEnd) continue;
      gcCpuMs += (event.tdur ?? 0) / 1000;
      gcEnd = event.ts + (event.dur ?? 0);
    }
    const heaviest = inside.reduce<TraceEvent | null>((best, event) => ((event.tdur ?? 0) > (best?.tdur ?? -1) ? event : best), null);
    result.push({
      wallMs: (run.dur ?? 0) / 1000,
      cpuMs: (run.tdur ?? 0) / 1000,
      scriptCpuMs,
      gcCpuMs,
      heaviest: heaviest?.name ?? '(none)',
    });
  }
  return result;
}
