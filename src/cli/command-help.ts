import { BUILTIN_PRESET_PACK } from '../domain/presets';
import { isoDay, loadBuiltinCatalog, offeredModels } from '../providers/catalog';
import { PROVIDER_REGISTRATIONS } from '../providers/registry';
import type { ProviderRegistration } from '../providers/spec';
import { catalogSummary, type CommandSummaryId } from './command-summary';
import { DUCK_COMMAND_HELP } from './duck-command-help';
import { DEFAULT_EMULATOR_PORT } from './emulate-command';
import { PACK_COMMAND_HELP } from './pack-command-help';
import { baseUrlEnvName } from './provider-base-url-env';
import { REPORT_COMMAND_HELP } from './report-command-help';

/** What `cliprelay COMMAND --help` shows; `cliprelay --help` lists the summaries and usage lines. */
export interface CommandHelp {
  /** One line for the command list, in English. */
  readonly summary: string;
  /** The summary's catalog message, where it has one: help says it in the user's language. @default undefined (English only) */
  readonly summaryId?: CommandSummaryId;
  /** Usage lines, each starting with "cliprelay COMMAND". */
  readonly usage: readonly string[];
  /** Flags with their units and defaults, as [flag, meaning]. */
  readonly flags: readonly (readonly [flag: string, meaning: string])[];
  /** What else a user needs to know: output, environment, what the exit codes mean here. */
  readonly notes: readonly string[];
  /** One or two command lines that work as written (with the emulator's demo keys where a key is needed). */
  readonly examples: readonly string[];
}

/**
 * Providers that still offer a model today: help never suggests one that is shut down (the Sora
 * API), though `generate` explains a retired one when asked for it.
 */
function offeredRegistrations(): ProviderRegistration[] {
  const offered = new Set(offeredModels(loadBuiltinCatalog(), isoDay(Date.now())).map((model) => model.provider));
  return PROVIDER_REGISTRATIONS.filter((registration) => offered.has(registration.id));
}

/** "    kling          KLING_ACCESS_KEY, KLING_SECRET_KEY; base URL KLING_BASE_URL", one line per offered provider. */
export function credentialLines(): string[] {
  return offeredRegistrations().map((registration) => {
    const names = registration.credentials.map((spec) => spec.name + (spec.optional === true ? ' (optional)' : '')).join(', ');
    return `    ${registration.id.padEnd(14)} ${names || '(none)'}; base URL ${baseUrlEnvName(registration.id) ?? '(none)'}`;
  });
}

const CATALOG_FLAG = ['--catalog FILE|URL', 'a newer model catalog (default: $CLIPRELAY_CATALOG, else the built-in one)'] as const;
const POLL_FLAG = ['--poll-ms N', 'status check interval in milliseconds (default: 2000)'] as const;
const TIMEOUT_FLAG = ['--timeout-s N', 'stop waiting after N seconds (default: 900)'] as const;

