import { useState } from 'react';
import type { MessageId } from '../../shared/i18n/catalogs';
import { useMessages } from '../../ui/i18n/use-messages';
import { SpectrumPicker } from '../../ui/spectrum/spectrum-picker';
import type { DuckingPathChoice, ResolveDuckingPath } from './resolve-ducking-path';

const PATHS: readonly { readonly value: ResolveDuckingPath; readonly label: MessageId; readonly note: MessageId }[] = [
  { value: 'timeline-copy', label: 'duck.resolvePathTimelineCopy', note: 'duck.resolveTimelineCopyNote' },
  { value: 'rendered-audio', label: 'duck.resolvePathRenderedAudio', note: 'duck.resolveRenderedAudioNote' },
];

/**
 * The Duck tab's extra field on a Resolve before 21.1 (no clip level from a plugin): how to duck instead.
 * Hidden where Resolve lays level steps itself; only the copy where this page cannot render sound.
 */
export function ResolveDuckingPathField({
  choice,
  writesGainSteps,
  canRender,
}: {
  choice: DuckingPathChoice;
  /** Asked on each render: Resolve's calls are probed again after each placement. */
  writesGainSteps: () => boolean;
  canRender: boolean;
}) {
  const { t } = useMessages();
  const [path, setPath] = useState<ResolveDuckingPath>(() => choice.get());
  if (writesGainSteps()) return null;
  if (!canRender) return <p className="note">{t('duck.resolveCopyOnlyNote')}</p>;
  const chosen = PATHS.find((option) => option.value === path) ?? PATHS[0]!;
  return (
    <div className="resolve-ducking-path">
      <SpectrumPicker
        label={t('duck.resolvePathLabel')}
        name="resolve-ducking-path"
        value={path}
        options={PATHS.map((option) => ({ value: option.value, label: t(option.label) }))}
        onChange={(value) => {
          choice.set(value as ResolveDuckingPath);
          setPath(value as ResolveDuckingPath);
        }}
      />
      <p className="note">{t(chosen.note)}</p>
    </div>
  );
}
