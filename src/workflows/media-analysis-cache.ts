import type { AudioAnalysis } from '../audio/analyze-audio-stream';
import type { SpeechDetectionSettings } from '../domain/ducking/speech-detection-settings';

/**
 * Speech and loudness analyses by media path (and detection settings), so a preview followed by
 * Apply — or one voice file used by twenty clips — reads each file once. Holds promises, so
 * concurrent requests for the same file share one read; a failed analysis is forgotten, so the
 * next attempt (after the user relinks the file, say) reads again.
 */
export class MediaAnalysisCache {
  private readonly entries = new Map<string, Promise<AudioAnalysis>>();

  get(mediaPath: string, detection: SpeechDetectionSettings, analyse: () => Promise<AudioAnalysis>): Promise<AudioAnalysis> {
    // Settings come from a parsed schema, so their key order (and this key) is stable.
    const key = `${mediaPath}\u0000${JSON.stringify(detection)}`;
    const cached = this.entries.get(key);
    if (cached != null) return cached;
    const pending = analyse();
    this.entries.set(key, pending);
    // A failed analysis is forgotten so a later call can try again; the caller still gets the rejection.
    pending.catch(() => this.entries.delete(key));
    return pending;
  }

  /** Forgets every analysis: media changed on disk. */
  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
