/**
 * Whether a Kling model takes the `sound` switch: "Only V2.6 and subsequent versions" do
 * (research/providers.md §3). Decided from the id so a newer model works before the catalog
 * lists it: kling-v2-6, kling-v3, kling-v3-omni … yes; kling-v1-6, kling-v2-5-turbo … no.
 */
export function klingModelSupportsSound(modelId: string): boolean {
  const match = /^kling-v(\d+)(?:-(\d+))?/.exec(modelId);
  if (match == null) return false;
  const major = Number(match[1]);
  const minor = match[2] == null ? 0 : Number(match[2]);
  return major > 2 || (major === 2 && minor >= 6);
}
