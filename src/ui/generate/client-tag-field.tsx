import { useMessages } from '../i18n/use-messages';
import { SpectrumPicker } from '../spectrum/spectrum-picker';
import type { ClientTagging, ClientTagResult } from './use-client-tag';

/** The picker value for "the client the project name suggests" (a picker shows no option whose value is empty). */
const SUGGESTED = 'suggested';

/**
 * Whose work the generation is, when the agency's pack lists its clients: a picker of those clients,
 * starting on the one the project name suggests. Without a list nothing is shown (the project is the
 * client). A tag that cannot be told is said, and Generate refuses until one is chosen.
 */
export function ClientTagField({
  tagging,
  chosen,
  result,
  onChoose,
}: {
  tagging: ClientTagging;
  /** The editor's pick; "" for the suggestion. */
  chosen: string;
  result: ClientTagResult;
  onChoose: (client: string) => void;
}) {
  const { t } = useMessages();
  if (tagging?.tagFrom !== 'list') return null;
  const suggestion =
    chosen === '' && 'tag' in result ? t('generate.clientFromProjectName', { client: result.tag }) : t('generate.chooseClient');
  return (
    <div className="field">
      <SpectrumPicker
        label={t('generate.clientTag')}
        name="client-tag"
        value={chosen === '' ? SUGGESTED : chosen}
        options={[{ value: SUGGESTED, label: suggestion }, ...tagging.names.map((name) => ({ value: name, label: name }))]}
        onChange={(value) => onChoose(value === SUGGESTED ? '' : value)}
      />
      {'refusal' in result ? (
        <p className="error" role="alert">
          {result.refusal}
        </p>
      ) : null}
    </div>
  );
}
