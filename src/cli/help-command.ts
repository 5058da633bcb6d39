import { PROVIDER_REGISTRATIONS } from '../providers/registry';
import { isoDay, loadBuiltinCatalog, offeredModels } from '../providers/catalog';
import { DEFAULT_EMULATOR_PORT } from './emulate-command';
import { baseUrlEnvName } from './provider-base-url-env';

/**
 * The --help text; provider names and credential variables come from the registrations, limited
 * to providers that still offer a model (none suggests the shut-down Sora API).
 */
export function helpText(): string {
  const offered = new Set(offeredModels(loadBuiltinCatalog(), isoDay(Date.now())).map((model) => model.provider));
  const registrations = PROVIDER_REGISTRATIONS.filter((registration) => offered.has(registration.id));
  const providers = registrations.map((registration) => registration.id).join('|');
  const credentials = registrations
    .map(
      (registration) =>
        `    ${registration.id.padEnd(14)} ${registration.credentials.map((spec) => spec.name + (spec.optional === true ? ' (optional)' : '')).join(', ') || '(none)'}; base URL ${baseUrlEnvName(registration.id) ?? '(none)'}`,
    )
    .join('\n');
  return `cliprelay — generate AI video clips with native audio, without an editor.

Usage:
  cliprelay generate --provider ${providers} --prompt TEXT --out DIR [options]
  cliprelay emulate [--port N] [--host HOST] [--video FILE] [--faults SPEC]
  cliprelay models [--provider ID] [--all] [--check] [--json] [--catalog FILE|URL]
  cliprelay jobs [--json]
  cliprelay analyze FILE [--json] [--preset ID] [--pack FILE]
  cliprelay plan --voice FILE [--voice FILE…] --clip START:END[:IN[:SPEED]] [--clip …] [--preset ID] [--pack FILE] [--bed FILE] [--json]
  cliprelay resume [--base-url URL]
  cliprelay --help

generate: record a job in the ledger, start it, wait, download the clip to DIR, check it, print one JSON line
  --provider ID             video provider: ${providers}
  --prompt TEXT             what the clip shows
  --out DIR                 folder for the clip, created if missing
  --model ID                catalog model id (default: the provider's default model)
  --seconds N               clip length (default: 5, or the model's shortest)
  --aspect W:H              16:9, 9:16 or 1:1 (default: 16:9)
  --audio on|off            native generated audio (default: on where the model can)
  --resolution 720p|1080p   output resolution (2160p on Kling 3.0), where the model offers a choice (default: the model's)
  --image FILE              reference image (PNG, JPEG or WebP) for image-to-video models
  --shot SECONDS:PROMPT     one shot of a multi-shot clip, repeat in order (Kling 3.0: up to 6; their seconds add up to --seconds, which defaults to their total)
  --negative-prompt TEXT    what to avoid
  --extend JOB | --edit JOB continue an earlier job (the jobId generate printed; Gemini Omni: extend the clip, or edit it with --prompt); its provider and model are the defaults
  --base-url URL            API base URL, e.g. an emulator's (default: the provider's, or its environment variable)
  --poll-ms N               status check interval in ms (default: 2000)
  --timeout-s N             stop waiting after N seconds (default: 900)
  --catalog FILE|URL        a newer model catalog (default: $CLIPRELAY_CATALOG, else the built-in one)
  Credentials come from each provider's usual environment variables:
${credentials}
  stdout: {"path","provider","model","jobId","durationSeconds","hasAudio"}; progress on stderr.

emulate: serve local provider emulators (demo keys, no cost) until interrupted
  --port N                  port (default: ${DEFAULT_EMULATOR_PORT}; 0 picks a free one)
  --host HOST               interface (default: 127.0.0.1)
  --video FILE              MP4 every emulated job returns (default: the bundled demo clip)
  --faults SPEC             scripted faults, e.g. kling:poll:429*3:retry-after=2,kling:download:drop@65536
                            ([provider:]phase:effect[*times]; phase create|poll|download|any;
                             effect = HTTP status, malformed, drop, drop@BYTES, stall@BYTES, delay=MS)
  Prints "<provider> <base URL>" per emulator on stdout.

models: the model catalog: status, durations, aspect ratios, audio, price per second
  --provider ID             only this provider's models
  --all                     include retired models (with their retirement day and replacement)
  --check                   ask each provider set up in the environment for its own model list and
                            report catalog entries it no longer serves (and which cannot be checked);
                            exits 1 when an offered model is not served
  --json                    {"models":[…]} (with --check: {"checks":[…]}) on stdout
  --catalog FILE|URL        list a newer catalog instead of the built-in one

jobs: every generation in the ledger ($CLIPRELAY_HOME/jobs.json, default ~/.cliprelay), newest first
resume: finish unfinished jobs where they stopped (after Ctrl-C, a crash, a failed download);
        a create whose answer was lost is looked up with the provider, never sent twice

analyze: speech regions ({"speech": [[start, end], …]} in seconds) and integrated loudness (BS.1770) of a WAV/AIFF
plan: the ducking keyframes for clips under the speech in voice files (voice files start at sequence time 0)
  --preset light|standard|strong or an id from --pack; --bed FILE measures the ducked audio for target-gap presets

Exit codes: 0 done, 1 failed, 2 bad usage or missing credentials, 130 interrupted.
`;
}

export function runHelpCommand(io: { stdout: { write(text: string): unknown } }): number {
  io.stdout.write(helpText());
  return 0;
}
