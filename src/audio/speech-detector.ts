import type { TimeRange } from '../domain/ducking/time-range';
import { DEFAULT_SPEECH_DETECTION, type SpeechDetectionSettings } from '../domain/ducking/speech-detection-settings';
import {
  partsPerFrame,
  SILENCE_DB,
  SILENCE_POWER,
  SpeechFrameFeatureExtractor,
  SUB_BAND_COUNT,
  type SpeechFrameFeatures,
} from './speech-frame-features';
import { SlidingMinimum } from './sliding-minimum';
import { FRAME_CUE_COUNT, SpeechLikelihood } from './speech-likelihood';
import { MusicBedPresence } from './music-bed-presence';

interface SpeechDetectorOptions {
  readonly sampleRateHz: number;
  /** @default DEFAULT_SPEECH_DETECTION */
  readonly settings?: SpeechDetectionSettings;
  /** Frames in the whole stream when the header says; enables `progress`. @default null */
  readonly totalFrames?: number | null;
  /**
   * Called with the speech/music model's input for every frame (a reused array: copy it); the
   * model then runs on quiet frames too. For the training tool (tools/speech-model/), which must
   * record exactly what the shipped detector feeds its model. @default none
   */
  readonly onModelInput?: (input: Float64Array) => void;
}

/**
 * Finds speech in a stream of audio, offline but incrementally: feed blocks as they are decoded,
 * collect regions as they become final (a region is final a few seconds after it ends, once the
 * noise floor around it is known and no later speech can merge with it).
 */
export interface SpeechDetector {
  /** Analyses the next frames (one array per channel; channels are averaged) and returns the regions now final. */
  push(channels: readonly Float32Array[]): TimeRange[];
  /** Like `push`, from 16-bit stereo frames as 32-bit words (DecodedAudioBlock's `stereoInt16`); same regions. */
  pushStereoInt16(words: Int32Array): TimeRange[];
  /** Ends the stream and returns the remaining regions. */
  finish(): TimeRange[];
  /** Fraction of the stream pushed, 0…1; null when the total length is unknown. */
  readonly progress: number | null;
  readonly framesPushed: number;
}

export function createSpeechDetector(options: SpeechDetectorOptions): SpeechDetector {
  return new HysteresisSpeechDetector(options);
}

/** A frame opens a region only when the speech/music model gives it at least this probability … */
const OPEN_PROBABILITY = 0.6;
/** … and, where a music bed plays, counts as active (for the hold) while it gives at least this … */
const CLOSE_PROBABILITY = 0.4;
/**
 * A loud frame the model gives less than this is confidently not speech: the evidence of a bed
 * (MusicBedPresence), and, where no bed plays (silence, room noise, hum), the only veto the model
 * has: there the level alone tells speech well (as before the model), and the model's doubt about
 * a soft word ending (0.15–0.4 on a trailing consonant) would cut it short.
 */
const CONFIDENTLY_NOT_SPEECH_PROBABILITY = 0.1;
/**
 * MusicBedPresence's context either side of a frame, and the share of it that must be confidently
 * rejected. On the training files (never the suite's) that share is 0.14–0.17 under every music bed
 * and 0–0.02 over silence, noise, hum and HVAC: 0.06 sits between them.
 */
const BED_CONTEXT_SECONDS = 4;
const BED_PRESENT_FRACTION = 0.06;
/**
 * … and the onset look-back takes in frames down to this: a soft unvoiced onset ("s…") scores low
 * on its own, but a music bed's frames before a word score lower still.
 */
const LOOKBACK_PROBABILITY = 0.15;
/** The floors' input is smoothed over about this long, so one quiet frame in noise does not drag a floor down. */
const SMOOTHING_SECONDS = 0.03;
/** Flux compares each sub-band's level with the one this long before. */
const FLUX_LAG_SECONDS = 0.02;

