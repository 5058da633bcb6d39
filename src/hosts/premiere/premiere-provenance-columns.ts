import type { ClipProvenance } from '../spec';

/** A ClipRelay column in the Project panel: a private-namespace property registered in the schema. */
interface ProvenanceColumn {
  readonly field: keyof ClipProvenance;
  /** Property name in the private namespace; letters only, as Premiere's own custom columns (no spaces). */
  readonly property: string;
  /** Column label shown in Metadata Display and the Project panel. */
  readonly label: string;
}

/**
 * Every provenance field as a TEXT column. Seed and cost are text too: seeds can exceed the 32-bit
 * range, and a REAL column would reformat the cost; text round-trips exactly.
 */
export const PROVENANCE_COLUMNS: readonly ProvenanceColumn[] = [
  { field: 'prompt', property: 'ClipRelayPrompt', label: 'ClipRelay Prompt' },
  { field: 'providerId', property: 'ClipRelayProvider', label: 'ClipRelay Provider' },
  { field: 'model', property: 'ClipRelayModel', label: 'ClipRelay Model' },
  { field: 'jobId', property: 'ClipRelayJobId', label: 'ClipRelay Job ID' },
  { field: 'seed', property: 'ClipRelaySeed', label: 'ClipRelay Seed' },
  { field: 'costUsd', property: 'ClipRelayCostUsd', label: 'ClipRelay Cost (USD)' },
  { field: 'createdAt', property: 'ClipRelayCreated', label: 'ClipRelay Created' },
];

/** Property values to write; null deletes (no seed, unknown cost). */
export function provenanceProperties(provenance: ClipProvenance): Record<string, string | null> {
  const values: Record<string, string | null> = {};
  for (const column of PROVENANCE_COLUMNS) {
    const value = provenance[column.field];
    values[column.property] = value == null ? null : String(value);
  }
  return values;
}

function numberOrNull(text: string | null): number | null {
  if (text == null || text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** The provenance in the properties, or null unless every required field is there. */
export function provenanceFromProperties(read: (property: string) => string | null): ClipProvenance | null {
  const text = (field: keyof ClipProvenance) => read(PROVENANCE_COLUMNS.find((column) => column.field === field)!.property);
  const [prompt, providerId, model, jobId, createdAt] = [
    text('prompt'),
    text('providerId'),
    text('model'),
    text('jobId'),
    text('createdAt'),
  ];
  if (prompt == null || providerId == null || model == null || jobId == null || createdAt == null) return null;
  return { prompt, providerId, model, jobId, seed: numberOrNull(text('seed')), costUsd: numberOrNull(text('costUsd')), createdAt };
}
