import { refused, type HostOperation, type HostOperationError } from '../spec';

/** The sandbox's own refusals (a browser page standing in for an editor), each with its `host` catalog message. */
export const sandboxRefusal = {
  drawsNoFrames: (operation: HostOperation): HostOperationError =>
    refused(operation, 'this sandbox draws no frames', 'host.sandboxDrawsNoFrames', {}),
  cannotReadMedia: (operation: HostOperation, mediaPath: string, cause: unknown): HostOperationError =>
    refused(operation, `cannot read ${mediaPath}`, 'host.cannotReadMedia', { mediaPath }, cause),
  noVideoClipAt: (operation: HostOperation, timecode: string): HostOperationError =>
    refused(operation, `no video clip at ${timecode}; move the playhead over one`, 'host.noVideoClipAt', { timecode }),
  cannotDrawFrame: (operation: HostOperation, clipName: string, timecode: string, cause: unknown): HostOperationError =>
    refused(operation, `cannot draw a frame of "${clipName}" at ${timecode}`, 'host.cannotDrawFrame', { clipName, timecode }, cause),
  browserCouldNotDraw: (operation: HostOperation, mediaPath: string): HostOperationError =>
    refused(operation, `the browser could not draw a frame of ${mediaPath}`, 'host.browserCouldNotDraw', { mediaPath }),
  browserCannotDecode: (operation: HostOperation, mediaPath: string): HostOperationError =>
    refused(operation, `the browser cannot decode the picture of ${mediaPath}`, 'host.browserCannotDecode', { mediaPath }),
};