/**
 * The algorithm (research/peers-ducking.md §2.8, §3.3):
 * 1. Per frame (20 ms by default): speech-band level, spectral flatness, sub-band levels and spectral
 *    stability (SpeechFrameFeatureExtractor).
 * 2. Noise floor: the minimum of the band level smoothed over ~30 ms, over a window centred on the
 *    frame (minimum statistics; the window always spans a pause, and it looks ahead, so speech
 *    at the very start of a file still has a floor); the same per sub-band.
 * 3. Speech or not: a small network (SpeechLikelihood) reads the frame's cues over their floors
 *    and their context (±250 ms) and gives the probability that the frame is speech: a music bed
 *    under the voice raises the level everywhere, but does not move like speech.
 * 4. Hysteresis: open when the level is `openAboveFloorDb` over the floor, the frame is not
 *    noise-like (flatness) and the model says speech (OPEN_PROBABILITY); stay open while the
 *    level is `closeAboveFloorDb` over the floor and the model still leans to speech — where a
 *    music bed plays (MusicBedPresence); elsewhere, unless the model is confident it is not speech.
 * 5. Onset look-back over active frames; hold across pauses up to `maxPauseSeconds`.
 * 6. Boundaries inside frames: a region's first and last frame are cut into parts of ~5 ms and its
 *    start and end move in over the parts that alone stay under the close threshold (the frame's
 *    band energy shared out by the parts' energy); drop regions shorter than `minSpeechSeconds`;
 *    pad; merge overlaps.
 */
class HysteresisSpeechDetector implements SpeechDetector {
  framesPushed = 0;

  private readonly settings: SpeechDetectionSettings;
  private readonly features: SpeechFrameFeatureExtractor;
  private readonly frameSeconds: number;
  private readonly hopSamples: number;
  private readonly halfWindowFrames: number;
  private readonly lookbackFrames: number;
  private readonly confirmFrames: number;
  private readonly maxPauseFrames: number;
  private readonly floor: SlidingMinimum;
  /**
   * The loudest smoothed band power in the same window, as the minimum of the negated powers: the
   * voice's own level, which the relative gate (maxBelowLoudestDb) hangs from.
   */
  private readonly loudest: SlidingMinimum;
  private readonly subBandFloors: SlidingMinimum[] = [];
  private readonly likelihood: SpeechLikelihood;
  private readonly bedPresence: MusicBedPresence;
  private readonly totalFrames: number | null;
  private readonly sampleRateHz: number;

  /**
   * Frames analysed but not yet decided (their floor needs `halfWindowFrames` of lookahead, then
   * the model's context after it more), in rings indexed by frame number.
   */
  private readonly ringMask: number;
  private readonly waitingBandDb: Float64Array;
  private readonly waitingFlatness: Float64Array;
  private readonly waitingSubBandPower: Float64Array;
  /** Sub-band levels in dB of the last frames whose floor is known, for the flux (fluxLagFrames ≤ 3 on). */
  private readonly flooredSubBandDb: Float64Array;
  private readonly waitingStability: Float64Array;
  /** Each frame's energy shares by part (SpeechFrameFeatures.partShares), for placing a region's boundaries inside frames. */
  private readonly waitingPartShares: Float64Array;
  private readonly parts: number;
  /** The floor each frame was judged against, kept until the model's probability for it arrives. */
  private readonly judgedFloorDb: Float64Array;
  /** The least level that may open a region around each frame (minSpeechLevelDbfs or the relative gate, whichever is higher). */
  private readonly judgedGateDb: Float64Array;
  /** The model's probability for each frame, kept until MusicBedPresence has seen the frames around it. */
  private readonly judgedProbability: Float64Array;
  /** Whether each frame's level reaches the close threshold over its floor (1): worked out once, when the floor is known. */
  private readonly judgedLoud: Uint8Array;
  private readonly cues = new Float64Array(FRAME_CUE_COUNT);
  private readonly lastSubBandFloorPower = new Float64Array(SUB_BAND_COUNT).fill(NaN);
  private readonly lastSubBandFloorDb = new Float64Array(SUB_BAND_COUNT);
  /** The band floor's last power and its level in dB, for the same reason. */
  private lastFloorPower = NaN;
  private lastFloorDb = 0;
  /** The loudest power and the gate it sets, for the same reason. */
  private lastLoudestPower = NaN;
  private lastGateDb = 0;
  /** The level a frame must reach to count as active against that floor and gate (see floorNext). */
  private lastCloseThresholdDb = 0;
  private readonly openAboveFloorDb: number;
  private readonly minSpeechLevelDbfs: number;
  private readonly maxBelowLoudestDb: number;
  /** openAboveFloorDb − closeAboveFloorDb: the close threshold is the open one less this. */
  private readonly openOverCloseDb: number;
  /** Frames whose floor is known (and whose cues went to the model). */
  private floored = 0;
  private analysed = 0;
  /** Band power of the last smoothingFrames frames, for smoothing; the same per sub-band. */
  private readonly recentPower: Float64Array;
  private readonly recentSubBandPower: Float64Array;
  /** Frames the floors' input is smoothed over (about 30 ms), and the flux's lag (about 20 ms). */
  private readonly smoothingFrames: number;
  private readonly fluxLagFrames: number;

