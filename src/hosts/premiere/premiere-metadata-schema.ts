import type { premierepro } from '@adobe/premierepro';
import { describeError } from '../../shared/app-error';
import type { HostOperation } from '../spec';
import { premiereRefusal } from './premiere-refusals';

interface MetadataProperty {
  readonly property: string;
  readonly label: string;
}

/**
 * Adds ClipRelay's properties to the project metadata schema as TEXT columns. Premiere keeps a
 * private-namespace property only once it is in the schema (Adobe's ExtendScript and UXP samples
 * always register before writing, research §3). Not an Action: a direct call, outside any lock.
 * Registering an existing property is harmless; a `false` answer is not treated as failure because
 * Premiere does not document what it means for an existing property — callers verify by reading the
 * metadata back.
 */
export async function registerMetadataProperties(
  ppro: premierepro,
  properties: readonly MetadataProperty[],
  operation: HostOperation,
): Promise<void> {
  for (const { property, label } of properties) {
    try {
      await ppro.Metadata.addPropertyToProjectMetadataSchema(property, label, ppro.Constants.MetadataType.TEXT);
    } catch (error) {
      throw premiereRefusal.metadataColumnRefused(operation, label, describeError(error), error);
    }
  }
}
