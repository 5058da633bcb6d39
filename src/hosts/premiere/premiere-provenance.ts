import type { Project, ProjectItem, premierepro } from '@adobe/premierepro';
import { describeError } from '../../shared/app-error';
import type { ClipProvenance } from '../spec';
import { HostOperationError } from '../spec';
import { registerMetadataProperties } from './premiere-metadata-schema';
import type { PrivateMetadataEditor } from './premiere-project-metadata';
import { PROVENANCE_COLUMNS, provenanceFromProperties, provenanceProperties } from './premiere-provenance-columns';
import { runTransaction } from './run-transaction';

/** The provenance ClipRelay wrote on a project item, or null. */
export async function readProvenanceOf(
  ppro: premierepro,
  item: ProjectItem,
  editor: PrivateMetadataEditor,
): Promise<ClipProvenance | null> {
  const packet = await ppro.Metadata.getProjectMetadata(item);
  return provenanceFromProperties((property) => editor.read(packet ?? '', property));
}

/**
 * Writes every provenance field in ONE transaction (one undo step; Adobe's metadata sample warns that
 * per-field actions flood the undo history, research §3). Columns are registered first (not undoable),
 * the item's project metadata is read and edited before the lock, and the set-metadata action is
 * created inside it. The result is read back: a field Premiere silently dropped is an error.
 */
export async function writeProvenanceOf(
  ppro: premierepro,
  project: Project,
  item: ProjectItem,
  provenance: ClipProvenance,
  editor: PrivateMetadataEditor,
  undoLabel: string,
): Promise<void> {
  await registerMetadataProperties(ppro, PROVENANCE_COLUMNS, undoLabel);
  const current = (await ppro.Metadata.getProjectMetadata(item)) ?? '';
  let edited: string;
  try {
    edited = editor.edit(current, provenanceProperties(provenance));
  } catch (error) {
    throw new HostOperationError(undoLabel, `cannot edit the project metadata of "${item.name}": ${describeError(error)}`, {
      cause: error,
    });
  }
  const fields = PROVENANCE_COLUMNS.map((column) => column.property);
  runTransaction(project, undoLabel, [() => ppro.Metadata.createSetProjectMetadataAction(item, edited, fields)]);

  const stored = await readProvenanceOf(ppro, item, editor);
  if (stored == null || stored.jobId !== provenance.jobId || stored.prompt !== provenance.prompt) {
    throw new HostOperationError(undoLabel, `Premiere did not keep the ClipRelay metadata columns on "${item.name}"`);
  }
}
