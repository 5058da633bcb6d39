import type { JobStatus } from '../spec';
import {
  comfyUiExecutionErrorSchema,
  comfyUiOutputFileSchema,
  type ComfyUiHistoryEntry,
  type ComfyUiOutputFile,
} from './comfyui-api-schemas';

/** Output lists that can hold a video: core SaveVideo/SaveWEBM write `images` (+ `animated`), VideoHelperSuite `gifs`. */
const OUTPUT_LISTS = ['images', 'gifs', 'videos', 'video'];
const MP4_LIKE = /\.(mp4|m4v|mov)$/i;

/**
 * Maps a finished history entry to our status union (research §8): success with the first
 * MP4/MOV any output node saved, served by GET /view; `status_str: "error"` with the node and
 * exception from its `execution_error` message. ComfyUI has no content moderation of its own, so
 * nothing here is ever `moderated`.
 */
export function toComfyUiJobStatus(entry: ComfyUiHistoryEntry, baseUrl: string): JobStatus {
  const status = entry.status;
  if (status?.status_str === 'error') {
    const messages = status.messages ?? [];
    const failure = messages.find(([event]) => event === 'execution_error');
    if (failure != null) {
      const data = comfyUiExecutionErrorSchema.safeParse(failure[1]);
      const error = data.success ? data.data : {};
      const node = error.node_id == null ? 'a node' : `node ${error.node_id}${error.node_type == null ? '' : ` (${error.node_type})`}`;
      const exception = [error.exception_type, error.exception_message].filter((part) => part != null && part !== '').join(': ');
      return {
        state: 'failed',
        reason: `ComfyUI failed at ${node}${exception === '' ? '' : `: ${exception}`}`,
        code: error.exception_type ?? 'execution_error',
        moderated: false,
      };
    }
    const interrupted = messages.some(([event]) => event === 'execution_interrupted');
    return {
      state: 'failed',
      reason: interrupted ? 'The ComfyUI run was interrupted.' : 'ComfyUI reported the run as failed without details.',
      code: interrupted ? 'execution_interrupted' : 'execution_error',
      moderated: false,
    };
  }

  const files = savedFiles(entry);
  // A saved output beats a preview in temp/.
  const videos = files.filter((file) => MP4_LIKE.test(file.filename));
  const video = videos.find((file) => (file.type ?? 'output') === 'output') ?? videos[0];
  if (video != null) return { state: 'completed', assets: [{ url: viewUrl(baseUrl, video) }] };
  const saved = files.map((file) => file.filename);
  return {
    state: 'failed',
    reason:
      `The ComfyUI workflow finished without an MP4 or MOV output${saved.length === 0 ? '' : ` (it saved ${saved.join(', ')})`}; ` +
      'end it with SaveVideo (format mp4) or VHS_VideoCombine (video/h264-mp4).',
    code: 'no_video_output',
    moderated: false,
  };
}

/** GET /view for a saved file; `type` is where ComfyUI keeps it (output, temp, input). */
function viewUrl(baseUrl: string, file: ComfyUiOutputFile): string {
  const query = new URLSearchParams({ filename: file.filename, subfolder: file.subfolder ?? '', type: file.type ?? 'output' });
  return `${baseUrl.replace(/\/+$/, '')}/view?${query.toString()}`;
}

function savedFiles(entry: ComfyUiHistoryEntry): ComfyUiOutputFile[] {
  return Object.values(entry.outputs ?? {}).flatMap((output) =>
    OUTPUT_LISTS.flatMap((list) => {
      const items = output[list];
      if (!Array.isArray(items)) return [];
      return items.flatMap((item) => {
        const file = comfyUiOutputFileSchema.safeParse(item);
        return file.success ? [file.data] : [];
      });
    }),
  );
}
