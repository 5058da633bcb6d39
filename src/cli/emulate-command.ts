import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { EMULATOR_DEMO_CREDENTIALS } from '../emulators/demo-credentials';
import { startEmulatorServer } from '../emulators/emulator-server';
import { FaultInjector, FaultSpecError, parseFaultSpec } from '../emulators/faults';
import { EXIT_OK, type CliIo } from './cli-io';
import { CliUsageError } from './cli-usage-error';
import { parseCommandArgs, parseIntegerFlag } from './parse-cli-args';

export const DEFAULT_EMULATOR_PORT = 4010;

/** Emulators that answer like a shut-down service, as the real one does today. */
const SHUT_DOWN_NOTES: Readonly<Record<string, string>> = {
  openai: ' (answers like the Sora API since its 2026-09-24 shutdown: 404)',
};

/** `cliprelay emulate`: serves every provider emulator until the signal aborts (Ctrl-C). */
export async function runEmulateCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const flags = parseCommandArgs('emulate', argv, {
    port: { type: 'string' },
    host: { type: 'string' },
    video: { type: 'string' },
    faults: { type: 'string' },
  });
  const port = parseIntegerFlag('port', flags.port, DEFAULT_EMULATOR_PORT, 0, 65535);
  const videoBytes = await readDemoVideo(flags.video, io);

  const faults = new FaultInjector();
  try {
    faults.add(...parseFaultSpec(flags.faults ?? ''));
  } catch (error) {
    if (error instanceof FaultSpecError) throw new CliUsageError(`emulate: ${error.message}`);
    throw error;
  }
  const server = await startEmulatorServer({ port, host: flags.host, videoBytes, faults });
  for (const mount of server.mounts) io.stdout.write(`${mount.name} ${server.url}${mount.prefix}${SHUT_DOWN_NOTES[mount.name] ?? ''}\n`);
  const demoCredentials = Object.entries(EMULATOR_DEMO_CREDENTIALS).map(([provider, values]) => `  ${provider}: ${envAssignments(values)}`);
  io.stderr.write(
    `Emulators running; the demo credentials they accept:\n${demoCredentials.join('\n')}\n` +
      `Try: ${envAssignments(EMULATOR_DEMO_CREDENTIALS.kling ?? {})} cliprelay generate --provider kling --base-url ${server.url}/kling --prompt "a lighthouse at dusk" --out clips\n` +
      (flags.faults == null ? '' : `Scripted faults: ${flags.faults}\n`) +
      'Press Ctrl-C to stop.\n',
  );

  await new Promise<void>((done) => {
    if (io.signal == null) return; // no way to stop: serve until the process is killed
    if (io.signal.aborted) return done();
    io.signal.addEventListener('abort', () => done(), { once: true });
  });
  await server.close();
  return EXIT_OK;
}

function envAssignments(values: Readonly<Record<string, string>>): string {
  const assignments = Object.entries(values).map(([name, value]) => `${name}=${value}`);
  return assignments.length === 0 ? '(no credentials needed)' : assignments.join(' ');
}

async function readDemoVideo(videoFlag: string | undefined, io: CliIo): Promise<Uint8Array> {
  const candidates =
    videoFlag == null ? [...(io.demoClipPaths ?? []), resolve(io.cwd, 'assets/demo-clip.mp4')] : [resolve(io.cwd, videoFlag)];
  for (const candidate of candidates) {
    try {
      return new Uint8Array(await readFile(candidate));
    } catch {
      // Try the next place.
    }
  }
  throw new CliUsageError(
    videoFlag == null
      ? 'emulate: cannot find the demo clip (assets/demo-clip.mp4); pass --video FILE.'
      : `emulate: cannot read --video ${videoFlag}.`,
  );
}
