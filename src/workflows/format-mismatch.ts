import type { LocalizedMessage } from '../shared/app-error';

/** A clip's picture format as the MP4 reader reports it (`Mp4Info`); nulls for audio-only media. */
interface ClipFormat {
  readonly width: number | null;
  readonly height: number | null;
  readonly frameRate: number | null;
}

interface SequenceFormat {
  readonly frameWidth: number;
  readonly frameHeight: number;
  readonly frameRate: number;
}

interface FormatMismatch {
  readonly sizeDiffers: boolean;
  readonly rateDiffers: boolean;
  /** One or two sentences for the editor, naming both formats and what Premiere will do. */
  readonly message: string;
  /**
   * The same notice as catalog messages: `jobs.formatMismatch` whose English is `message` word for word, with its line
   * and its meaning as parts, each said in the card's language (the card shows them apart).
   */
  readonly localized: LocalizedMessage;
}

/** Frame rates closer than this are the same rate (29.97 vs 30000/1001). */
const RATE_TOLERANCE_FPS = 0.01;

/** "25", "23.976", "29.97", "59.94". */
export function formatFrameRate(framesPerSecond: number): string {
  return String(roundedRate(framesPerSecond));
}

function aspectText(width: number, height: number): string {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const divisor = gcd(Math.round(width), Math.round(height)) || 1;
  return `${Math.round(width) / divisor}:${Math.round(height) / divisor}`;
}

/**
 * What the editor should know when a clip's frame size or rate differs from the sequence's, or null
 * when they match (or the clip has no picture). Premiere's own behaviour, stated plainly: a clip is
 * placed at 100 % unless Preferences › Media › Default Media Scaling says otherwise, and it plays at
 * the sequence's frame rate, repeating or skipping frames; its duration and audio sync do not change.
 */
export function describeFormatMismatch(clip: ClipFormat, sequence: SequenceFormat): FormatMismatch | null {
  const hasSize = clip.width != null && clip.height != null && clip.width > 0 && clip.height > 0;
  const sizeDiffers = hasSize && (clip.width !== sequence.frameWidth || clip.height !== sequence.frameHeight);
  const rateDiffers = clip.frameRate != null && clip.frameRate > 0 && Math.abs(clip.frameRate - sequence.frameRate) >= RATE_TOLERANCE_FPS;
  if (!sizeDiffers && !rateDiffers) return null;

  const clipSize = hasSize ? `${clip.width}×${clip.height}` : '';
  const sequenceSize = `${sequence.frameWidth}×${sequence.frameHeight}`;
  const clipRate = clip.frameRate == null ? '' : `${formatFrameRate(clip.frameRate)} fps`;
  const sequenceRate = `${formatFrameRate(sequence.frameRate)} fps`;
  const clipParts = sizeDiffers && rateDiffers ? `${clipSize} at ${clipRate}` : sizeDiffers ? clipSize : clipRate;
  const sequenceParts = sizeDiffers && rateDiffers ? `${sequenceSize} at ${sequenceRate}` : sizeDiffers ? sequenceSize : sequenceRate;

  const consequences: string[] = [];
  const smaller = hasSize && clip.width <= sequence.frameWidth && clip.height <= sequence.frameHeight;
  if (sizeDiffers) {
    consequences.push(
      `Premiere places it at 100 % (${smaller ? 'smaller than the frame' : 'cropped by the frame'}) unless Default Media Scaling is set; use Clip › Video Options › Set to Frame Size to fit it`,
    );
  }
  if (rateDiffers) consequences.push("it plays at the sequence's rate, repeating or skipping frames");
  const line = `The clip is ${clipParts}; the sequence is ${sequenceParts}`;
  const consequence = consequences.join(', and ');
  let bars = '';
  let aspect: { clipAspect: string; sequenceAspect: string } | null = null;
  if (sizeDiffers) {
    const [clipAspect, sequenceAspect] = [aspectText(clip.width, clip.height), aspectText(sequence.frameWidth, sequence.frameHeight)];
    if (clipAspect !== sequenceAspect) {
      aspect = { clipAspect, sequenceAspect };
      bars = ` Its aspect ratio (${clipAspect}) differs from the sequence's (${sequenceAspect}), so fitting it leaves bars.`;
    }
  }
  const message = `${line}: ${consequence}.${bars}`;
  const localized: LocalizedMessage = {
    id: 'jobs.formatMismatch',
    values: { line, meaning: `${consequence}.${bars}` },
    parts: {
      line: lineWords(clip, sequence, sizeDiffers, rateDiffers),
      meaning: {
        id: sizeDiffers && rateDiffers ? 'jobs.formatMeansSizeAndRate' : sizeDiffers ? 'jobs.formatMeansSize' : 'jobs.formatMeansRate',
        ...(sizeDiffers ? { values: { fit: smaller ? 'smaller' : 'cropped' } } : {}),
        ...(aspect == null ? {} : { also: [{ id: 'jobs.formatAspectBars', values: aspect }] }),
      },
    },
  };
  return { sizeDiffers, rateDiffers, message, localized };
}

/** The one line as a catalog message: sizes as plain values (1920, never "1,920"), rates as numbers each locale writes. */
function lineWords(clip: ClipFormat, sequence: SequenceFormat, sizeDiffers: boolean, rateDiffers: boolean): LocalizedMessage {
  const sizes = {
    clipWidth: clip.width ?? 0,
    clipHeight: clip.height ?? 0,
    sequenceWidth: sequence.frameWidth,
    sequenceHeight: sequence.frameHeight,
  };
  const rates = { clipRate: roundedRate(clip.frameRate ?? 0), sequenceRate: roundedRate(sequence.frameRate) };
  if (sizeDiffers && rateDiffers) return { id: 'jobs.formatLineSizeAndRate', values: { ...sizes, ...rates } };
  return sizeDiffers ? { id: 'jobs.formatLineSize', values: sizes } : { id: 'jobs.formatLineRate', values: rates };
}

/** The rate `formatFrameRate` writes, as a number: English says it as `String(rate)`, the same digits. */
function roundedRate(framesPerSecond: number): number {
  return Math.round(framesPerSecond * 1000) / 1000;
}

/**
 * A notice `describeFormatMismatch` wrote, split into its one line ("The clip is 1280×720 at 24 fps;
 * the sequence is 1920×1080 at 25 fps") and what it means (Premiere's behaviour, what to do); null for
 * any other text. Notices are stored as plain text in the job, so the panel finds them by their shape.
 */
export function splitFormatMismatchNotice(notice: string): { readonly line: string; readonly meaning: string } | null {
  const match = /^(The clip is [^:]+; the sequence is [^:]+): (.+)$/s.exec(notice);
  if (match == null) return null;
  const meaning = match[2]!;
  return { line: `${match[1]!}.`, meaning: meaning.charAt(0).toUpperCase() + meaning.slice(1) };
}