  /** Whether each recently decided frame could belong to a word's onset (the look-back). */
  private readonly aboveCloseHistory: Uint8Array;
  private decided = 0;
  /** Consecutive frames so far that met the open conditions. */
  private openRun = 0;
  private openSinceFrame: number | null = null;
  /** Where the open region starts, in parts of frames: placed when it opens, while its first frame is still in the rings. */
  private openSincePart = 0;
  private lastActiveFrame = -1;
  /** Frames before this belong to an earlier region; the look-back never crosses it. */
  private previousRegionEndFrame = 0;

  /** The last region found, held back until no later region can merge with it. */
  private held: { startSeconds: number; endSeconds: number } | null = null;
  /** Where regions found during the current push or finish go (one callback each, no closure per frame). */
  private found: TimeRange[] = [];
  private readonly onFeatures = (frame: SpeechFrameFeatures) => this.onFrame(frame);
  private readonly onProbability = (frame: number, probability: number) => this.judge(frame, probability);
  private readonly onBedPresence = (frame: number, bedPresent: boolean) => this.decide(frame, bedPresent);

  constructor(options: SpeechDetectorOptions) {
    const settings = options.settings ?? DEFAULT_SPEECH_DETECTION;
    this.settings = settings;
    this.openAboveFloorDb = settings.openAboveFloorDb;
    this.minSpeechLevelDbfs = settings.minSpeechLevelDbfs;
    this.maxBelowLoudestDb = settings.maxBelowLoudestDb;
    this.openOverCloseDb = settings.openAboveFloorDb - settings.closeAboveFloorDb;
    this.sampleRateHz = options.sampleRateHz;
    this.totalFrames = options.totalFrames ?? null;
    const hopSeconds = Math.max(1, Math.round(settings.frameSeconds * options.sampleRateHz)) / options.sampleRateHz;
    this.likelihood = new SpeechLikelihood(undefined, options.onModelInput ?? null, hopSeconds);
    this.smoothingFrames = Math.max(1, Math.round(SMOOTHING_SECONDS / hopSeconds));
    this.fluxLagFrames = Math.min(3, Math.max(1, Math.round(FLUX_LAG_SECONDS / hopSeconds)));
    this.recentPower = new Float64Array(this.smoothingFrames);
    this.recentSubBandPower = new Float64Array(this.smoothingFrames * SUB_BAND_COUNT);
    this.features = new SpeechFrameFeatureExtractor({
      sampleRateHz: options.sampleRateHz,
      frameSeconds: settings.frameSeconds,
      bandLowHz: settings.bandLowHz,
      bandHighHz: settings.bandHighHz,
    });
    this.hopSamples = this.features.hopSamples;
    this.frameSeconds = this.hopSamples / options.sampleRateHz;
    this.halfWindowFrames = Math.max(1, Math.round(settings.noiseFloorWindowSeconds / 2 / this.frameSeconds));
    this.confirmFrames = Math.max(1, Math.round(settings.openConfirmSeconds / this.frameSeconds));
    // The look-back starts from the first frame of the confirming run, so the history covers both.
    this.lookbackFrames = Math.round(settings.onsetLookbackSeconds / this.frameSeconds) + this.confirmFrames;
    this.maxPauseFrames = Math.round(settings.maxPauseSeconds / this.frameSeconds);
    this.floor = new SlidingMinimum(2 * this.halfWindowFrames + 1);
    this.loudest = new SlidingMinimum(2 * this.halfWindowFrames + 1);
    for (let band = 0; band < SUB_BAND_COUNT; band++) this.subBandFloors.push(new SlidingMinimum(2 * this.halfWindowFrames + 1));
    this.aboveCloseHistory = new Uint8Array(this.lookbackFrames + 1);
    const bedHalfWindowFrames = Math.max(1, Math.round(BED_CONTEXT_SECONDS / this.frameSeconds));
    this.bedPresence = new MusicBedPresence(bedHalfWindowFrames, BED_PRESENT_FRACTION);
    let ringSize = 2;
    // The floor's lookahead, the model's, the bed's context, and behind the frame being decided the
    // look-back (a region's first frame, read when it opens) and the longest pause (its last, read
    // when it closes).
    const behind = this.lookbackFrames + this.maxPauseFrames + 4;
    while (ringSize < this.halfWindowFrames + this.likelihood.lagFrames + bedHalfWindowFrames + behind) ringSize *= 2;
    this.ringMask = ringSize - 1;
    this.waitingBandDb = new Float64Array(ringSize);
    this.waitingFlatness = new Float64Array(ringSize);
    this.waitingSubBandPower = new Float64Array(ringSize * SUB_BAND_COUNT);
    this.flooredSubBandDb = new Float64Array(4 * SUB_BAND_COUNT);
    this.waitingStability = new Float64Array(ringSize);
    this.parts = partsPerFrame(this.frameSeconds);
    this.waitingPartShares = new Float64Array(ringSize * this.parts);
    this.judgedFloorDb = new Float64Array(ringSize);
    this.judgedGateDb = new Float64Array(ringSize);
    this.judgedProbability = new Float64Array(ringSize);
    this.judgedLoud = new Uint8Array(ringSize);
  }

