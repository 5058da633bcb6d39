import { renderBinPath, renderFileName, type NameFields } from '../domain/naming/name-template';
import type { PanelPreferences } from '../domain/preferences/panel-preferences';
import { effectivePolicy } from '../domain/presets';
import type { JobRecord } from '../workflows/jobs/job-record';

function fieldsOf(job: JobRecord): NameFields {
  return {
    project: job.projectName,
    provider: job.providerName,
    model: job.request.model,
    date: new Date(job.createdAtMs),
    prompt: job.request.prompt,
    jobId: job.id,
    variation: job.variation,
  };
}

/** File and bin names for a job, from the naming templates in effect when it downloads (a pack's house policy wins). */
export function jobNaming(preferences: () => PanelPreferences) {
  const policy = () => effectivePolicy(preferences(), preferences().presetPacks);
  return {
    fileName: (job: JobRecord) => renderFileName(policy().fileNameTemplate, fieldsOf(job)),
    binPath: (job: JobRecord) => renderBinPath(policy().binTemplate, fieldsOf(job)),
  };
}