/** Every command's help, by the name `runCli` dispatches on. */
export function commandHelps(): Readonly<Record<string, CommandHelp>> {
  const providers = offeredRegistrations().map((registration) => registration.id);
  const presets = BUILTIN_PRESET_PACK.presets.map((preset) => preset.id).join('|');
  return {
    generate: {
      summary: 'record a job in the ledger, start it, wait, download the clip to DIR, check it, print one JSON line',
      usage: [`cliprelay generate --provider ${providers.join('|')} --prompt TEXT --out DIR [options]`],
      flags: [
        ['--provider ID', `video provider: ${providers.join(', ')} (required unless --extend/--edit)`],
        ['--prompt TEXT', 'what the clip shows (required)'],
        ['--out DIR', 'folder for the clip, created if missing (required)'],
        ['--model ID', "catalog model id (default: the provider's default model; `cliprelay models --provider ID` lists them)"],
        ['--seconds N', "clip length in seconds (default: 5, or the model's shortest; with --shot, the shots' total)"],
        ['--aspect W:H', '16:9, 9:16 or 1:1 (default: 16:9)'],
        ['--audio on|off', 'native generated audio (default: on where the model can)'],
        ['--resolution 720p|1080p', "output resolution (2160p on Kling 3.0), where the model offers a choice (default: the model's)"],
        ['--image FILE', 'reference image (PNG, JPEG or WebP) for image-to-video models'],
        ['--shot SECONDS:PROMPT', 'one shot of a multi-shot clip, repeat in order (Kling 3.0: up to 6; their seconds add up to --seconds)'],
        ['--negative-prompt TEXT', 'what to avoid'],
        [
          '--extend JOB | --edit JOB',
          'continue an earlier job (the jobId generate printed; Gemini Omni); its provider and model are the defaults',
        ],
        ['--base-url URL', "API base URL, e.g. an emulator's (default: the provider's, or its environment variable)"],
        POLL_FLAG,
        TIMEOUT_FLAG,
        CATALOG_FLAG,
      ],
      notes: [
        "Credentials come from each provider's usual environment variables:",
        ...credentialLines(),
        '',
        'stdout: {"path","provider","model","jobId","durationSeconds","hasAudio"}; progress on stderr.',
        'An unknown or retired provider or model, or a request the model cannot take, exits 2 before anything is sent.',
        'Ctrl-C stops waiting (exit 130); the job stays in the ledger and `cliprelay resume` finishes it.',
      ],
      examples: [
        'KLING_ACCESS_KEY=… KLING_SECRET_KEY=… cliprelay generate --provider kling --prompt "Rain on a neon street at night" --out clips/',
        'cliprelay generate --provider kling --model kling-v3 --seconds 10 --aspect 9:16 --prompt "A lighthouse at dusk" --out clips/ --base-url http://127.0.0.1:4010/kling',
      ],
    },
    emulate: {
      summary: 'serve local provider emulators (demo keys, no cost) until interrupted',
      usage: ['cliprelay emulate [--port N] [--host HOST] [--video FILE] [--faults SPEC]'],
      flags: [
        ['--port N', `TCP port (default: ${DEFAULT_EMULATOR_PORT}; 0 picks a free one)`],
        ['--host HOST', 'interface to listen on (default: 127.0.0.1)'],
        ['--video FILE', 'MP4 every emulated job returns (default: the bundled demo clip)'],
        [
          '--faults SPEC',
          'scripted faults, [provider:]phase:effect[*times] joined by commas; phase create|poll|download|any; effect = HTTP status, malformed, drop, drop@BYTES, stall@BYTES, delay=MS (default: none)',
        ],
      ],
      notes: [
        'Prints "<provider> <base URL>" per emulator on stdout and the demo credentials on stderr.',
        'Ctrl-C is how it stops: it then exits 0.',
      ],
      examples: [
        'cliprelay emulate --port 8787',
        'cliprelay emulate --port 0 --faults kling:poll:429*3:retry-after=2,kling:download:drop@65536',
      ],
    },
    models: {
      summary: 'the model catalog: status, durations, aspect ratios, audio, price per second',
      usage: ['cliprelay models [--provider ID] [--all] [--check] [--json] [--catalog FILE|URL]'],
      flags: [
        ['--provider ID', `only this provider's models: ${providers.join(', ')} (an unknown one exits 2; a retired one too, unless --all)`],
        ['--all', 'include retired models, with their retirement day and replacement (default: offered models only)'],
        [
          '--check',
          'ask each provider set up in the environment for its own model list; report catalog entries it no longer serves and those that cannot be checked',
        ],
        ['--json', '{"models":[…]} (with --check: {"checks":[…],"unverified":…}) on stdout instead of a table'],
        CATALOG_FLAG,
      ],
      notes: ['With --check, exits 1 when an offered model is not served by its provider.'],
      examples: ['cliprelay models --provider kling', 'GEMINI_API_KEY=… cliprelay models --check --provider google'],
    },
    jobs: {
      summary: 'every generation in the ledger, newest first',
      usage: ['cliprelay jobs [--json] [--all]'],
      flags: [
        ['--json', '{"jobs":[…]} on stdout instead of one line per job'],
        ['--all', 'also the finished jobs moved to jobs-archive.jsonl (the ledger keeps the newest 1,000)'],
      ],
      notes: ['The ledger is $CLIPRELAY_HOME/jobs.json (default: ~/.cliprelay/jobs.json), shared by generate, jobs and resume.'],
      examples: ['cliprelay jobs', 'CLIPRELAY_HOME=/tmp/demo cliprelay jobs --json'],
    },
    resume: {
      summary: 'finish unfinished jobs where they stopped (after Ctrl-C, a crash, a failed download)',
      usage: ['cliprelay resume [--base-url URL] [--poll-ms N] [--timeout-s N]'],
      flags: [['--base-url URL', 'API base URL for every job (default: the one each job was created against)'], POLL_FLAG, TIMEOUT_FLAG],
      notes: ['A create whose answer was lost is looked up with the provider, never sent twice.'],
      examples: ['cliprelay resume'],
    },
    analyze: {
      ...catalogSummary('cli.analyze.summary'),
      usage: ['cliprelay analyze FILE [--json] [--preset ID] [--pack FILE]'],
      flags: [
        [
          '--json',
          '{"file","sampleRateHz","channelCount","durationSeconds","integratedLufs","speechLufs","speech","truncated","nonFiniteSamples","channelsOpposed"} on stdout',
        ],
        ['--preset ID', `whose speech detection settings to use: ${presets} or an id from --pack (default: standard)`],
        ['--pack FILE', 'a preset pack (JSON) adding or redefining presets'],
      ],
      notes: ['Times in seconds, loudness in LUFS (null: silence, or under 0.4 s to measure); speech is [[start, end], …].'],
      examples: ['cliprelay analyze voice.wav', 'cliprelay analyze voice.wav --json --preset strong'],
    },
    plan: {
      summary: 'the ducking keyframes for clips under the speech in voice files',
      usage: [
        'cliprelay plan --voice FILE [--voice FILE…] --clip START:END[:IN[:SPEED]] [--clip …] [--preset ID] [--pack FILE] [--bed FILE] [--json]',
      ],
      flags: [
        ['--voice FILE', 'a WAV/AIFF voice recording starting at sequence time 0; repeat for several (required)'],
        [
          '--clip START:END[:IN[:SPEED]]',
          "a span of the sequence to duck, in seconds; IN: the clip's in point in seconds (default: 0), SPEED (default: 1); repeat (required)",
        ],
        ['--preset ID', `${presets} or an id from --pack (default: standard)`],
        ['--pack FILE', 'a preset pack (JSON) adding or redefining presets'],
        ['--bed FILE', "the ducked audio, measured under the speech for target-gap presets (default: none; the preset's fixed depth)"],
        ['--json', '{"preset","voiceRegions","voiceLoudnessLufs","clips":[{…,"depthDb","points":[…]}]} on stdout'],
      ],
      notes: ["Keyframe gains are in dB relative to each clip's own level; times in sequence seconds and in the clip's media seconds."],
      examples: [
        'cliprelay plan --voice a.wav --clip 3:8 --preset standard',
        'cliprelay plan --voice a.wav --voice b.wav --clip 0:12:4 --clip 20:30 --json',
      ],
    },
    duck: DUCK_COMMAND_HELP,
    pack: PACK_COMMAND_HELP,
    report: REPORT_COMMAND_HELP,
  };
}
