import { useState } from 'react';
import type { MessageId } from '../../shared/i18n/catalogs';
import type { PromptPolicy } from '../../workflows/reports/report-row';
import { exportJobsReport } from '../../workflows/reports/export-jobs-report';
import { useMessages } from '../i18n/use-messages';
import type { PanelServices } from '../panel-services';
import { SpectrumButton } from '../spectrum/spectrum-button';
import { SpectrumPicker } from '../spectrum/spectrum-picker';
import { useAsyncAction } from '../use-async-action';

type ReportFormat = 'csv' | 'json';

const FORMATS = [
  { value: 'csv', labelId: 'jobs.formatCsv' },
  { value: 'json', labelId: 'jobs.formatJson' },
] as const satisfies readonly { readonly value: ReportFormat; readonly labelId: MessageId }[];

/**
 * "Export report": every generation in the ledger and its archive (time, client, provider, model, cost,
 * outcome, prompt or its hash by the pack's policy), saved where the editor chooses. Hidden where the
 * runtime cannot save a file.
 */
export function ExportReportButton({
  services,
  prompts,
}: {
  services: Pick<PanelServices, 'jobs' | 'saveTextFile'>;
  prompts: PromptPolicy;
}) {
  const { t } = useMessages();
  const [format, setFormat] = useState<ReportFormat>('csv');
  const [state, run] = useAsyncAction((chosen: ReportFormat) => saveJobsReport(services, chosen, prompts));
  if (services.saveTextFile == null) return null;
  return (
    <div className="field">
      <SpectrumPicker
        label={t('jobs.reportFormat')}
        name="export-report-format"
        value={format}
        options={FORMATS.map(({ value, labelId }) => ({ value, label: t(labelId) }))}
        onChange={(value) => setFormat(value === 'json' ? 'json' : 'csv')}
      />
      <SpectrumButton
        disabled={state.status === 'running'}
        onPress={() => void run(format)}
        title={prompts === 'hash' ? t('jobs.promptsHashed') : undefined}
      >
        {t('jobs.exportReport')}
      </SpectrumButton>
      {state.status === 'done' && state.result != null ? <p role="status">{t('panel.savedFile', { file: state.result })}</p> : null}
      {state.status === 'failed' ? (
        <p className="error" role="alert">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}

/** What the button does: the report of every generation, handed to the platform's save; where it went, or null. */
export async function saveJobsReport(
  services: Pick<PanelServices, 'jobs' | 'saveTextFile'>,
  format: ReportFormat,
  prompts: PromptPolicy,
): Promise<string | null> {
  if (services.saveTextFile == null) return null;
  const report = await exportJobsReport({ ledger: services.jobs.ledger, filter: {}, format, prompts });
  return services.saveTextFile(report.fileName, report.text);
}
