/** English source messages for the CLI (human-facing lines only; never --json). */
export const EN_CLI = {
  'cli.error': 'cliprelay: {message}',
  'cli.unknownCommand': 'cliprelay: unknown command "{command}". Commands: {commands}. See cliprelay --help.',
  'cli.cancelled': 'cliprelay: cancelled.',
  'cli.warning': 'warning: {message}',
  'cli.help.tagline': 'cliprelay — generate AI video clips with native audio, without an editor.',
  'cli.help.usage': 'Usage:',
  'cli.help.commands': 'Commands:',
  'cli.help.flags': 'Flags:',
  'cli.help.examples': 'Examples:',
  'cli.help.oneCommand': 'one command: flags with units and defaults, examples',
  'cli.help.credentials': "Credentials come from each provider's usual environment variables:",
  'cli.help.exitCodes': 'Exit codes:',
  'cli.exit.ok': 'done (also `emulate` stopped by Ctrl-C: that is how it ends)',
  'cli.exit.failed':
    'the command ran and failed: a provider or job error, a failed download, an audio file that is not WAV/AIFF, or `models --check` found an offered model its provider no longer serves',
  'cli.exit.usage':
    'the command could not start: a bad flag or value; an unknown command, provider, model or preset; a retired provider or model; a request the model cannot take; a missing input file; missing credentials; the CLI not built',
  'cli.exit.interrupted': 'interrupted (Ctrl-C): unfinished jobs stay in the ledger, `cliprelay resume` finishes them',
  'cli.analyze.summary': 'speech regions and integrated loudness (BS.1770) of a WAV/AIFF voice recording',
  'cli.analyze.progress': 'analyzing {file} {percent, number, percent}',
  'cli.duck.summary': "duck any editor's timeline (Premiere XML, FCPXML, OTIO) under its voice, or render the ducked audio",
  'cli.duck.clipsDucked':
    '{count, plural, =0 {no clip ducked} one {# clip ducked} other {# clips ducked}} under {regions, plural, one {# speech region} other {# speech regions}}',
  'cli.lang.unknown': '--lang "{lang}" is not a language cliprelay speaks: use en, fr, ca, pl or zh-Hans.',
} as const satisfies Readonly<Record<string, string>>;
