import { InterruptedError } from '../shared/app-error';
import { dirname, resolve } from 'node:path';
import { runCli } from './cli';

// Bundled to dist/node/cli.cjs and started by bin/cliprelay.cjs: the demo clip sits in the
// package's assets/, one or two folders up from the running script.
const scriptDirectory = dirname(resolve(process.argv[1] ?? '.'));
const controller = new AbortController();
for (const signalName of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signalName, () => controller.abort(new InterruptedError({ signal: signalName })));
}

runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  signal: controller.signal,
  demoClipPaths: [resolve(scriptDirectory, '../assets/demo-clip.mp4'), resolve(scriptDirectory, '../../assets/demo-clip.mp4')],
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`cliprelay: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
