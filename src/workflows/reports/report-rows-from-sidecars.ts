import { z } from 'zod';
import { localDay } from './local-day';
import { reportPromptFormatter } from './report-prompt';
import type { PromptPolicy, ReportRow } from './report-row';

/**
 * The provenance sidecar (`<clip>.cliprelay.json`, workflows/provenance.ts) as far as a report
 * needs it, read leniently: newer fields are ignored. `job` (project, client, resolution) is
 * optional: sidecars that lack it report the project and client as unknown.
 */
const sidecarSchema = z.object({
  format: z.literal('cliprelay.provenance'),
  version: z.literal(1),
  media: z.object({
    fileName: z.string(),
    durationSeconds: z.number(),
    width: z.number().nullable(),
    height: z.number().nullable(),
  }),
  provenance: z.object({
    prompt: z.string(),
    providerId: z.string(),
    model: z.string(),
    jobId: z.string(),
    costUsd: z.number().nullable(),
    createdAt: z.string(),
  }),
  job: z.object({ projectName: z.string().optional(), clientTag: z.string().optional() }).optional(),
});

/** A sidecar file found in a folder: its path and text. */
interface SidecarFile {
  readonly path: string;
  readonly text: string;
}

interface SidecarRows {
  readonly rows: ReportRow[];
  /** Sidecars that could not be read, with why, for the report to mention (never silently dropped). */
  readonly unreadable: readonly { readonly path: string; readonly problem: string }[];
}

/**
 * Report rows rebuilt from a folder of clips alone: one per provenance sidecar. A clip with a
 * sidecar was delivered, so its outcome is "saved" and its cost counts.
 */
export function reportRowsFromSidecars(
  files: readonly SidecarFile[],
  options: { readonly prompts: PromptPolicy; readonly dayOf?: (atMs: number) => string },
): SidecarRows {
  const prompt = reportPromptFormatter(options.prompts);
  const rows: ReportRow[] = [];
  const unreadable: { path: string; problem: string }[] = [];
  for (const file of files) {
    let sidecar: z.output<typeof sidecarSchema>;
    try {
      sidecar = sidecarSchema.parse(JSON.parse(file.text));
    } catch {
      unreadable.push({ path: file.path, problem: 'not a ClipRelay provenance sidecar (version 1)' });
      continue;
    }
    const timeMs = Date.parse(sidecar.provenance.createdAt);
    if (Number.isNaN(timeMs)) {
      unreadable.push({ path: file.path, problem: `its createdAt "${sidecar.provenance.createdAt}" is not a time` });
      continue;
    }
    const folder = file.path.slice(0, Math.max(file.path.lastIndexOf('/'), file.path.lastIndexOf('\\')) + 1);
    const { media, provenance } = sidecar;
    rows.push({
      time: new Date(timeMs).toISOString(),
      timeMs,
      day: (options.dayOf ?? localDay)(timeMs),
      project: sidecar.job?.projectName ?? '',
      client: sidecar.job?.clientTag ?? sidecar.job?.projectName ?? '',
      provider: provenance.providerId,
      model: provenance.model,
      durationSeconds: media.durationSeconds,
      resolution: media.width != null && media.height != null ? `${media.width}x${media.height}` : '',
      costUsd: provenance.costUsd ?? 0,
      outcome: 'saved',
      prompt: prompt(provenance.prompt),
      filePath: `${folder}${media.fileName}`,
      provenanceId: provenance.jobId,
      jobId: '',
    });
  }
  return { rows, unreadable };
}
