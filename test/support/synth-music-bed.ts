import { seededRandom } from './synth-signals';

/**
 * A synthesised music bed, the kind that sits under a voice-over (a temp mix on the VO track,
 * on-location bleed): a four-chord progression struck like a piano, sustained detuned pads on the
 * same chords, and a drum kit (kick, snare, eighth-note hi-hat); or, for other genres, the chords
 * picked as a plucked-string arpeggio, a synth bass on their roots and electronic drums (a kick on
 * every beat, open hi-hats between). Deterministic for a seed.
 */
interface MusicBedParts {
  readonly chords?: boolean;
  readonly pads?: boolean;
  readonly drums?: boolean;
  /** Eighth-note arpeggio of each chord on a plucked string (Karplus–Strong). */
  readonly plucks?: boolean;
  /** A sawtooth bass on each chord's root, two octaves down, pulsing in eighths. */
  readonly synthBass?: boolean;
  /** A kick on every beat and an open hi-hat on every off-beat. */
  readonly fourOnTheFloor?: boolean;
  /** @default 104 */
  readonly tempoBpm?: number;
  /** @default 1 */
  readonly seed?: number;
}

/** I–vi–IV–V in C, then ii–V–I–vi in G: MIDI notes of each bar's chord. */
const PROGRESSION: readonly (readonly number[])[] = [
  [60, 64, 67],
  [57, 60, 64],
  [53, 57, 60],
  [55, 59, 62],
  [57, 60, 64],
  [62, 66, 69],
  [55, 59, 62],
  [52, 55, 59],
];

const midiHz = (note: number) => 440 * 2 ** ((note - 69) / 12);

/** Returns the bed at unit scale; callers set its level. */
export function musicBed(frameCount: number, sampleRateHz: number, parts: MusicBedParts): Float32Array {
  const out = new Float32Array(frameCount);
  const beatSeconds = 60 / (parts.tempoBpm ?? 104);
  const random = seededRandom(parts.seed ?? 1);
  const bars = Math.ceil(frameCount / sampleRateHz / (4 * beatSeconds)) + 1;
  // Start somewhere in the progression, so beds with different seeds differ.
  const firstChord = Math.floor(random() * PROGRESSION.length);
  for (let bar = 0; bar < bars; bar++) {
    const chord = PROGRESSION[(firstChord + bar) % PROGRESSION.length]!;
    const barStart = bar * 4 * beatSeconds;
    if (parts.chords === true) {
      // Struck on beats 1, 2½ and 3 with a little velocity variation: decaying harmonic notes.
      for (const beat of [0, 1.5, 2]) {
        for (const note of chord)
          addStruckNote(out, sampleRateHz, barStart + beat * beatSeconds, midiHz(note), 0.6 + 0.3 * random(), 2.5 * beatSeconds);
      }
    }
    if (parts.pads === true) {
      for (const note of [chord[0]! - 12, ...chord]) addPadNote(out, sampleRateHz, barStart, 4 * beatSeconds, midiHz(note), 0.35);
    }
    if (parts.plucks === true) {
      const notes = [...chord, chord[0]! + 12];
      for (let eighth = 0; eighth < 8; eighth++) {
        const note = notes[[0, 1, 2, 3, 2, 1, 0, 1][eighth]!]!;
        addPluck(out, sampleRateHz, barStart + (eighth * beatSeconds) / 2, midiHz(note), 0.5 + 0.2 * random(), 2 * beatSeconds, random);
      }
    }
    if (parts.synthBass === true) {
      for (let eighth = 0; eighth < 8; eighth++)
        addSawNote(out, sampleRateHz, barStart + (eighth * beatSeconds) / 2, 0.45 * beatSeconds, midiHz(chord[0]! - 24), 0.5);
    }
    if (parts.fourOnTheFloor === true) {
      for (let beat = 0; beat < 4; beat++) {
        addKick(out, sampleRateHz, barStart + beat * beatSeconds, 1);
        addHiHat(out, sampleRateHz, barStart + (beat + 0.5) * beatSeconds, 0.35, random, 0.12);
      }
    }
    if (parts.drums === true) {
      for (let eighth = 0; eighth < 8; eighth++) {
        const time = barStart + (eighth * beatSeconds) / 2;
        addHiHat(out, sampleRateHz, time, 0.25 + 0.1 * random(), random);
        if (eighth === 0 || eighth === 4 || eighth === 5) addKick(out, sampleRateHz, time, 1);
        if (eighth === 2 || eighth === 6) addSnare(out, sampleRateHz, time, 0.7, random);
      }
    }
  }
  return out;
}

function span(sampleRateHz: number, startSeconds: number, durationSeconds: number, length: number): [number, number] {
  const start = Math.max(0, Math.round(startSeconds * sampleRateHz));
  return [start, Math.min(length, start + Math.round(durationSeconds * sampleRateHz))];
}

