/** Deterministic test signals: seeded noise and voice-like harmonic bursts, no external tools. */

/** mulberry32: a tiny seeded PRNG, so "noise" is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** White noise at an RMS level in dBFS (full-scale square wave = 0 dB). */
export function whiteNoise(frameCount: number, rmsDb: number, seed = 1): Float32Array {
  const random = seededRandom(seed);
  const amplitude = 10 ** (rmsDb / 20) * Math.sqrt(3); // uniform on [−a, a] has RMS a/√3
  return Float32Array.from({ length: frameCount }, () => (random() * 2 - 1) * amplitude);
}

export interface Burst {
  readonly startSeconds: number;
  readonly endSeconds: number;
  /** Peak level of the burst, dBFS. @default -12 */
  readonly peakDb?: number;
  /** Fundamental, Hz. @default 140 */
  readonly f0Hz?: number;
}

/**
 * Adds voice-like bursts: a harmonic series (falling 6 dB per octave, like a glottal source) with
 * 5 ms raised-cosine edges and a slow syllabic wobble — harmonic like a vowel, so its spectrum is
 * not flat.
 */
export function addBursts(target: Float32Array, sampleRateHz: number, bursts: readonly Burst[]): Float32Array {
  for (const burst of bursts) {
    const f0 = burst.f0Hz ?? 140;
    const peak = 10 ** ((burst.peakDb ?? -12) / 20);
    const start = Math.round(burst.startSeconds * sampleRateHz);
    const end = Math.min(target.length, Math.round(burst.endSeconds * sampleRateHz));
    const edge = Math.round(0.005 * sampleRateHz);
    const harmonics = Math.min(25, Math.floor(sampleRateHz / 2 / f0) - 1);
    for (let index = start; index < end; index++) {
      const t = (index - start) / sampleRateHz;
      let value = 0;
      for (let h = 1; h <= harmonics; h++) value += Math.sin(2 * Math.PI * h * f0 * t) / h;
      const fade = Math.min(1, (index - start) / edge, (end - 1 - index) / edge);
      const envelope = (0.5 - 0.5 * Math.cos(Math.PI * Math.max(0, fade))) * (0.75 + 0.25 * Math.sin(2 * Math.PI * 4 * t));
      target[index]! += (peak / 1.9) * value * envelope;
    }
  }
  return target;
}

/** Mains hum: a fundamental and odd/even harmonics at a level in dBFS. */
export function addHum(target: Float32Array, sampleRateHz: number, fundamentalHz: number, levelDb: number): Float32Array {
  const amplitude = 10 ** (levelDb / 20);
  const partials = [1, 0.5, 0.35, 0.2, 0.12, 0.08];
  for (let index = 0; index < target.length; index++) {
    const phase = (2 * Math.PI * fundamentalHz * index) / sampleRateHz;
    let value = 0;
    for (let k = 0; k < partials.length; k++) value += partials[k]! * Math.sin(phase * (k + 1));
    target[index] = target[index]! + amplitude * value;
  }
  return target;
}

/**
 * Air-handling noise: rumble (white noise through two one-pole low-passes at about 250 Hz) over a
 * quieter broadband hiss of moving air, at unit RMS before the caller scales it. Mains-driven
 * motors add a 120 Hz hum on top (addHum with 120 Hz).
 */
export function hvacNoise(frameCount: number, sampleRateHz: number, seed = 1): Float32Array {
  const random = seededRandom(seed);
  const out = new Float32Array(frameCount);
  const pole = Math.exp((-2 * Math.PI * 250) / sampleRateHz);
  let first = 0;
  let second = 0;
  let sumSquares = 0;
  for (let index = 0; index < frameCount; index++) {
    const white = random() * 2 - 1;
    first = pole * first + (1 - pole) * white;
    second = pole * second + (1 - pole) * first;
    const value = 12 * second + 0.08 * white;
    out[index] = value;
    sumSquares += value * value;
  }
  const scale = 1 / Math.sqrt(sumSquares / Math.max(1, frameCount));
  for (let index = 0; index < frameCount; index++) out[index]! *= scale;
  return out;
}

/**
 * Wind on an outdoor microphone, unit RMS: low rumble (noise through two 150 Hz one-pole low
 * passes) whose level gusts with two slow, unrelated swells, over a little broadband rustle.
 */
export function windNoise(frameCount: number, sampleRateHz: number, seed = 1): Float32Array {
  const random = seededRandom(seed);
  const out = new Float32Array(frameCount);
  const pole = Math.exp((-2 * Math.PI * 150) / sampleRateHz);
  const phase = random() * 2 * Math.PI;
  let first = 0;
  let second = 0;
  let sumSquares = 0;
  for (let index = 0; index < frameCount; index++) {
    const t = index / sampleRateHz;
    const white = random() * 2 - 1;
    first = pole * first + (1 - pole) * white;
    second = pole * second + (1 - pole) * first;
    const gust = 0.55 + 0.45 * Math.sin(2 * Math.PI * 0.13 * t + phase) * Math.sin(2 * Math.PI * 0.31 * t);
    const value = gust * (20 * second + 0.05 * white);
    out[index] = value;
    sumSquares += value * value;
  }
  const scale = 1 / Math.sqrt(sumSquares / Math.max(1, frameCount));
  for (let index = 0; index < frameCount; index++) out[index]! *= scale;
  return out;
}