  get progress(): number | null {
    if (this.totalFrames == null) return null;
    if (this.totalFrames === 0) return 1;
    return Math.min(1, this.framesPushed / this.totalFrames);
  }

  push(channels: readonly Float32Array[]): TimeRange[] {
    const length = channels[0]?.length ?? 0;
    if (length === 0) return [];
    this.framesPushed += length;
    const found: TimeRange[] = [];
    this.found = found;
    this.features.pushChannels(channels, this.onFeatures);
    return found;
  }

  pushStereoInt16(words: Int32Array): TimeRange[] {
    if (words.length === 0) return [];
    this.framesPushed += words.length;
    const found: TimeRange[] = [];
    this.found = found;
    this.features.pushStereoInt16(words, this.onFeatures);
    return found;
  }

  finish(): TimeRange[] {
    const found: TimeRange[] = [];
    this.found = found;
    this.features.finish(this.onFeatures);
    // The last frames' windows end at the end of the file.
    while (this.floored < this.analysed) {
      const keep = this.analysed - this.floored + this.halfWindowFrames;
      this.floor.keepLast(keep);
      this.loudest.keepLast(keep);
      for (const floor of this.subBandFloors) floor.keepLast(keep);
      this.floorNext();
    }
    this.likelihood.finish(this.onProbability);
    this.bedPresence.finish(this.onBedPresence);
    if (this.openSinceFrame != null) this.closeRegion(this.lastActiveFrame + 1, found);
    const durationSeconds = this.framesPushed / this.sampleRateHz;
    if (this.held != null) {
      found.push({ startSeconds: this.held.startSeconds, endSeconds: Math.min(durationSeconds, this.held.endSeconds) });
      this.held = null;
    }
    return found;
  }

  private onFrame(frame: SpeechFrameFeatures): void {
    const index = this.analysed;
    const slot = index & this.ringMask;
    this.waitingBandDb[slot] = frame.bandDb;
    this.waitingFlatness[slot] = frame.flatness;
    this.waitingStability[slot] = frame.stability;
    for (let part = 0, at = slot * this.parts; part < this.parts; part++) this.waitingPartShares[at + part] = frame.partShares[part]!;
    const subBandPower = frame.subBandPower;
    // A loop, not TypedArray.set: for eight values a call into the runtime costs more than the copy.
    for (let band = 0, at = slot * SUB_BAND_COUNT; band < SUB_BAND_COUNT; band++) this.waitingSubBandPower[at + band] = subBandPower[band]!;
    // Smooth in the power domain over about 30 ms so one quiet frame in noise does not drag the floor
    // down. Floors are minima of powers: the logarithm is taken once, of the minimum.
    const smoothing = this.smoothingFrames;
    const count = Math.min(smoothing, index + 1);
    const recent = this.recentPower;
    recent[index % smoothing] = frame.bandPower;
    let power = 0;
    for (let back = 0; back < smoothing; back++) power += recent[back]!;
    this.floor.push(power / count);
    this.loudest.push(-power / count);
    const subBands = this.recentSubBandPower;
    const row = (index % smoothing) * SUB_BAND_COUNT;
    for (let band = 0; band < SUB_BAND_COUNT; band++) {
      subBands[row + band] = frame.subBandPower[band]!;
      let sum = 0;
      for (let back = 0, at = band; back < smoothing; back++, at += SUB_BAND_COUNT) sum += subBands[at]!;
      this.subBandFloors[band]!.push(sum / count);
    }
    this.analysed++;
    // Frame i's floor is known once frame i + halfWindow has entered the floor's window.
    if (this.analysed - this.floored > this.halfWindowFrames) this.floorNext();
  }

