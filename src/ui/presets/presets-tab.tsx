import { useState } from 'react';
import { exportPresetPack, mergePresetLayers, parsePresetPack, type PresetPack } from '../../domain/presets';
import type { PanelPreferences } from '../../domain/preferences/panel-preferences';
import { BUILTIN_PRESET_PACK } from '../../domain/presets';
import { describeError } from '../../shared/app-error';
import { SpectrumButton } from '../spectrum/spectrum-button';
import { SpectrumTextArea } from '../spectrum/spectrum-text-field';
import { PackSubscriptionsSection } from './pack-subscriptions-section';
import type { usePackSubscriptions } from './use-pack-subscriptions';

/** The preset layers in force: built-ins first, then installed packs in install order. */
export function presetLayers(packs: readonly PresetPack[]) {
  return mergePresetLayers([BUILTIN_PRESET_PACK, ...packs].map((pack) => ({ source: pack.name, presets: pack.presets })));
}

/**
 * Presets and packs: every parameter of every preset in force (and where it comes from), packs
 * imported by pasting their JSON (UXP has no file input), exported as JSON to share. A bad pack is
 * refused with each wrong field named; locked presets cannot be overridden.
 */
export function PresetsTab({
  preferences,
  onSavePreferences,
  subscriptions,
}: {
  preferences: PanelPreferences;
  onSavePreferences: (next: PanelPreferences) => Promise<void>;
  /** Agency packs by web address (usePackSubscriptions in PanelApp). @default undefined (the runtime cannot subscribe) */
  subscriptions?: ReturnType<typeof usePackSubscriptions>;
}) {
  const [packText, setPackText] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [exported, setExported] = useState<string | null>(null);
  const packs = preferences.presetPacks;
  const merged = presetLayers([...packs, ...(subscriptions?.snapshot.packs ?? [])]);

  const install = async () => {
    try {
      const pack = parsePresetPack(packText, 'the pasted pack');
      const others = packs.filter((existing) => existing.name !== pack.name);
      await onSavePreferences({ ...preferences, presetPacks: [...others, pack] });
      const refused = presetLayers([...others, pack]).refused.filter((entry) => entry.source === pack.name);
      setMessage({
        text: `Installed "${pack.name}" (${pack.presets.length} preset${pack.presets.length === 1 ? '' : 's'}${pack.policy == null ? '' : ', with a house policy'}).${refused.map((entry) => ` "${entry.id}" is locked by ${entry.lockedBy} and was not replaced.`).join('')}`,
        error: false,
      });
      setPackText('');
    } catch (error) {
      setMessage({ text: describeError(error), error: true });
    }
  };

  return (
    <section className="section" id="panel-presets" role="tabpanel" aria-labelledby="tab-presets">
      {merged.presets.map(({ preset, source }) => (
        <div key={preset.id} className="preset-card" data-preset-id={preset.id}>
          <div className="job-title">
            {preset.name}
            {preset.locked ? ' · locked' : ''}
          </div>
          <div className="job-meta">
            {preset.targetGapDb == null
              ? `depth ${preset.depthDb} dB`
              : `bed ${preset.targetGapDb} dB under the voice (${preset.minDepthDb ?? preset.depthDb}…${preset.maxDepthDb ?? preset.depthDb} dB)`}{' '}
            · fade down {preset.attackSeconds} s before speech · up {preset.releaseSeconds} s after · pauses under{' '}
            {(preset.attackSeconds + preset.releaseSeconds + preset.holdSeconds).toFixed(1)} s stay ducked
          </div>
          <div className="job-meta">from {source}</div>
        </div>
      ))}
      <div className="subsection">
        <h2>Preset packs</h2>
        {packs.length === 0 ? <p className="hint">No packs installed; the built-ins are in use.</p> : null}
        {packs.map((pack) => (
          <div key={pack.name} className="row">
            <span className="grow">
              {pack.name}
              {pack.organisation == null ? '' : ` · ${pack.organisation}`}
              {pack.author == null ? '' : ` · ${pack.author}`}
            </span>
            <SpectrumButton emphasis="quiet" label={`Export ${pack.name}`} onPress={() => setExported(exportPresetPack(pack))}>
              Export
            </SpectrumButton>
            <SpectrumButton
              emphasis="quiet"
              label={`Remove ${pack.name}`}
              onPress={() => void onSavePreferences({ ...preferences, presetPacks: packs.filter((other) => other !== pack) })}
            >
              Remove
            </SpectrumButton>
          </div>
        ))}
        <SpectrumTextArea label="Paste a pack (JSON) to install it" name="preset-pack" rows={4} value={packText} onChange={setPackText} />
        <div className="button-row">
          <SpectrumButton disabled={packText.trim() === ''} onPress={() => void install()}>
            Install pack
          </SpectrumButton>
          <SpectrumButton
            emphasis="quiet"
            onPress={() =>
              setExported(
                exportPresetPack({ ...BUILTIN_PRESET_PACK, name: 'My presets', presets: merged.presets.map((entry) => entry.preset) }),
              )
            }
          >
            Export presets in use
          </SpectrumButton>
        </div>
        {message == null ? null : (
          <p className={message.error ? 'error' : 'result'} role={message.error ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
        {exported == null ? null : (
          <SpectrumTextArea
            label="Exported pack"
            labelHidden
            name="exported-pack"
            rows={8}
            readOnly
            value={exported}
            onChange={() => undefined}
          />
        )}
      </div>
      {subscriptions?.controller == null ? null : (
        <PackSubscriptionsSection snapshot={subscriptions.snapshot} controller={subscriptions.controller} />
      )}
    </section>
  );
}
