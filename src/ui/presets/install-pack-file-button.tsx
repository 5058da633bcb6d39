import { useMessages } from '../i18n/use-messages';
import { SpectrumButton } from '../spectrum/spectrum-button';

/**
 * "Install a pack from a file…": an agency pack on a shared drive, picked with the runtime's file
 * dialog and subscribed to under the same rules as a web address (signature, pinned key, updates
 * shown with their changes before they apply). A refusal shows as the section's problem.
 */
export function InstallPackFileButton({ busy, onInstall }: { busy: boolean; onInstall: () => void }) {
  const { t } = useMessages();
  return (
    <>
      <SpectrumButton onPress={onInstall} disabled={busy}>
        {t('presets.installFromFile')}
      </SpectrumButton>
      <p className="hint">{t('presets.installFromFileHint')}</p>
    </>
  );
}