  /**
   * The next frame's floor is known: its cues go to the model (which answers once it has seen ±250 ms around it).
   * Floors are read from fields, not from methods: a number returned from a call V8 does not inline
   * is boxed on the heap, and nine per frame were most of the detector's garbage.
   */
  private floorNext(): void {
    const index = this.floored++;
    const slot = index & this.ringMask;
    const floorPower = this.floor.minimum;
    const loudestPower = -this.loudest.minimum;
    if (floorPower !== this.lastFloorPower || loudestPower !== this.lastLoudestPower) {
      this.lastFloorPower = floorPower;
      this.lastLoudestPower = loudestPower;
      const floorDb = floorPower <= SILENCE_POWER ? SILENCE_DB : 10 * Math.log10(floorPower);
      const loudestDb = loudestPower <= SILENCE_POWER ? SILENCE_DB : 10 * Math.log10(loudestPower);
      this.lastFloorDb = floorDb;
      this.lastGateDb = Math.max(this.minSpeechLevelDbfs, loudestDb - this.maxBelowLoudestDb);
      this.lastCloseThresholdDb = this.closeThresholdDb(floorDb, this.lastGateDb);
    }
    const floorDb = this.lastFloorDb;
    this.judgedFloorDb[slot] = floorDb;
    this.judgedGateDb[slot] = this.lastGateDb;
    const bandDb = this.waitingBandDb[slot]!;
    const cues = this.cues;
    // The model's cues, in its order and scale (dB over 20, flux over 10; see speech-model-weights.ts).
    cues[0] = clamp(bandDb - floorDb, 0, 60) / 20;
    cues[1] = this.waitingFlatness[slot]!;
    const bandBase = slot * SUB_BAND_COUNT;
    const levels = this.flooredSubBandDb;
    const row = (index & 3) * SUB_BAND_COUNT;
    const fluxLag = this.fluxLagFrames;
    const previousRow = ((index - fluxLag) & 3) * SUB_BAND_COUNT;
    const { subBandFloors, lastSubBandFloorPower, lastSubBandFloorDb, waitingSubBandPower } = this;
    let flux = 0;
    let mean = 0;
    for (let band = 0; band < SUB_BAND_COUNT; band++) {
      const level = 10 * Math.log10(waitingSubBandPower[bandBase + band]!);
      levels[row + band] = level;
      // A sub-band's floor holds for many frames: its logarithm is kept until it moves.
      const subFloorPower = subBandFloors[band]!.minimum;
      if (subFloorPower !== lastSubBandFloorPower[band]) {
        lastSubBandFloorPower[band] = subFloorPower;
        lastSubBandFloorDb[band] = 10 * Math.log10(subFloorPower);
      }
      cues[2 + band] = clamp(level - lastSubBandFloorDb[band]!, 0, 60) / 20;
      if (index >= fluxLag) flux += clamp(level - levels[previousRow + band]!, 0, 30);
      mean += level;
    }
    cues[10] = flux / SUB_BAND_COUNT / 10;
    cues[11] = this.waitingStability[slot]!;
    mean /= SUB_BAND_COUNT;
    for (let band = 0; band < SUB_BAND_COUNT; band++) cues[12 + band] = (levels[row + band]! - mean) / 20;
    // A frame under the close threshold is not speech whatever the model says: skip its network.
    const loud = bandDb >= this.lastCloseThresholdDb;
    this.judgedLoud[slot] = loud ? 1 : 0;
    this.likelihood.push(cues, loud, this.onProbability);
  }

  /** The model's probability for a frame: kept, and the frame's evidence of a bed goes to MusicBedPresence. */
  private judge(index: number, probability: number): void {
    const slot = index & this.ringMask;
    this.judgedProbability[slot] = probability;
    this.bedPresence.push(this.judgedLoud[slot] === 1 && probability < CONFIDENTLY_NOT_SPEECH_PROBABILITY, this.onBedPresence);
  }

