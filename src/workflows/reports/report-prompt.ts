import { promptHash } from '../../domain/packs';
import type { PromptPolicy } from './report-row';

/**
 * What a report shows of prompts: as written, or `sha256:<hex>` of each (see promptHash). The
 * hashes are remembered per report, since a campaign repeats its prompts many times.
 */
export function reportPromptFormatter(policy: PromptPolicy): (prompt: string) => string {
  if (policy === 'text') return (prompt) => prompt;
  const hashes = new Map<string, string>();
  return (prompt) => {
    let hash = hashes.get(prompt);
    if (hash == null) {
      hash = promptHash(prompt);
      hashes.set(prompt, hash);
    }
    return hash;
  };
}
