import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startSandboxServer } from './sandbox-server';

// `npm start`: dist/node/sandbox-server.cjs serves dist/sandbox and the demo clip from assets/.
const packageRoot = resolve(__dirname, '..', '..');
const port = process.env.PORT == null || process.env.PORT === '' ? 5173 : Number(process.env.PORT);

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`PORT must be a port number (0–65535), not "${process.env.PORT}".\n`);
  process.exit(2);
}

startSandboxServer({
  port,
  staticDir: resolve(packageRoot, 'dist', 'sandbox'),
  videoBytes: readFileSync(resolve(packageRoot, 'assets', 'demo-clip.mp4')),
  demoMediaDir: resolve(packageRoot, 'assets', 'demo-vo'),
}).then(
  (server) => {
    process.stdout.write(`ClipRelay sandbox: ${server.url}\n(in-memory timeline, emulated providers, no key needed; Ctrl+C to stop)\n`);
    const stop = () => void server.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  },
  (error: unknown) => {
    const busy = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
    process.stderr.write(
      busy ? `Port ${port} is in use; start with PORT=<another port> npm start\n` : `Sandbox failed to start: ${String(error)}\n`,
    );
    process.exit(1);
  },
);
