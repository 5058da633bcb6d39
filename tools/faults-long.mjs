// `npm run faults:long`: the job-lifecycle property run at length (issue 11 item 2), one vitest
// process per provider family so their real network waits overlap. CLIPRELAY_FAULT_RUNS sets the
// sequences per family (default 2000); a failure prints fast-check's seed and shrunk case.
import { spawn } from 'node:child_process';

const families = (process.env.CLIPRELAY_FAULT_PROVIDERS ?? 'kling,google,google-vertex,runway,fal,comfyui,byteplus').split(',');
const runs = process.env.CLIPRELAY_FAULT_RUNS ?? '2000';
const results = await Promise.all(
  families.map(
    (provider) =>
      new Promise((resolve) => {
        const child = spawn('npx', ['vitest', 'run', 'test/workflows/jobs/property/job-fault-properties.test.ts'], {
          env: { ...process.env, CLIPRELAY_FAULT_RUNS: runs, CLIPRELAY_FAULT_PROVIDERS: provider, CLIPRELAY_FAULT_TRACE: '1' },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        child.on('close', (code) => resolve({ provider, code, output }));
      }),
  ),
);
for (const { provider, code, output } of results) {
  const summary = output.split('\n').filter((line) => /fault sequences|Counterexample|Shrunk|seed|skipped|no tests/i.test(line));
  console.log(`${provider}: ${code === 0 ? 'passed' : `FAILED (exit ${code})`}\n  ${summary.join('\n  ')}`);
}
process.exitCode = results.some((result) => result.code !== 0) ? 1 : 0;
