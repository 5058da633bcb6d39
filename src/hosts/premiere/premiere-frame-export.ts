import type { FolderItem, Project, Sequence, premierepro } from '@adobe/premierepro';
import { formatTimecode } from '../../domain/format/timecode';
import type { CapturedFrame, FrameRequest, HostOperation, ProjectStill } from '../spec';
import { mediaPathOf } from './premiere-media-path';
import { requireActiveProject, requireActiveSequence } from './premiere-active-sequence';
import { readSequenceFrameRate } from './premiere-frame-rate';
import { findProjectItemById } from './premiere-project-items';
import { premiereRefusal } from './premiere-refusals';

const USE_A_STILL: HostOperation = { kind: 'useProjectStill', name: 'Use a project still' };

/**
 * The plugin's data folder as the frame export needs it; `platform/uxp` supplies it. Premiere's
 * exporter writes by native path, and the panel reads the file back as bytes (the canvas in
 * Premiere 26.3 is a stub: no decoding or drawing of pictures in the panel, research §4.5).
 */
export interface FrameFolder {
  /** Native path of the folder the exporter writes into. */
  nativePath(): Promise<string>;
  /** The bytes of a file in that folder; rejects when there is none. */
  readFile(name: string): Promise<Uint8Array>;
  /** The bytes of any file the panel may read (a still in the project, by its media path). */
  readMediaFile(mediaPath: string): Promise<Uint8Array>;
}

/** Sequence frames are written as PNG; the exporter picks the format from the extension (bmp, jpg, png … per its docs). */
const FRAME_EXTENSION = 'png';
/** Looks for the exported file this many times, this far apart (2 s in all). */
const READ_BACK_ATTEMPTS = 20;
const READ_BACK_INTERVAL_MS = 100;
const STILL_TYPES: Readonly<Record<string, CapturedFrame['mimeType']>> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg' };

/**
 * The sequence's picture at a time, through `Exporter.exportSequenceFrame` into the plugin's data
 * folder, read back as bytes. The exporter's `filename` is documented with a full-path example and
 * `filepath` as the folder; the file name alone is passed (with the folder beside it), and the
 * result is checked by reading the file back, so a build that places it elsewhere fails loudly.
 * Public plugins pass a bare file name too, and wait for the file after the call resolves; one
 * expects the extension appended again ("frame.png.png"), so that name is tried as well.
 */
export async function exportSequenceFrame(
  ppro: Pick<premierepro, 'Exporter' | 'TickTime'>,
  folder: FrameFolder,
  sequence: Sequence,
  frame: { readonly atSeconds: number; readonly frameRate: number; readonly widthPx: number; readonly heightPx: number },
  request: FrameRequest,
  delay: (delayMs: number) => Promise<void>,
): Promise<CapturedFrame> {
  const operation: HostOperation = { kind: 'pictureSequence', name: 'Picture the sequence' };
  const scale = Math.min(1, request.maxWidthPx / Math.max(1, frame.widthPx));
  const widthPx = Math.max(2, Math.round(frame.widthPx * scale));
  const heightPx = Math.max(2, Math.round(frame.heightPx * scale));
  const fileName = `${request.fileStem.replace(/[^\w.-]+/g, '-')}.${FRAME_EXTENSION}`;
  const folderPath = await folder.nativePath();
  const time = ppro.TickTime.createWithSeconds(frame.atSeconds);
  const exported = await ppro.Exporter.exportSequenceFrame(sequence, time, fileName, folderPath, widthPx, heightPx).catch(
    (cause: unknown) => {
      throw premiereRefusal.frameNotExported(operation, formatTimecode(frame.atSeconds, frame.frameRate), cause);
    },
  );
  if (exported === false) throw premiereRefusal.frameExportDeclined(operation, formatTimecode(frame.atSeconds, frame.frameRate));
  const bytes = await readWhenWritten(folder, [fileName, `${fileName}.${FRAME_EXTENSION}`], delay).catch((cause: unknown) => {
    throw premiereRefusal.exportedFrameMissing(operation, fileName, cause);
  });
  return {
    bytes,
    mimeType: 'image/png',
    fileName: `Frame at ${formatTimecode(frame.atSeconds, frame.frameRate).replace(/[:;]/g, '.')}.png`,
  };
}

