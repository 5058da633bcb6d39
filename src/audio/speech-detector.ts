import type { TimeRange } from '../domain/ducking/time-range';
import { DEFAULT_SPEECH_DETECTION, type SpeechDetectionSettings } from '../domain/ducking/speech-detection-settings';
import { SpeechFrameFeatureExtractor, type SpeechFrameFeatures } from './speech-frame-features';
import { SlidingMinimum } from './sliding-minimum';

interface SpeechDetectorOptions {
  readonly sampleRateHz: number;
  /** @default DEFAULT_SPEECH_DETECTION */
  readonly settings?: SpeechDetectionSettings;
  /** Frames in the whole stream when the header says; enables `progress`. @default null */
  readonly totalFrames?: number | null;
}

/**
 * Finds speech in a stream of audio, offline but incrementally: feed blocks as they are decoded,
 * collect regions as they become final (a region is final a few seconds after it ends, once the
 * noise floor around it is known and no later speech can merge with it).
 */
export interface SpeechDetector {
  /** Analyses the next frames (one array per channel; channels are averaged) and returns the regions now final. */
  push(channels: readonly Float32Array[]): TimeRange[];
  /** Ends the stream and returns the remaining regions. */
  finish(): TimeRange[];
  /** Fraction of the stream pushed, 0…1; null when the total length is unknown. */
  readonly progress: number | null;
  readonly framesPushed: number;
}

export function createSpeechDetector(options: SpeechDetectorOptions): SpeechDetector {
  return new HysteresisSpeechDetector(options);
}

