import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export interface RunningSandbox {
  readonly url: string;
  readonly output: () => string;
  stop(): Promise<void>;
}

/** Starts the built sandbox server exactly as `npm start` does (after the build), on a free port. */
export async function runSandboxServer(): Promise<RunningSandbox> {
  // CLIPRELAY_SANDBOX_SERVER: a server built elsewhere (a private build while others build dist/ in the same checkout).
  const script = process.env.CLIPRELAY_SANDBOX_SERVER ?? resolve(__dirname, '../../dist/node/sandbox-server.cjs');
  const child: ChildProcess = spawn(process.execPath, [script], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stderr?.on('data', (chunk) => (output += String(chunk)));
  const url = await new Promise<string>((resolveUrl, reject) => {
    child.stdout?.on('data', (chunk) => {
      output += String(chunk);
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
      if (match != null) resolveUrl(match[0]);
    });
    child.once('exit', (code) => reject(new Error(`sandbox server exited with ${code}: ${output}`)));
  });
  return {
    url,
    output: () => output,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode != null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
