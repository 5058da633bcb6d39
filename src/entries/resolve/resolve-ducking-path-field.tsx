import { useState } from 'react';
import { SpectrumPicker } from '../../ui/spectrum/spectrum-picker';
import type { DuckingPathChoice, ResolveDuckingPath } from './resolve-ducking-path';

const PATHS: readonly { readonly value: ResolveDuckingPath; readonly label: string }[] = [
  { value: 'timeline-copy', label: 'Ducked copy of the timeline' },
  { value: 'rendered-audio', label: 'Swap in rendered audio' },
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
  const [path, setPath] = useState<ResolveDuckingPath>(() => choice.get());
  if (writesGainSteps()) return null;
  const why = 'This Resolve cannot change a clip’s volume from a plugin (that came in 21.1).';
  if (!canRender)
    return <p className="note">{why} ClipRelay ducks a copy of the timeline (OTIO round trip); the original stays as it is.</p>;
  return (
    <div className="resolve-ducking-path">
      <SpectrumPicker
        label="Duck in Resolve by"
        name="resolve-ducking-path"
        value={path}
        options={PATHS}
        onChange={(value) => {
          choice.set(value as ResolveDuckingPath);
          setPath(value as ResolveDuckingPath);
        }}
      />
      <p className="note">
        {why}{' '}
        {path === 'timeline-copy'
          ? 'A new timeline with the ducking as clip volume keyframes opens; the original stays as it is.'
          : 'Each ducked clip’s sound is rendered into a new WAV beside it and swapped in as its audio, linked to its picture.'}
      </p>
    </div>
  );
}
