import type { Action, MetadataStatic, ProjectItem } from '@adobe/premierepro';
import { FakeAction, PremiereRuleError } from './fake-lock';
import { FakeProjectItem } from './fake-project-items';
import { parseFakeXmp, serializeFakeXmp } from './fake-xmp';
import type { FakeWorld } from './fake-world';

/** The fake's values for Constants.MetadataType (the enum's order in Adobe's types). */
export const METADATA_TYPE = { INTEGER: 0, REAL: 1, TEXT: 2, BOOLEAN: 3 } as const;

/** Columns Premiere has without registration that the fake lets an action change. */
const INTRINSIC_EDITABLE = new Set(['Column.PropertyText.Description', 'Column.Intrinsic.LogNote', 'Column.PropertyText.Comment']);

function itemIdOf(projectItem: ProjectItem): string {
  if (!(projectItem instanceof FakeProjectItem))
    throw new PremiereRuleError('foreign-object', 'Illegal Parameter type: expected a ProjectItem');
  return projectItem.getId();
}

/**
 * `ppro.Metadata`: project metadata per item. A set-metadata action applies only the `updatedFields`
 * that are in the schema (or are intrinsic editable columns): a custom property that was never
 * registered is dropped without an error — the failure mode to guard against (research §3, VERIFY).
 */
export function fakeMetadataStatic(
  world: FakeWorld,
): Pick<
  MetadataStatic,
  'getProjectMetadata' | 'createSetProjectMetadataAction' | 'addPropertyToProjectMetadataSchema' | 'getProjectColumnsMetadata'
> {
  return {
    async getProjectMetadata(projectItem) {
      const item = world.projectItem(itemIdOf(projectItem));
      return serializeFakeXmp(item.name, item.metadata);
    },

    createSetProjectMetadataAction(projectItem, metadata, updatedFields): Action {
      const lockScope = world.lock.requireLock('createSetProjectMetadataAction');
      const itemId = itemIdOf(projectItem);
      world.projectItem(itemId);
      const properties = parseFakeXmp(metadata);
      const fields = [...updatedFields];
      return new FakeAction('createSetProjectMetadataAction', lockScope, (target) => {
        const item = target.projectItem(itemId);
        for (const field of fields) {
          if (!target.metadataSchema.has(field) && !INTRINSIC_EDITABLE.has(field)) continue;
          const value = properties[field];
          if (value == null) delete item.metadata[field];
          else item.metadata[field] = value;
        }
      });
    },

    async addPropertyToProjectMetadataSchema(name, label, type) {
      if (!/^[A-Za-z][\w.]*$/.test(name)) return false;
      if (!Object.values(METADATA_TYPE).includes(type as 0))
        throw new PremiereRuleError('metadata-xmp-packet', `Illegal Parameter type: metadata type ${type}`);
      if (!world.metadataSchema.has(name)) world.metadataSchema.set(name, { label, type });
      return true;
    },

    async getProjectColumnsMetadata(projectItem) {
      const item = world.projectItem(itemIdOf(projectItem));
      const columns = [
        { ColumnName: 'Name', ColumnValue: item.name, ColumnID: 'Column.Intrinsic.Name' },
        ...[...world.metadataSchema].map(([name, { label }]) => ({
          ColumnName: label,
          ColumnValue: item.metadata[name] ?? '',
          ColumnID: name,
        })),
      ];
      return JSON.stringify(columns);
    },
  };
}
