import type { JobRef, JobStatus, VideoProvider } from '../../src/providers/spec';

/** Every status of a job until it is no longer pending (at most 10 polls, as the emulators finish in fewer). */
export async function pollToEnd(provider: Pick<VideoProvider, 'status'>, ref: JobRef): Promise<JobStatus[]> {
  const seen: JobStatus[] = [];
  for (let attempt = 0; attempt < 10; attempt++) {
    const status = await provider.status(ref);
    seen.push(status);
    if (status.state !== 'pending') return seen;
  }
  throw new Error('job never finished');
}
