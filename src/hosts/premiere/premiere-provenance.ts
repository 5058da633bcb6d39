import type { Project, ProjectItem, premierepro } from '@adobe/premierepro';
import { describeError } from '../../shared/app-error';
import type { ClipProvenance, HostOperation } from '../spec';
import { registerMetadataProperties } from './premiere-metadata-schema';
import type { PrivateMetadataEditor } from './premiere-project-metadata';
import { PROVENANCE_COLUMNS, provenanceFromProperties, provenanceProperties } from './premiere-provenance-columns';
import { premiereRefusal } from './premiere-refusals';
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
 * A provenance edit prepared outside the lock. The caller creates its action inside the transaction:
 * `() => ppro.Metadata.createSetProjectMetadataAction(edit.item, edit.packet, edit.fields)`.
 */
export interface PreparedProvenanceEdit {
  readonly item: ProjectItem;
  readonly packet: string;
  readonly fields: string[];
}

/**
 * Registers the columns (not undoable) and edits the item's project metadata before the lock, so the
 * one set-metadata action can join any transaction: on its own, or with the placement of the clip (one
 * undo step for a whole Generate).
 */
export async function prepareProvenanceEdit(
  ppro: premierepro,
  item: ProjectItem,
  provenance: ClipProvenance,
  editor: PrivateMetadataEditor,
  operation: HostOperation,
): Promise<PreparedProvenanceEdit> {
  await registerMetadataProperties(ppro, PROVENANCE_COLUMNS, operation);
  const current = (await ppro.Metadata.getProjectMetadata(item)) ?? '';
  let edited: string;
  try {
    edited = editor.edit(current, provenanceProperties(provenance));
  } catch (error) {
    throw premiereRefusal.metadataNotEditable(operation, item.name, describeError(error), error);
  }
  const fields = PROVENANCE_COLUMNS.map((column) => column.property);
  return { item, packet: edited, fields };
}

/** Whether the item now carries this provenance: Premiere drops fields it does not know without a word. */
export async function provenanceWasKept(
  ppro: premierepro,
  item: ProjectItem,
  provenance: ClipProvenance,
  editor: PrivateMetadataEditor,
): Promise<boolean> {
  const stored = await readProvenanceOf(ppro, item, editor);
  return stored != null && stored.jobId === provenance.jobId && stored.prompt === provenance.prompt;
}

/**
 * Writes every provenance field in ONE transaction (one undo step; Adobe's metadata sample warns that
 * per-field actions flood the undo history, research §3). The result is read back: a field Premiere
 * silently dropped is an error.
 */
export async function writeProvenanceOf(
  ppro: premierepro,
  project: Project,
  item: ProjectItem,
  provenance: ClipProvenance,
  editor: PrivateMetadataEditor,
  operation: HostOperation,
): Promise<void> {
  const prepared = await prepareProvenanceEdit(ppro, item, provenance, editor, operation);
  runTransaction(project, operation, [() => ppro.Metadata.createSetProjectMetadataAction(prepared.item, prepared.packet, prepared.fields)]);
  if (!(await provenanceWasKept(ppro, item, provenance, editor))) throw premiereRefusal.metadataNotKept(operation, item.name);
}
