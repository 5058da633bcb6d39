import { Session, type Profiler } from 'node:inspector';

/** One function's share of a CPU profile: time spent in its own code, not in what it calls. */
interface SelfTime {
  readonly name: string;
  readonly milliseconds: number;
  readonly share: number;
}

/**
 * Runs `work` under V8's sampling profiler (this process, 200 µs samples) and returns where its time
 * went, by function self time, largest first — so the bench can say where an analysis spends its
 * time instead of leaving it to a separate profiling session.
 */
export async function selfTimeProfile(work: () => Promise<unknown>): Promise<SelfTime[]> {
  const session = new Session();
  session.connect();
  const post = <T>(method: string, params?: object) =>
    new Promise<T>((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T))));
  try {
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: 200 });
    await post('Profiler.start');
    await work();
    const { profile } = await post<{ profile: Profiler.Profile }>('Profiler.stop');
    return summarise(profile);
  } finally {
    session.disconnect();
  }
}

function summarise(profile: Profiler.Profile): SelfTime[] {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const microseconds = new Map<string, number>();
  let total = 0;
  profile.samples?.forEach((id, index) => {
    const { functionName, url } = nodes.get(id)!.callFrame;
    // Time V8 spent outside our code keeps its own name: "(garbage collector)", "(program)", "(idle)".
    const name = functionName === '' ? (url === '' ? '(anonymous)' : `(anonymous in ${url.split('/').pop()})`) : functionName;
    const delta = profile.timeDeltas?.[index] ?? 0;
    microseconds.set(name, (microseconds.get(name) ?? 0) + delta);
    total += delta;
  });
  return [...microseconds]
    .map(([name, us]) => ({ name, milliseconds: us / 1000, share: total === 0 ? 0 : us / total }))
    .sort((a, b) => b.milliseconds - a.milliseconds);
}
