import type { DuckPreset } from '../../domain/ducking';

/** The ducking presets in use, with every parameter, so a team can see exactly what a button does. */
export function PresetsTab({ presets }: { presets: readonly DuckPreset[] }) {
  return (
    <section className="section" id="panel-presets" role="tabpanel" aria-labelledby="tab-presets">
      {presets.map((preset) => (
        <div key={preset.id} className="preset-card" data-preset-id={preset.id}>
          <div className="job-title">{preset.name}</div>
          <div className="job-meta">
            depth {preset.depthDb} dB · fade down {preset.attackSeconds} s before speech · up {preset.releaseSeconds} s after · pauses under{' '}
            {(preset.attackSeconds + preset.releaseSeconds + preset.holdSeconds).toFixed(1)} s stay ducked
          </div>
        </div>
      ))}
    </section>
  );
}
