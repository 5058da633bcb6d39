import { sandboxRefusal } from '../../hosts/sandbox/sandbox-refusals';
import type { CapturedFrame, HostOperation } from '../../hosts/spec';

const PICTURE_A_CLIP: HostOperation = { kind: 'pictureClip', name: 'Picture a clip' };

/**
 * Draws a frame of sandbox media with the browser's own decoder: a hidden `<video>` seeks to the
 * media time and the frame goes onto a canvas, read back as PNG bytes. (Premiere's panel cannot do
 * this — its canvas is a stub — so there the host exports frames instead.)
 */
export function createVideoFrameGrabber(origin: string, doc: Document = document) {
  return async (mediaPath: string, mediaSeconds: number, maxWidthPx: number): Promise<CapturedFrame> => {
    const video = doc.createElement('video');
    video.muted = true;
    video.preload = 'auto';
    video.src = new URL(mediaPath.split('/').map(encodeURIComponent).join('/'), origin).href;
    try {
      await mediaEvent(video, 'loadeddata', mediaPath);
      // Just inside the clip: a time at its very end may have no frame to show.
      video.currentTime = Math.min(Math.max(0, mediaSeconds), Math.max(0, video.duration - 0.05));
      await mediaEvent(video, 'seeked', mediaPath);
      const scale = Math.min(1, maxWidthPx / Math.max(1, video.videoWidth));
      const canvas = doc.createElement('canvas');
      canvas.width = Math.max(1, Math.round(video.videoWidth * scale));
      canvas.height = Math.max(1, Math.round(video.videoHeight * scale));
      canvas.getContext('2d')?.drawImage(video, 0, 0, canvas.width, canvas.height);
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
      if (blob == null) throw sandboxRefusal.browserCouldNotDraw(PICTURE_A_CLIP, mediaPath);
      return {
        bytes: new Uint8Array(await blob.arrayBuffer()),
        mimeType: 'image/png',
        fileName: `${mediaPath.split('/').pop() ?? 'frame'}.png`,
      };
    } finally {
      // Lets the browser drop the decoder and the download.
      video.removeAttribute('src');
      video.load();
    }
  };
}

function mediaEvent(video: HTMLVideoElement, name: 'loadeddata' | 'seeked', mediaPath: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = () => reject(sandboxRefusal.browserCannotDecode(PICTURE_A_CLIP, mediaPath));
    video.addEventListener(name, () => resolve(), { once: true });
    video.addEventListener('error', onError, { once: true });
  });
}
