import { useState } from 'react';
import { exportPresetPack, mergePresetLayers, parsePresetPack, PASTED_PACK_SOURCE, type PresetPack } from '../../domain/presets';
import type { PanelPreferences } from '../../domain/preferences/panel-preferences';
import { BUILTIN_PRESET_PACK } from '../../domain/presets';
import { describeErrorIn } from '../../shared/i18n/describe-error-in';
import { packsInUse } from '../../workflows/packs/packs-in-use';
import { useMessages } from '../i18n/use-messages';
import { SpectrumButton } from '../spectrum/spectrum-button';
import { SpectrumTextArea } from '../spectrum/spectrum-text-field';
import { duckPresetName } from '../duck/duck-preset-name';
import { presetSourceName } from './builtin-preset-names';
import { installedPackMessage } from './installed-pack-message';
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
  const messages = useMessages();
  const { t, formatNumber } = messages;
  const decimal = (value: number) => formatNumber(value, { maximumFractionDigits: 3 });
  const [packText, setPackText] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [exported, setExported] = useState<string | null>(null);
  const packs = preferences.presetPacks;
  const merged = presetLayers(packsInUse(packs, subscriptions?.snapshot.views ?? []));

  const install = async () => {
    try {
      const pack = parsePresetPack(packText, PASTED_PACK_SOURCE, messages);
      const others = packs.filter((existing) => existing.name !== pack.name);
      await onSavePreferences({ ...preferences, presetPacks: [...others, pack] });
      const refused = presetLayers([...others, pack]).refused.filter((entry) => entry.source === pack.name);
      setMessage({ text: installedPackMessage(pack, refused, t), error: false });
      setPackText('');
    } catch (error) {
      setMessage({ text: describeErrorIn(messages, error), error: true });
    }
  };

  return (
    <section className="section" id="panel-presets" role="tabpanel" aria-labelledby="tab-presets">
      {merged.presets.map(({ preset, source }) => (
        <div key={preset.id} className="preset-card" data-preset-id={preset.id}>
          <div className="job-title">
            {preset.locked ? t('presets.lockedName', { name: duckPresetName(preset, messages) }) : duckPresetName(preset, messages)}
          </div>
          <div className="job-meta">
            {[
              preset.targetGapDb == null
                ? t('presets.depth', { depth: decimal(preset.depthDb) })
                : t('presets.bedUnderVoice', {
                    gap: decimal(preset.targetGapDb),
                    min: decimal(preset.minDepthDb ?? preset.depthDb),
                    max: decimal(preset.maxDepthDb ?? preset.depthDb),
                  }),
              t('presets.fades', {
                attack: decimal(preset.attackSeconds),
                release: decimal(preset.releaseSeconds),
                pauseSeconds: preset.attackSeconds + preset.releaseSeconds + preset.holdSeconds,
              }),
            ].join(' · ')}
          </div>
          <div className="job-meta">{t('presets.from', { source: presetSourceName(source, t) })}</div>
        </div>
      ))}
      <div className="subsection">
        <h2>{t('presets.packs')}</h2>
        {packs.length === 0 ? <p className="hint">{t('presets.noPacks')}</p> : null}
        {packs.map((pack) => (
          <div key={pack.name} className="row">
            <span className="grow">{[pack.name, pack.organisation, pack.author].filter((part) => part != null).join(' · ')}</span>
            <SpectrumButton
              emphasis="quiet"
              label={t('presets.exportPack', { name: pack.name })}
              onPress={() => setExported(exportPresetPack(pack))}
            >
              {t('presets.export')}
            </SpectrumButton>
            <SpectrumButton
              emphasis="quiet"
              label={t('presets.removePack', { name: pack.name })}
              onPress={() => void onSavePreferences({ ...preferences, presetPacks: packs.filter((other) => other !== pack) })}
            >
              {t('panel.remove')}
            </SpectrumButton>
          </div>
        ))}
        <SpectrumTextArea label={t('presets.pastePack')} name="preset-pack" rows={4} value={packText} onChange={setPackText} />
        <div className="button-row">
          <SpectrumButton disabled={packText.trim() === ''} onPress={() => void install()}>
            {t('presets.installPack')}
          </SpectrumButton>
          <SpectrumButton
            emphasis="quiet"
            onPress={() =>
              setExported(
                exportPresetPack({ ...BUILTIN_PRESET_PACK, name: t('presets.mine'), presets: merged.presets.map((entry) => entry.preset) }),
              )
            }
          >
            {t('presets.exportInUse')}
          </SpectrumButton>
        </div>
        {message == null ? null : (
          <p className={message.error ? 'error' : 'result'} role={message.error ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
        {exported == null ? null : (
          <SpectrumTextArea
            label={t('presets.exportedPack')}
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