/**
 * The algorithm (research/peers-ducking.md §2.8, §3.3):
 * 1. Per 10 ms frame: speech-band level and spectral flatness (SpeechFrameFeatureExtractor).
 * 2. Noise floor: the minimum of the 3-frame-smoothed band level over a window centred on the
 *    frame (minimum statistics; the window always spans a pause, and it looks ahead, so speech
 *    at the very start of a file still has a floor).
 * 3. Hysteresis: open when the level is `openAboveFloorDb` over the floor and the frame is not
 *    noise-like (flatness); stay open while it is `closeAboveFloorDb` over the floor.
 * 4. Onset look-back over frames above the close threshold; hold across pauses up to
 *    `maxPauseSeconds`; drop regions shorter than `minSpeechSeconds`; pad; merge overlaps.
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
  private readonly totalFrames: number | null;
  private readonly sampleRateHz: number;

  /**
   * Frames analysed but not yet decided (their floor needs `halfWindowFrames` of lookahead), in
   * rings indexed by frame number.
   */
  private readonly waitingBandDb: Float64Array;
  private readonly waitingFlatness: Float64Array;
  private readonly waitingMask: number;
  private waitingStart = 0;
  private analysed = 0;
  /** Band power of the last three frames, for smoothing. */
  private readonly recentPower = [0, 0, 0];

  /** Whether each recently decided frame was above its close threshold (for the onset look-back). */
  private readonly aboveCloseHistory: Uint8Array;
  private decided = 0;
  /** Consecutive frames so far that met the open conditions. */
  private openRun = 0;
  private openSinceFrame: number | null = null;
  private lastActiveFrame = -1;
  /** Frames before this belong to an earlier region; the look-back never crosses it. */
  private previousRegionEndFrame = 0;

  /** The last region found, held back until no later region can merge with it. */
  private held: { startSeconds: number; endSeconds: number } | null = null;

  constructor(options: SpeechDetectorOptions) {
    const settings = options.settings ?? DEFAULT_SPEECH_DETECTION;
    this.settings = settings;
    this.sampleRateHz = options.sampleRateHz;
    this.totalFrames = options.totalFrames ?? null;
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
    this.aboveCloseHistory = new Uint8Array(this.lookbackFrames + 1);
    let ringSize = 2;
    while (ringSize < this.halfWindowFrames + 2) ringSize *= 2;
    this.waitingBandDb = new Float64Array(ringSize);
    this.waitingFlatness = new Float64Array(ringSize);
    this.waitingMask = ringSize - 1;
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
    this.features.pushChannels(channels, (frame) => this.onFrame(frame, found));
    return found;
  }

  finish(): TimeRange[] {
    const found: TimeRange[] = [];
    this.features.finish((frame) => this.onFrame(frame, found));
    // The last frames' windows end at the end of the file.
    while (this.waitingStart < this.analysed) {
      this.floor.keepLast(this.analysed - this.waitingStart + this.halfWindowFrames);
      this.decideNext(found);
    }
    if (this.openSinceFrame != null) this.closeRegion(this.lastActiveFrame + 1, found);
    const durationSeconds = this.framesPushed / this.sampleRateHz;
    if (this.held != null) {
      found.push({ startSeconds: this.held.startSeconds, endSeconds: Math.min(durationSeconds, this.held.endSeconds) });
      this.held = null;
    }
    return found;
  }

  private onFrame(frame: SpeechFrameFeatures, found: TimeRange[]): void {
    const slot = this.analysed & this.waitingMask;
    this.waitingBandDb[slot] = frame.bandDb;
    this.waitingFlatness[slot] = frame.flatness;
    // Smooth in the power domain over 3 frames so one quiet frame in noise does not drag the floor down.
    const recent = this.recentPower;
    recent[this.analysed % 3] = 10 ** (frame.bandDb / 10);
    const smoothed = (recent[0]! + recent[1]! + recent[2]!) / Math.min(3, this.analysed + 1);
    this.floor.push(10 * Math.log10(smoothed));
    this.analysed++;
    // Frame i is decided once frame i + halfWindow has entered the floor's window.
    if (this.analysed - this.waitingStart > this.halfWindowFrames) this.decideNext(found);
  }

  private decideNext(found: TimeRange[]): void {
    const index = this.waitingStart++;
    const bandDb = this.waitingBandDb[index & this.waitingMask]!;
    const flatness = this.waitingFlatness[index & this.waitingMask]!;
    const { openAboveFloorDb, closeAboveFloorDb, minSpeechLevelDbfs, maxOpenFlatness } = this.settings;
    const floorDb = this.floor.minimum;
    const openDb = Math.max(floorDb + openAboveFloorDb, minSpeechLevelDbfs);
    const closeDb = openDb - (openAboveFloorDb - closeAboveFloorDb);
    const aboveClose = bandDb >= closeDb;
    this.aboveCloseHistory[index % this.aboveCloseHistory.length] = aboveClose ? 1 : 0;
    this.decided = index + 1;

    if (this.openSinceFrame == null) {
      this.openRun = bandDb >= openDb && flatness <= maxOpenFlatness ? this.openRun + 1 : 0;
      if (this.openRun >= this.confirmFrames) {
        this.openRun = 0;
        let start = index - this.confirmFrames + 1;
        const earliest = Math.max(this.previousRegionEndFrame, start - (this.lookbackFrames - this.confirmFrames));
        while (start - 1 >= earliest && this.aboveCloseHistory[(start - 1) % this.aboveCloseHistory.length] === 1) start--;
        this.openSinceFrame = start;
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
    const startFrame = this.openSinceFrame!;
    this.openSinceFrame = null;
    this.previousRegionEndFrame = endFrame;
    if ((endFrame - startFrame) * this.frameSeconds < this.settings.minSpeechSeconds - 1e-9) return;
    // Sample counts over the rate, not frame × frameSeconds: exact decimals for 10 ms at common rates.
    const startSeconds = Math.max(0, this.frameToSeconds(startFrame) - this.settings.prePadSeconds);
    const endSeconds = this.frameToSeconds(endFrame) + this.settings.postPadSeconds;
    if (this.held != null && startSeconds <= this.held.endSeconds) {
      this.held.endSeconds = Math.max(this.held.endSeconds, endSeconds);
      return;
    }
    if (this.held != null) found.push({ ...this.held });
    this.held = { startSeconds, endSeconds };
  }

  private frameToSeconds(frame: number): number {
    return (frame * this.hopSamples) / this.sampleRateHz;
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