/** Reads the first of `names` that is there, looking again a few times: the exporter may finish writing after it answers. */
async function readWhenWritten(
  folder: FrameFolder,
  names: readonly string[],
  delay: (delayMs: number) => Promise<void>,
): Promise<Uint8Array> {
  let lastError: unknown;
  for (let attempt = 0; attempt < READ_BACK_ATTEMPTS; attempt += 1) {
    if (attempt > 0) await delay(READ_BACK_INTERVAL_MS);
    for (const name of names) {
      try {
        return await folder.readFile(name);
      } catch (error) {
        lastError = error;
      }
    }
  }
  throw lastError;
}

/** Every PNG or JPEG in the project, breadth first through the bins, by the extension of its media path. */
async function listProjectStills(ppro: premierepro, project: Project): Promise<ProjectStill[]> {
  const stills: ProjectStill[] = [];
  const queue: FolderItem[] = [await project.getRootItem()];
  for (let bin = queue.shift(); bin != null; bin = queue.shift()) {
    for (const item of await bin.getItems()) {
      // cast() is typed as always succeeding but returns a falsy value for items that are not bins.
      const child = ppro.FolderItem.cast(item);
      if (child != null) {
        queue.push(child);
        continue;
      }
      const mediaPath = await mediaPathOf(ppro, item);
      if (mediaPath != null && stillTypeOf(mediaPath) != null) stills.push({ itemId: item.getId(), name: item.name });
    }
  }
  return stills;
}

/** A still's bytes, read from its media path. */
async function readProjectStill(folder: FrameFolder, still: { readonly name: string; readonly mediaPath: string }): Promise<CapturedFrame> {
  const mimeType = stillTypeOf(still.mediaPath);
  if (mimeType == null) throw premiereRefusal.stillNotAnImage(USE_A_STILL, still.name);
  const bytes = await folder.readMediaFile(still.mediaPath).catch((cause: unknown) => {
    throw premiereRefusal.stillUnreadable(USE_A_STILL, still.mediaPath, cause);
  });
  return { bytes, mimeType, fileName: still.mediaPath.split(/[\\/]/).pop() ?? still.name };
}

function stillTypeOf(mediaPath: string): CapturedFrame['mimeType'] | undefined {
  const extension = /\.([^.\\/]+)$/.exec(mediaPath)?.[1]?.toLowerCase();
  return extension == null ? undefined : STILL_TYPES[extension];
}

/** The frame and still capabilities of the Premiere host, over the active project and sequence. */
export function premiereFrames(ppro: premierepro, folder: FrameFolder, delay: (delayMs: number) => Promise<void>) {
  return {
    async captureSequenceFrame(atSeconds: number, request: FrameRequest): Promise<CapturedFrame> {
      const { sequence } = await requireActiveSequence(ppro);
      const [frameRate, frameSize] = await Promise.all([readSequenceFrameRate(ppro, sequence), sequence.getFrameSize()]);
      const frame = { atSeconds, frameRate: frameRate.value, widthPx: frameSize.width, heightPx: frameSize.height };
      return exportSequenceFrame(ppro, folder, sequence, frame, request, delay);
    },
    async listProjectStills(): Promise<readonly ProjectStill[]> {
      return listProjectStills(ppro, await requireActiveProject(ppro));
    },
    async readProjectStill(itemId: string): Promise<CapturedFrame> {
      const item = await findProjectItemById(ppro, await requireActiveProject(ppro), itemId);
      const mediaPath = item == null ? null : await mediaPathOf(ppro, item);
      if (item == null || mediaPath == null) throw premiereRefusal.stillGone(USE_A_STILL);
      return readProjectStill(folder, { name: item.name, mediaPath });
    },
  };
}
