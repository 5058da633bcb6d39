import { useState } from 'react';
import type { ClipGainEnvelope } from '../../hosts/spec';
import { exportDuckedTimelineFromHost, type ExportFormat } from '../../workflows/export-ducked-timeline';
import type { PanelServices } from '../panel-services';
import { useMessages } from '../i18n/use-messages';
import { SpectrumButton } from '../spectrum/spectrum-button';
import { SpectrumPicker } from '../spectrum/spectrum-picker';
import { useAsyncAction } from '../use-async-action';

const FORMATS: readonly { readonly value: ExportFormat; readonly label: string }[] = [
  { value: 'xmeml', label: 'Premiere / Final Cut 7 XML' },
  { value: 'fcpxml', label: 'Final Cut Pro XML (FCPXML)' },
  { value: 'otio', label: 'OpenTimelineIO (Resolve)' },
];

/**
 * "Export ducked timeline": the sequence with the previewed ducking as a timeline file another editor
 * opens (Premiere XML, FCPXML, OTIO), saved where the editor chooses. Hidden where the runtime cannot
 * save a file; disabled until a preview has planned something.
 */
export function ExportTimelineButton({ services, envelopes }: { services: PanelServices; envelopes: readonly ClipGainEnvelope[] | null }) {
  const { t } = useMessages();
  const [format, setFormat] = useState<ExportFormat>('xmeml');
  const save = services.saveTextFile;
  const [state, run] = useAsyncAction((chosen: ExportFormat) => saveDuckedTimeline(services, envelopes, chosen));
  if (save == null) return null;
  return (
    <div className="field">
      <SpectrumPicker
        label={t('duck.timelineFormat')}
        name="export-timeline-format"
        value={format}
        options={FORMATS}
        onChange={(value) => setFormat(FORMATS.find((option) => option.value === value)?.value ?? 'xmeml')}
      />
      <SpectrumButton
        disabled={envelopes == null || state.status === 'running'}
        onPress={() => void run(format)}
        title={t('duck.exportPreviewFirst')}
      >
        {t('duck.exportTimeline')}
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

/** What the button does: export the sequence with the envelopes and hand it to the platform's save; where it went, or null. */
export async function saveDuckedTimeline(
  services: Pick<PanelServices, 'host' | 'saveTextFile'>,
  envelopes: readonly ClipGainEnvelope[] | null,
  format: ExportFormat,
): Promise<string | null> {
  if (services.saveTextFile == null || envelopes == null) return null;
  const exported = await exportDuckedTimelineFromHost(services.host, envelopes, format);
  return services.saveTextFile(exported.fileName, exported.text);
}
