import type { CommandHelp } from './command-help';
import { catalogSummary } from './command-summary';

/** `cliprelay duck --help`. */
export const DUCK_COMMAND_HELP: CommandHelp = {
  ...catalogSummary('cli.duck.summary'),
  usage: [
    'cliprelay duck --timeline FILE [--voice TRACK…] [--duck TRACK…] [--preset ID] [--pack FILE] [--media-root DIR] [--out FILE] [--to FORMAT] [--json]',
    'cliprelay duck --render OUT.wav --bed FILE --voice FILE [--voice FILE…] [--preset ID] [--pack FILE] [--float] [--json]',
  ],
  flags: [
    [
      '--timeline FILE',
      'Final Cut Pro 7 XML (Premiere, Resolve), FCPXML 1.8–1.11 (Final Cut, Resolve) or OpenTimelineIO JSON; the format is read from the content',
    ],
    [
      '--voice TRACK',
      'a voice track: A1, A2… (audio tracks from 1), a track name or a role (voice, dialogue, music…); repeat (default: tracks named or marked voice/VO/dialogue). With --render: a WAV/AIFF voice file',
    ],
    ['--duck TRACK', 'a track to lower, named the same ways; repeat (default: every other audio track that is not voice)'],
    ['--preset ID', 'standard, light, strong or an id from --pack (default: standard)'],
    ['--pack FILE', 'a preset pack (JSON) adding or redefining presets'],
    ['--media-root DIR', "where the voice media is when the timeline's paths are from another machine (default: the timeline's folder)"],
    ['--out FILE', 'the ducked timeline (default: NAME.ducked.EXT beside the input); never the input itself'],
    ['--to FORMAT', 'xmeml, fcpxml or otio (default: the input format)'],
    ['--render OUT.wav', 'write the bed with the ducking applied instead of a timeline'],
    ['--bed FILE', 'with --render: the audio to lower; WAV/AIFF, or anything ffmpeg decodes when it is installed'],
    ['--float', "with --render: write 32-bit float (default: the bed's own bit depth)"],
    ['--json', 'one JSON line on stdout (timeline: {"out","format","voiceTracks","duckTracks","voiceRegions","clipsDucked","warnings"})'],
  ],
  notes: [
    "Speech is detected in the voice clips' WAV/AIFF media; a clip whose media is missing or unreadable counts by its whole extent (with a warning).",
    "A target-gap preset measures the voice and each ducked bed clip from their media and ducks each clip by its own depth (a bed whose media cannot be read: the preset's fixed depth).",
    "ClipRelay marks its own keyframes: a re-duck replaces them and keeps the editor's keyframes outside the ducked spans; ducking twice gives the same file.",
    'A timeline with something ClipRelay cannot carry over safely (compound clips, variable speed…) is refused, naming it, and nothing is written.',
  ],
  examples: [
    'cliprelay duck --timeline cut.xml --voice A1',
    'cliprelay duck --render mix.wav --bed music.wav --voice vo.wav --preset strong',
  ],
};