/** A piano-like note: 8 harmonics, the higher ones dying faster, 5 ms attack, exponential decay. */
function addStruckNote(out: Float32Array, rate: number, startSeconds: number, hz: number, velocity: number, durationSeconds: number): void {
  const [start, end] = span(rate, startSeconds, durationSeconds, out.length);
  for (let h = 1; h <= 8 && h * hz < rate / 2; h++) {
    const step = (2 * Math.PI * h * hz) / rate;
    const decay = Math.exp(-(0.8 + 0.5 * h) / rate);
    let envelope = velocity / h;
    for (let index = start; index < end; index++) {
      const t = index - start;
      const attack = Math.min(1, t / (0.005 * rate));
      out[index]! += envelope * attack * Math.sin(step * t);
      envelope *= decay;
    }
  }
}

/** A sustained pad: two detuned saw-like oscillators (12 harmonics, 1/h²), slow attack and release. */
function addPadNote(out: Float32Array, rate: number, startSeconds: number, durationSeconds: number, hz: number, level: number): void {
  const fadeSeconds = 0.25;
  const [start, end] = span(rate, startSeconds - fadeSeconds, durationSeconds + 2 * fadeSeconds, out.length);
  const total = end - start;
  const fade = fadeSeconds * 2 * rate;
  for (const detune of [0.997, 1.003]) {
    for (let h = 1; h <= 12 && h * hz * detune < rate / 2; h++) {
      const step = (2 * Math.PI * h * hz * detune) / rate;
      const amplitude = level / (h * h);
      for (let index = start; index < end; index++) {
        const t = index - start;
        const envelope = Math.min(1, t / fade, (total - t) / fade);
        out[index]! += amplitude * envelope * Math.sin(step * (index - start) + h);
      }
    }
  }
}

/** A kick: a sine falling from 150 to 50 Hz, 150 ms decay. */
function addKick(out: Float32Array, rate: number, startSeconds: number, level: number): void {
  const [start, end] = span(rate, startSeconds, 0.4, out.length);
  let phase = 0;
  for (let index = start; index < end; index++) {
    const t = (index - start) / rate;
    phase += (2 * Math.PI * (50 + 100 * Math.exp(-t / 0.04))) / rate;
    out[index]! += level * Math.exp(-t / 0.15) * Math.sin(phase);
  }
}

/** A snare: noise with a 180 Hz body, 120 ms decay. */
function addSnare(out: Float32Array, rate: number, startSeconds: number, level: number, random: () => number): void {
  const [start, end] = span(rate, startSeconds, 0.35, out.length);
  for (let index = start; index < end; index++) {
    const t = (index - start) / rate;
    const body = 0.5 * Math.sin(2 * Math.PI * 180 * t) * Math.exp(-t / 0.06);
    out[index]! += level * (body + (random() * 2 - 1) * Math.exp(-t / 0.12));
  }
}

/** A hi-hat: differenced (high-passed) noise, 40 ms decay when closed (longer when open). */
function addHiHat(out: Float32Array, rate: number, startSeconds: number, level: number, random: () => number, decaySeconds = 0.04): void {
  const [start, end] = span(rate, startSeconds, 4 * decaySeconds, out.length);
  let previous = 0;
  for (let index = start; index < end; index++) {
    const t = (index - start) / rate;
    const white = random() * 2 - 1;
    out[index]! += level * (white - previous) * Math.exp(-t / decaySeconds);
    previous = white;
  }
}

/**
 * A plucked string (Karplus–Strong): a period of noise recirculated through a two-point average,
 * so the high harmonics die first, as a guitar's or a harp's do.
 */
function addPluck(
  out: Float32Array,
  rate: number,
  startSeconds: number,
  hz: number,
  level: number,
  durationSeconds: number,
  random: () => number,
): void {
  const [start, end] = span(rate, startSeconds, durationSeconds, out.length);
  const period = Math.max(2, Math.round(rate / hz));
  const string = Float32Array.from({ length: period }, () => random() * 2 - 1);
  for (let index = start, at = 0; index < end; index++, at = (at + 1) % period) {
    const value = string[at]!;
    string[at] = 0.4985 * (value + string[(at + 1) % period]!);
    out[index]! += level * value;
  }
}

/** A sawtooth note (band-limited: harmonics to 4 kHz, 1/h), 10 ms attack and release. */
function addSawNote(out: Float32Array, rate: number, startSeconds: number, durationSeconds: number, hz: number, level: number): void {
  const [start, end] = span(rate, startSeconds, durationSeconds, out.length);
  const edge = 0.01 * rate;
  for (let h = 1; h * hz < Math.min(4000, rate / 2); h++) {
    const step = (2 * Math.PI * h * hz) / rate;
    for (let index = start; index < end; index++) {
      const envelope = Math.min(1, (index - start) / edge, (end - index) / edge);
      out[index]! += (level / h) * envelope * Math.sin(step * (index - start));
    }
  }
}
