import { DEFAULT_EMULATOR_PORT } from './emulate-command';

export const HELP_TEXT = `cliprelay — generate AI video clips with native audio, without an editor.

Usage:
  cliprelay generate --provider kling --prompt TEXT --out DIR [options]
  cliprelay emulate [--port N] [--host HOST] [--video FILE]
  cliprelay --help

generate: start a job, wait for it, download the clip to DIR, check it, print one JSON line
  --provider kling          video provider (only kling for now)
  --prompt TEXT             what the clip shows
  --out DIR                 folder for the clip, created if missing
  --model ID                catalog model id (default: the provider's default, kling-v2-6)
  --seconds N               clip length (default: 5, or the model's shortest)
  --aspect W:H              16:9, 9:16 or 1:1 (default: 16:9)
  --audio on|off            native generated audio (default: on where the model can)
  --negative-prompt TEXT    what to avoid
  --base-url URL            API base URL, e.g. an emulator's (default: $KLING_BASE_URL or Kling's)
  --poll-ms N               status check interval in ms (default: 2000)
  --timeout-s N             stop waiting after N seconds (default: 900)
  Credentials come from KLING_ACCESS_KEY and KLING_SECRET_KEY.
  stdout: {"path","provider","model","jobId","durationSeconds","hasAudio"}; progress on stderr.

emulate: serve local provider emulators (demo keys, no cost) until interrupted
  --port N                  port (default: ${DEFAULT_EMULATOR_PORT}; 0 picks a free one)
  --host HOST               interface (default: 127.0.0.1)
  --video FILE              MP4 every emulated job returns (default: the bundled demo clip)
  Prints "<provider> <base URL>" per emulator on stdout.

Exit codes: 0 done, 1 failed, 2 bad usage or missing credentials, 130 interrupted.
`;

export function runHelpCommand(io: { stdout: { write(text: string): unknown } }): number {
  io.stdout.write(HELP_TEXT);
  return 0;
}
