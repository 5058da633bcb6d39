import type { PanelPreferences } from '../domain/preferences/panel-preferences';
import { renderBinPath, renderFileName, type NameFields } from '../domain/naming/name-template';
import type { JobRecord } from '../workflows/jobs/job-record';

function fieldsOf(job: JobRecord): NameFields {
  return { project: job.projectName, provider: job.providerName, model: job.request.model, date: new Date(job.createdAtMs), prompt: job.request.prompt, jobId: job.id };
}

/** File and bin names for a job, from the naming templates in effect when it downloads. */
export function jobNaming(preferences: () => PanelPreferences) {
  return {
    fileName: (job: JobRecord) => renderFileName(preferences().fileNameTemplate, fieldsOf(job)),
    binPath: (job: JobRecord) => renderBinPath(preferences().binTemplate, fieldsOf(job)),
  };
}
