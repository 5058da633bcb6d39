/** A file name that says what the clip is: `<slug of the prompt>-<provider>-<job id>.mp4`. */
export function clipFileName(prompt: string, provider: string, jobId: string): string {
  const slug = prompt
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // drop the accents NFKD split off: "überquert" → "uberquert"
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
  const safeJobId = jobId.replace(/[^A-Za-z0-9_-]/g, '');
  return `${slug === '' ? 'clip' : slug}-${provider}-${safeJobId}.mp4`;
}
