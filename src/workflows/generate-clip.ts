import type { NleHost, PlacedClip } from '../hosts/spec';
import { inspectMp4, type Mp4Info } from '../media';
import { DownloadVerificationError, type JobRef, type VideoProvider, type VideoRequest } from '../providers/spec';
import { clipFileName } from './clip-file-name';
import type { GenerationProgress } from './generation-progress';
import type { MediaFolder } from './media-folder';
import { placeMedia } from './place-media';
import { pollUntilDone, type PollOptions } from './poll-until-done';

export interface GenerateClipInput {
  readonly provider: VideoProvider;
  readonly host: NleHost;
  readonly mediaFolder: MediaFolder;
  readonly request: VideoRequest;
  /** @default ["ClipRelay"] */
  readonly binPath?: readonly string[];
  readonly poll: Omit<PollOptions, 'onStatus' | 'signal'>;
  readonly onProgress?: (progress: GenerationProgress) => void;
  readonly signal?: AbortSignal;
}

export interface GeneratedClip {
  readonly job: JobRef;
  readonly mediaPath: string;
  readonly media: Mp4Info;
  readonly placed: PlacedClip;
  readonly warnings: readonly string[];
}

/**
 * The generation pipeline: start → poll → download → inspect → import → place at the playhead on
 * the first video and audio tracks free over the clip's whole span (new tracks when none are).
 */
export async function generateClip(input: GenerateClipInput): Promise<GeneratedClip> {
  const { provider, host, request, signal } = input;
  const report = input.onProgress ?? (() => {});

  report({ phase: 'submitting' });
  const started = await provider.start(request, { signal });
  const job = started.ref;
  report({ phase: 'generating', jobId: job.jobId });

  const done = await pollUntilDone(provider, job, {
    ...input.poll,
    signal,
    onStatus: (status) => {
      if (status.state === 'pending') report({ phase: 'generating', jobId: job.jobId, fraction: status.progress });
    },
  });
  const asset = done.assets[0];
  if (asset == null) throw new DownloadVerificationError(`${provider.displayName} finished job ${job.jobId} without a video file`);

  const file = await input.mediaFolder.createFile(clipFileName(request.prompt, provider.id, job.jobId));
  await provider.download(asset, file.sink, {
    signal,
    onProgress: (transfer) => report({ phase: 'downloading', ...transfer }),
  });
  const media = inspectMp4(await input.mediaFolder.readFile(file.path));
  const warnings = started.warnings.map((warning) => warning.details);
  if (request.audio && media.audio == null) warnings.push(`${provider.displayName} returned a clip without an audio track.`);

  report({ phase: 'placing' });
  const placed = await placeMedia({
    host,
    mediaPath: file.path,
    durationSeconds: media.durationSeconds,
    binPath: input.binPath ?? ['ClipRelay'],
    undoLabel: `ClipRelay: place ${provider.displayName} clip`,
  });
  return { job, mediaPath: file.path, media, placed, warnings };
}
