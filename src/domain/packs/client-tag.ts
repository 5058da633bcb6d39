/** How jobs get their client tag (a pack's `policy.clients`); null when no pack says: the project is the client. */
interface ClientTagging {
  readonly tagFrom: 'list' | 'project';
  readonly names: readonly string[];
}

type ClientTagResult = { readonly tag: string } | { readonly refusal: string };

/**
 * The client tag of a new job. `project` (or no policy): the project's own name. `list`: the
 * editor's choice, which must be one of the pack's clients (matched ignoring case, answered in the
 * pack's spelling); without a choice, the client whose name starts the project name ("Globex spring
 * promo" → Globex). Otherwise a refusal asking for a choice, listing the clients.
 */
export function resolveClientTag(
  tagging: ClientTagging | null,
  job: { readonly projectName: string; readonly chosen?: string },
): ClientTagResult {
  if (tagging == null || tagging.tagFrom === 'project') {
    const tag = job.projectName.trim();
    return tag === '' ? { refusal: 'Open or name a project first: its name is the client tag.' } : { tag };
  }
  const chosen = job.chosen?.trim();
  if (chosen != null && chosen !== '') {
    const match = tagging.names.find((name) => name.toLowerCase() === chosen.toLowerCase());
    return match != null
      ? { tag: match }
      : { refusal: `"${chosen}" is not one of the agency's clients (${tagging.names.join(', ')}); choose one of them.` };
  }
  const suggested = suggestClient(tagging.names, job.projectName);
  return suggested != null ? { tag: suggested } : { refusal: `Choose the client this generation is for: ${tagging.names.join(', ')}.` };
}

/** The client whose name starts the project name, as a whole word (longest first: "Acme Labs" before "Acme"); null when none. */
function suggestClient(names: readonly string[], projectName: string): string | null {
  const project = projectName.trim().toLowerCase();
  const byLength = [...names].sort((a, b) => b.length - a.length);
  return (
    byLength.find((name) => {
      const lower = name.toLowerCase();
      return project.startsWith(lower) && (project.length === lower.length || !/[\p{L}\p{N}]/u.test(project.charAt(lower.length)));
    }) ?? null
  );
}