  private decide(index: number, bedPresent: boolean): void {
    const found = this.found;
    const slot = index & this.ringMask;
    const bandDb = this.waitingBandDb[slot]!;
    const flatness = this.waitingFlatness[slot]!;
    const probability = this.judgedProbability[slot]!;
    const { openAboveFloorDb, maxOpenFlatness } = this.settings;
    const loud = this.judgedLoud[slot] === 1;
    const aboveClose = loud && probability >= (bedPresent ? CLOSE_PROBABILITY : CONFIDENTLY_NOT_SPEECH_PROBABILITY);
    this.aboveCloseHistory[index % this.aboveCloseHistory.length] = loud && probability >= LOOKBACK_PROBABILITY ? 1 : 0;
    this.decided = index + 1;

    if (this.openSinceFrame == null) {
      const openDb = Math.max(this.judgedFloorDb[slot]! + openAboveFloorDb, this.judgedGateDb[slot]!);
      const opens = bandDb >= openDb && flatness <= maxOpenFlatness && probability >= OPEN_PROBABILITY;
      this.openRun = opens ? this.openRun + 1 : 0;
      if (this.openRun >= this.confirmFrames) {
        this.openRun = 0;
        let start = index - this.confirmFrames + 1;
        const earliest = Math.max(this.previousRegionEndFrame, start - (this.lookbackFrames - this.confirmFrames));
        while (start - 1 >= earliest && this.aboveCloseHistory[(start - 1) % this.aboveCloseHistory.length] === 1) start--;
        this.openSinceFrame = start;
        this.openSincePart = this.startPartIn(start);
        this.lastActiveFrame = index;
      }
    } else if (aboveClose) {
      this.lastActiveFrame = index;
    } else if (index - this.lastActiveFrame > this.maxPauseFrames) {
      this.closeRegion(this.lastActiveFrame + 1, found);
    }
    this.releaseHeld(found);
  }

  private closeRegion(endFrame: number, found: TimeRange[]): void {
    const startPart = this.openSincePart;
    this.openSinceFrame = null;
    // The end moves in over the last frame's parts that are quiet (the start did so over the first
    // frame's when the region opened); at least one part stays.
    const parts = this.parts;
    let endPart = endFrame * parts;
    while (endPart > (endFrame - 1) * parts + 1 && !this.partReachesClose(endPart - 1)) endPart--;
    this.previousRegionEndFrame = endFrame;
    if (((endPart - startPart) / parts) * this.frameSeconds < this.settings.minSpeechSeconds - 1e-9) return;
    // Sample counts over the rate, not frame × frameSeconds: exact decimals for 10 or 20 ms at common rates.
    const startSeconds = Math.max(0, this.partToSeconds(startPart) - this.settings.prePadSeconds);
    const endSeconds = this.partToSeconds(endPart) + this.settings.postPadSeconds;
    if (this.held != null && startSeconds <= this.held.endSeconds) {
      this.held.endSeconds = Math.max(this.held.endSeconds, endSeconds);
      return;
    }
    if (this.held != null) found.push({ ...this.held });
    this.held = { startSeconds, endSeconds };
  }

  /** A region's first part in its first frame: the frame's parts that are quiet are left out, but at least one part stays. */
  private startPartIn(frame: number): number {
    const parts = this.parts;
    let part = frame * parts;
    while (part < frame * parts + parts - 1 && !this.partReachesClose(part)) part++;
    return part;
  }

  private partToSeconds(part: number): number {
    return (part * this.hopSamples) / (this.parts * this.sampleRateHz);
  }

  /**
   * Whether part `part` (counted from the stream's start) alone reaches the close threshold over
   * its frame's floor: the frame's band power split between its parts by their share of its energy
   * (a part holding a share s of n parts has a mean square of n·s times the frame's).
   */
  private partReachesClose(part: number): boolean {
    const frame = Math.floor(part / this.parts);
    const slot = frame & this.ringMask;
    const share = this.waitingPartShares[slot * this.parts + (part - frame * this.parts)]!;
    return (
      this.waitingBandDb[slot]! + 10 * Math.log10(Math.max(this.parts * share, 1e-12)) >=
      this.closeThresholdDb(this.judgedFloorDb[slot]!, this.judgedGateDb[slot]!)
    );
  }

  /** The level a frame must reach over a floor to count as active: the open threshold (never under the gate) less openOverCloseDb. */
  private closeThresholdDb(floorDb: number, gateDb: number): number {
    return Math.max(floorDb + this.openAboveFloorDb, gateDb) - this.openOverCloseDb;
  }

  /** Emits the held region once any region still to come would start after it ends. */
  private releaseHeld(found: TimeRange[]): void {
    if (this.held == null || this.openSinceFrame != null) return;
    const earliestNextStart = (this.decided - this.lookbackFrames) * this.frameSeconds - this.settings.prePadSeconds;
    if (earliestNextStart <= this.held.endSeconds) return;
    found.push({ ...this.held });
    this.held = null;
  }
}

function clamp(value: number, low: number, high: number): number {
  return value < low ? low : value > high ? high : value;
}
