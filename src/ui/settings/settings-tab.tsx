import { useEffect, useState } from 'react';
import type { PanelPreferences } from '../../domain/preferences/panel-preferences';
import { DiagnosticsSection } from '../diagnostics-section';
import type { PanelServices } from '../panel-services';
import { useMessages } from '../i18n/use-messages';
import { SpectrumButton } from '../spectrum/spectrum-button';
import { KeysSection } from './keys-section';
import { LanguagePicker } from './language-picker';
import { PreferencesForm } from './preferences-form';

/** The panel's language, keys, the clip folder, naming and budget, the model catalog in use, and (in Premiere) diagnostics. */
export function SettingsTab({
  services,
  preferences,
  onSavePreferences,
}: {
  services: PanelServices;
  preferences: PanelPreferences;
  onSavePreferences: (next: PanelPreferences) => Promise<void>;
}) {
  const { t } = useMessages();
  const [folder, setFolder] = useState<string | null>(null);
  useEffect(() => {
    // A folder that cannot be described shows as not chosen; choosing one again is the way out.
    void services.mediaFolder?.describe().then(setFolder, () => setFolder(null));
  }, [services.mediaFolder]);
  const models = services.catalog.models;

  return (
    <section className="section" id="panel-settings" role="tabpanel" aria-labelledby="tab-settings">
      <div className="subsection">
        <LanguagePicker
          value={preferences.language}
          followsPremiere={services.host.capabilities.name === 'Premiere Pro'}
          onChange={(language) =>
            // A failed save leaves the language as it was; the notice at the top already says why preferences cannot be saved.
            void onSavePreferences({ ...preferences, language }).catch(() => undefined)
          }
        />
      </div>
      {services.secrets != null ? (
        <KeysSection providers={services.providers} secrets={services.secrets} />
      ) : (
        <p className="hint">{t('settings.sandboxNoKeys')}</p>
      )}
      {services.mediaFolder != null ? (
        <div className="subsection">
          <h2>{t('settings.clipFolder')}</h2>
          <p className="hint">{folder ?? t('settings.folderNotChosen')}</p>
          <div className="button-row">
            <SpectrumButton
              emphasis="quiet"
              label={t('settings.chooseClipFolder')}
              onPress={() => void services.mediaFolder!.choose().then(setFolder)}
            >
              {t('settings.chooseFolder')}
            </SpectrumButton>
          </div>
        </div>
      ) : null}
      <PreferencesForm preferences={preferences} onSave={onSavePreferences} />
      <div className="subsection">
        <h2>{t('settings.modelCatalog')}</h2>
        <p className="hint">
          {t('settings.catalogCounts', { models: models.length, providers: new Set(models.map((model) => model.provider)).size })}
        </p>
      </div>
      {services.runDiagnostics != null ? <DiagnosticsSection run={services.runDiagnostics} host={services.diagnosticsHost} /> : null}
    </section>
  );
}
