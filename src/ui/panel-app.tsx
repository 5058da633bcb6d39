import { DuckSection } from './duck-section';
import { GenerateSection } from './generate-section';
import { KeysSection } from './keys-section';
import { PANEL_CSS } from './panel-styles';
import type { PanelServices } from './panel-services';
import type { GeneratedClip } from '../workflows/generate-clip';

/** The ClipRelay panel: the same component in Premiere and in the sandbox. */
export function PanelApp({
  services,
  timelineVersion,
  onGenerated,
}: {
  services: PanelServices;
  /** Changes whenever the host timeline changes, so track lists refresh. */
  timelineVersion?: unknown;
  onGenerated?: (clip: GeneratedClip) => void;
}) {
  return (
    <div className="cliprelay-panel">
      <style>{PANEL_CSS}</style>
      <h1>ClipRelay · {services.host.capabilities.name}</h1>
      <GenerateSection services={services} onGenerated={onGenerated} />
      <DuckSection services={services} refreshKey={timelineVersion} />
      {services.secrets != null ? <KeysSection providers={services.providers} secrets={services.secrets} /> : null}
    </div>
  );
}
