import { useEffect, useState } from 'react';
import type { PanelPreferences } from '../../domain/preferences/panel-preferences';
import { DiagnosticsSection } from '../diagnostics-section';
import type { PanelServices } from '../panel-services';
import { SpectrumButton } from '../spectrum/spectrum-button';
import { KeysSection } from './keys-section';
import { PreferencesForm } from './preferences-form';

/** Keys, the clip folder, naming and budget, the model catalog in use, and (in Premiere) diagnostics. */
export function SettingsTab({
  services,
  preferences,
  onSavePreferences,
}: {
  services: PanelServices;
  preferences: PanelPreferences;
  onSavePreferences: (next: PanelPreferences) => Promise<void>;
}) {
  const [folder, setFolder] = useState<string | null>(null);
  useEffect(() => {
    // A folder that cannot be described shows as not chosen; choosing one again is the way out.
    void services.mediaFolder?.describe().then(setFolder, () => setFolder(null));
  }, [services.mediaFolder]);
  const models = services.catalog.models;

  return (
    <section className="section" id="panel-settings" role="tabpanel" aria-labelledby="tab-settings">
      {services.secrets != null ? (
        <KeysSection providers={services.providers} secrets={services.secrets} />
      ) : (
        <p className="hint">Sandbox: emulated providers need no keys.</p>
      )}
      {services.mediaFolder != null ? (
        <div className="subsection">
          <h2>Clip folder</h2>
          <p className="hint">{folder ?? 'Not chosen yet: the first generation asks.'}</p>
          <div className="button-row">
            <SpectrumButton
              emphasis="quiet"
              label="Choose the clip folder"
              onPress={() => void services.mediaFolder!.choose().then(setFolder)}
            >
              Choose folder…
            </SpectrumButton>
          </div>
        </div>
      ) : null}
      <PreferencesForm preferences={preferences} onSave={onSavePreferences} />
      <div className="subsection">
        <h2>Model catalog</h2>
        <p className="hint">
          {models.length} models from {new Set(models.map((model) => model.provider)).size} providers.
        </p>
      </div>
      {services.runDiagnostics != null ? <DiagnosticsSection run={services.runDiagnostics} /> : null}
    </section>
  );
}
