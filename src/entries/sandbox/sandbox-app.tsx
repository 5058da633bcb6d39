import { useEffect, useState, useSyncExternalStore } from 'react';
import type { SandboxHost } from '../../hosts/sandbox';
import { PanelApp } from '../../ui/panel-app';
import type { PanelServices } from '../../ui/panel-services';
import { TimelineView } from '../../ui/timeline/timeline-view';
import { drawnFromSandbox } from './drawn-from-sandbox';

const SANDBOX_CSS = `
body { margin: 0; background: #161616; color: #d8d8d8; font-family: "Source Sans Pro", -apple-system, "Segoe UI", sans-serif; }
.sandbox { display: flex; flex-direction: row; align-items: flex-start; min-height: 100vh; }
.sandbox-panel { width: 320px; flex: 0 0 320px; border-right: 1px solid #333; min-height: 100vh; background: #232323; }
.sandbox-editor { flex: 1 1 auto; padding: 10px 14px; min-width: 0; }
.sandbox-editor header { display: flex; align-items: center; margin-bottom: 8px; }
.sandbox-editor header h2 { font-size: 13px; margin: 0 12px 0 0; color: #fff; }
.sandbox-editor header .note { color: #8a8a8a; font-size: 12px; flex: 1; }
.sandbox-editor button { background: #3a3a3a; color: #e8e8e8; border: 1px solid #5a5a5a; border-radius: 14px; padding: 4px 12px; font-size: 12px; cursor: pointer; }
.sandbox-editor button:disabled { opacity: 0.45; }
.sandbox-editor button + button { margin-left: 8px; }
.sandbox-history { color: #8a8a8a; font-size: 11px; margin-top: 6px; }
.sandbox-bin { color: #b0b0b0; font-size: 12px; margin-top: 10px; }
`;

/** The sandbox page: the real panel beside a drawn editor timeline backed by the in-memory host. */
export function SandboxApp({ host, services, onResetDemo }: { host: SandboxHost; services: PanelServices; onResetDemo: () => void }) {
  const state = useSyncExternalStore(
    (onChange) => host.subscribe(onChange),
    () => host.state,
  );
  const [widthPx, setWidthPx] = useState(() => Math.max(480, window.innerWidth - 360));
  useEffect(() => {
    const onResize = () => setWidthPx(Math.max(480, window.innerWidth - 360));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  const undoLabels = host.undoLabels;
  const lastLabel = undoLabels[undoLabels.length - 1];
  const clipRelayItems = state.items.filter((item) => item.binPath[0] === 'ClipRelay');

  return (
    <div className="sandbox">
      <style>{SANDBOX_CSS}</style>
      <div className="sandbox-panel">
        <PanelApp services={services} timelineVersion={state} />
      </div>
      <main className="sandbox-editor">
        <header>
          <h2>{state.sequenceName}</h2>
          <span className="note">
            Sandbox: in-memory timeline, emulated providers, no key, no cost. Click the ruler to move the playhead.
          </span>
          <button
            type="button"
            disabled={lastLabel == null}
            onClick={() => host.undo()}
            title={lastLabel == null ? 'Nothing to undo' : `Undo ${lastLabel}`}
          >
            Undo
          </button>
          <button type="button" className="reset" onClick={onResetDemo} title="Start again from the demo sequence, with no jobs">
            Reset demo
          </button>
        </header>
        <TimelineView timeline={drawnFromSandbox(state)} widthPx={widthPx} onSeek={(seconds) => host.setPlayhead(seconds)} />
        <div className="sandbox-history" data-testid="undo-history">
          History: {undoLabels.length === 0 ? '—' : undoLabels.join(' › ')}
        </div>
        <div className="sandbox-bin" data-testid="bin">
          Bin ClipRelay: {clipRelayItems.length === 0 ? 'empty' : clipRelayItems.map((item) => item.name).join(', ')}
        </div>
      </main>
    </div>
  );
}
