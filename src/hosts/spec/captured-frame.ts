/**
 * A still picture from the host: a frame of the sequence, a frame of a media file, or a still image
 * in the project. Shaped as a provider's reference image, so it can be sent as it is.
 */
export interface CapturedFrame {
  readonly bytes: Uint8Array;
  readonly mimeType: 'image/png' | 'image/jpeg';
  /** e.g. "Frame at 00:00:05:00.png": shown as the reference image's name. */
  readonly fileName: string;
}

export interface FrameRequest {
  /** Widest the picture needs to be; the host keeps the aspect ratio and may return it smaller. */
  readonly maxWidthPx: number;
  /** Names the file the host writes (Premiere exports into the plugin's data folder), e.g. "thumbnail-job-7". */
  readonly fileStem: string;
}

/** A still image in the project (a bin item), offered as a reference image. */
export interface ProjectStill {
  readonly itemId: string;
  readonly name: string;
}
