import type { Project, Sequence, premierepro } from '@adobe/premierepro';
import { HostUnavailableError } from '../spec';

interface ActiveSequence {
  readonly project: Project;
  readonly sequence: Sequence;
}

/** The open project; HostUnavailableError when Premiere has none. */
export async function requireActiveProject(ppro: premierepro): Promise<Project> {
  // Premiere resolves to a falsy value rather than rejecting when nothing is open.
  const project = await ppro.Project.getActiveProject();
  if (project == null)
    throw new HostUnavailableError('No Premiere Pro project is open. Open or create a project, then try again.', {
      id: 'errors.noPremiereProject',
    });
  return project;
}

/** The open project and its active sequence; HostUnavailableError when either is missing. */
export async function requireActiveSequence(ppro: premierepro): Promise<ActiveSequence> {
  const project = await requireActiveProject(ppro);
  const sequence = await project.getActiveSequence();
  if (sequence == null) {
    throw new HostUnavailableError('No sequence is active in Premiere Pro. Open a sequence in the Timeline panel, then try again.', {
      id: 'errors.noPremiereSequence',
    });
  }
  return { project, sequence };
}
