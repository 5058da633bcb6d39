import { useEffect, useState } from 'react';
import type { CapturedFrame, NleHost } from '../../hosts/spec';
import { encodeBase64 } from '../../shared/base64';
import { describeErrorIn } from '../../shared/i18n/describe-error-in';
import type { JobRecord } from '../../workflows/jobs/job-record';
import { useMessages } from '../i18n/use-messages';

/** A job's picture, or null where none can be made now (not downloaded yet, or the host makes no frames). */
export type ThumbnailOf = (job: JobRecord) => Promise<CapturedFrame> | null;

const THUMBNAIL_WIDTH_PX = 160;
/** A second in, or the middle of a shorter clip: the first frames are often black or a fade. */
const FRAME_OFFSET_SECONDS = 1;

const byHost = new WeakMap<NleHost, ThumbnailOf>();

/**
 * The thumbnails a host can make, each made once per job and state: after placement the
 * sequence's picture a second into the clip (Premiere exports it into the plugin's data folder);
 * before, a frame of the downloaded file where the host can decode one (the sandbox). Undefined
 * where the host can make neither: the card shows a neutral placeholder with the clip's length.
 */
export function hostThumbnails(host: NleHost): ThumbnailOf | undefined {
  const { capturesSequenceFrames, capturesMediaFrames } = host.capabilities;
  if (capturesSequenceFrames !== true && capturesMediaFrames !== true) return undefined;
  const known = byHost.get(host);
  if (known != null) return known;
  const made = new Map<string, Promise<CapturedFrame>>();
  const thumbnailOf: ThumbnailOf = (job) => {
    const plan = thumbnailPlan(host, job);
    if (plan == null) return null;
    let frame = made.get(plan.key);
    if (frame == null) {
      frame = plan.capture();
      // A failed picture (the clip was moved, the host was busy) may work on the next look.
      frame.catch(() => made.delete(plan.key));
      made.set(plan.key, frame);
    }
    return frame;
  };
  byHost.set(host, thumbnailOf);
  return thumbnailOf;
}

function thumbnailPlan(host: NleHost, job: JobRecord): { key: string; capture: () => Promise<CapturedFrame> } | null {
  const request = { maxWidthPx: THUMBNAIL_WIDTH_PX, fileStem: `thumbnail-${job.id}` };
  const { placement, mediaPath, media } = job;
  if (
    job.phase === 'placed' &&
    placement != null &&
    host.capabilities.capturesSequenceFrames === true &&
    host.captureSequenceFrame != null
  ) {
    const atSeconds = placement.startSeconds + Math.min(FRAME_OFFSET_SECONDS, (placement.endSeconds - placement.startSeconds) / 2);
    const capture = host.captureSequenceFrame.bind(host);
    return { key: `${job.id}@${placement.startSeconds}`, capture: () => capture(atSeconds, request) };
  }
  if (mediaPath != null && host.capabilities.capturesMediaFrames === true && host.captureMediaFrame != null) {
    const mediaSeconds = Math.min(FRAME_OFFSET_SECONDS, (media?.durationSeconds ?? 0) / 2);
    const capture = host.captureMediaFrame.bind(host);
    return { key: `${job.id}:${mediaPath}`, capture: () => capture(mediaPath, mediaSeconds, request) };
  }
  return null;
}

const FRAME_STYLE = { width: 96, height: 54, borderRadius: 3, flex: '0 0 auto', objectFit: 'cover' } as const;
const PLACEHOLDER_STYLE = {
  ...FRAME_STYLE,
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'center',
  background: '#3a3a3a',
  color: '#b8b8b8',
  fontSize: 11,
} as const;

/**
 * The job's picture on its card: the clip's frame once there is one, else a neutral box with the
 * clip's length (no provider in the catalog returns a poster image with the job today).
 */
export function JobThumbnail({ job, thumbnailOf }: { job: JobRecord; thumbnailOf: ThumbnailOf | undefined }) {
  const messages = useMessages();
  const { t, formatDuration } = messages;
  const pending = thumbnailOf?.(job) ?? null;
  const [url, setUrl] = useState<string | null>(null);
  // The failure itself, worded at render in the card's language (a host error carries its catalog message).
  const [failure, setFailure] = useState<{ readonly error: unknown } | null>(null);
  useEffect(() => {
    if (pending == null) return undefined;
    let current = true;
    pending.then(
      (frame) => {
        if (current) setUrl(`data:${frame.mimeType};base64,${encodeBase64(frame.bytes)}`);
      },
      (error: unknown) => {
        if (current) setFailure({ error });
      },
    );
    return () => {
      current = false;
    };
  }, [pending]);
  const length = formatDuration(Math.round(job.media?.durationSeconds ?? job.request.durationSeconds));
  if (url != null) {
    const alt = t(job.phase === 'placed' ? 'jobs.thumbnailOnTimeline' : 'jobs.thumbnailDownloaded', { prompt: job.request.prompt });
    return <img src={url} alt={alt} style={FRAME_STYLE} data-testid="job-thumbnail" />;
  }
  return (
    <div
      role="img"
      aria-label={t('jobs.noPictureYet', { duration: length })}
      title={failure == null ? undefined : describeErrorIn(messages, failure.error)}
      style={PLACEHOLDER_STYLE}
      data-testid="job-thumbnail-placeholder"
    >
      {length}
    </div>
  );
}
