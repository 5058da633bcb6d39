import { slugify } from '../domain/naming/name-template';

/** A file name that says what the clip is: `<slug of the prompt>-<provider>-<job id>.mp4`. */
export function clipFileName(prompt: string, provider: string, jobId: string): string {
  const safeJobId = jobId.replace(/[^A-Za-z0-9_-]/g, '');
  return `${slugify(prompt)}-${provider}-${safeJobId}.mp4`;
}
