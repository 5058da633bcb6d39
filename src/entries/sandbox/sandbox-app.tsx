import { useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { SandboxHost } from '../../hosts/sandbox';
import type { WebAudioPlayer } from '../../platform/browser/web-audio-player';
import type { MessageId } from '../../shared/i18n/catalogs';
import { describeErrorIn } from '../../shared/i18n/describe-error-in';
import type { Translator } from '../../shared/i18n/translator';
import { usePreferredLanguage } from '../../ui/i18n/panel-messages';
import { useMessages } from '../../ui/i18n/use-messages';
import { PanelApp } from '../../ui/panel-app';
import { LanguagePicker } from '../../ui/settings/language-picker';
import { browserThemeSource, type SandboxThemeChoice } from '../../ui/spectrum/host-theme';
import { SpectrumButton } from '../../ui/spectrum/spectrum-button';
import { SpectrumPicker } from '../../ui/spectrum/spectrum-picker';
import { SpectrumTheme } from '../../ui/spectrum/spectrum-theme';
import type { PanelServices } from '../../ui/panel-services';
import { TimelineView } from '../../ui/timeline/timeline-view';
import type { WaveformPeaks } from '../../ui/timeline/waveform-columns';
import { drawnFromSandbox } from './drawn-from-sandbox';
import type { DuckPlanFeed } from './duck-plan-feed';
import { usePlayback, type SilentNote } from './use-playback';
import type { WaveformSource } from './waveform-source';

// Below 800 px the page stacks (panel above the timeline); the panel column keeps its width either way.
const SANDBOX_CSS = `
body { margin: 0; background: #161616; color: #d8d8d8; font-family: "Source Sans Pro", -apple-system, "Segoe UI", sans-serif; }
.sandbox-theme { display: block; background: var(--spectrum-gray-50, #161616); color: var(--spectrum-gray-800, #d8d8d8); }
.sandbox { display: flex; flex-direction: row; align-items: flex-start; min-height: 100vh; }
.sandbox-panel { width: 320px; flex: 0 0 320px; border-right: 1px solid var(--spectrum-gray-300, #333); min-height: 100vh; background: var(--spectrum-gray-100, #232323); }
.sandbox-editor { flex: 1 1 auto; padding: 10px 14px; min-width: 0; box-sizing: border-box; }
.sandbox-editor header { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 8px; margin-bottom: 8px; }
.sandbox-editor header h2 { font-size: 13px; margin: 0 4px 0 0; color: var(--spectrum-gray-900, #fff); }
.sandbox-editor header .theme-choice { width: 150px; }
.sandbox-editor header .theme-choice .field { margin: 0; }
.sandbox-editor header .note { color: #8a8a8a; font-size: 12px; flex: 1 1 220px; }
.sandbox-timeline { width: 100%; min-width: 0; }
.sandbox-timeline svg { display: block; max-width: 100%; }
.sandbox-history, .sandbox-bin, .sandbox-playback-note { overflow-wrap: anywhere; }
.sandbox-history { color: #8a8a8a; font-size: 11px; margin-top: 6px; }
.sandbox-bin { color: #b0b0b0; font-size: 12px; margin-top: 10px; }
.sandbox-bin .revealed { background: #2d5b9a; color: #fff; }
.sandbox-playback-note { color: #e8a33d; font-size: 12px; margin-top: 6px; }
@media (max-width: 799px) {
  .sandbox { flex-direction: column; align-items: stretch; }
  .sandbox-panel { flex: 0 0 auto; min-height: 0; border-right: none; border-bottom: 1px solid #333; }
}
`;

/** Premiere's three panel colours, or the browser's light or dark scheme. */
const THEME_CHOICES: readonly { readonly value: SandboxThemeChoice; readonly label: MessageId }[] = [
  { value: 'system', label: 'sandbox.themeSystem' },
  { value: 'light', label: 'sandbox.themeLight' },
  { value: 'dark', label: 'sandbox.themeDark' },
  { value: 'darkest', label: 'sandbox.themeDarkest' },
];

/** Which editor's rules the in-memory host enforces; switching reloads the page on the same saved project. */
const HOST_RULE_CHOICES: readonly { readonly value: string; readonly label: MessageId }[] = [
  { value: 'premiere', label: 'sandbox.rulesPremiere' },
  { value: 'resolve', label: 'sandbox.rulesResolve' },
];

function switchHostRules(rules: string): void {
  const url = new URL(window.location.href);
  if (rules === 'resolve') url.searchParams.set('rules', 'resolve');
  else url.searchParams.delete('rules');
  window.location.assign(url.toString());
}

/** The sandbox page: the real panel beside (or, when narrow, above) a drawn editor timeline backed by the in-memory host. */
export function SandboxApp({
  host,
  services,
  audio,
  duckPlans,
  onResetDemo,
}: {
  host: SandboxHost;
  services: PanelServices;
  audio: { readonly waveforms: WaveformSource; readonly player: WebAudioPlayer };
  duckPlans: DuckPlanFeed;
  onResetDemo: () => void;
}) {
  const state = useSyncExternalStore(
    (onChange) => host.subscribe(onChange),
    () => host.state,
  );
  const shownPlan = useSyncExternalStore(duckPlans.subscribe, duckPlans.current);
  const drawn = useMemo(() => drawnFromSandbox(state), [state]);
  const timelineWidthPx = useElementWidth();
  const waveforms = useWaveforms(
    audio.waveforms,
    drawn.audioTracks.flatMap((track) => track.clips.map((clip) => clip.mediaPath)),
  );
  const setPlayhead = useMemo(() => (seconds: number) => host.setPlayhead(seconds), [host]);
  const playback = usePlayback(audio.player, drawn, setPlayhead);
  const duckPlan = useMemo(
    () =>
      shownPlan == null
        ? null
        : shownPlan.madeOn === state
          ? shownPlan.plan
          : { speechRegions: shownPlan.plan.speechRegions, plannedGain: new Map<string, never>() },
    [shownPlan, state],
  );
  const undoLabels = host.undoLabels;
  const lastLabel = undoLabels[undoLabels.length - 1];
  const clipRelayItems = state.items.filter((item) => item.binPath[0] === 'ClipRelay');
  const playing = playback.status === 'playing';
  const [themeChoice, setThemeChoice] = useState<SandboxThemeChoice>('system');
  const theme = useMemo(() => browserThemeSource(window.matchMedia?.bind(window), themeChoice), [themeChoice]);
  const language = usePreferredLanguage(services.preferences);
  const messages = useMessages();
  const { t } = messages;

  return (
    <SpectrumTheme source={theme}>
      <div className="sandbox sandbox-theme">
        <style>{SANDBOX_CSS}</style>
        <div className="sandbox-panel">
          <PanelApp services={services} timelineVersion={state} />
        </div>
        <main className="sandbox-editor">
          <header>
            <h2>{state.sequenceName}</h2>
            <span className="note">{t('sandbox.intro')}</span>
            <SpectrumButton
              emphasis={playing ? 'accent' : 'secondary'}
              disabled={playback.status === 'starting'}
              onPress={playing ? playback.stop : playback.play}
              title={playing ? t('sandbox.stopTitle') : t('sandbox.playTitle')}
            >
              {playing ? t('sandbox.stop') : t('sandbox.play')}
            </SpectrumButton>
            <SpectrumButton
              disabled={lastLabel == null}
              onPress={() => host.undo()}
              title={lastLabel == null ? t('sandbox.nothingToUndo') : t('sandbox.undoTitle', { label: lastLabel })}
            >
              {t('sandbox.undo')}
            </SpectrumButton>
            <SpectrumButton emphasis="quiet" onPress={onResetDemo} title={t('sandbox.resetDemoTitle')}>
              {t('sandbox.resetDemo')}
            </SpectrumButton>
            <div className="theme-choice">
              <SpectrumPicker
                label={t('sandbox.theme')}
                labelHidden
                name="sandbox-theme"
                value={themeChoice}
                options={THEME_CHOICES.map((choice) => ({ value: choice.value, label: t(choice.label) }))}
                onChange={(choice) => setThemeChoice(choice as SandboxThemeChoice)}
              />
            </div>
            <div className="theme-choice">
              <SpectrumPicker
                label={t('sandbox.editorRules')}
                labelHidden
                name="sandbox-host-rules"
                value={new URLSearchParams(window.location.search).get('rules') === 'resolve' ? 'resolve' : 'premiere'}
                options={HOST_RULE_CHOICES.map((choice) => ({ value: choice.value, label: t(choice.label) }))}
                onChange={switchHostRules}
              />
            </div>
            <div className="theme-choice">
              {/* The same preference as Settings › Language: the panel (and this page) re-render in it at once. */}
              <LanguagePicker
                name="sandbox-language"
                labelHidden
                followsPremiere={false}
                value={language}
                onChange={(next) =>
                  void services.preferences
                    .read()
                    .then((current) => services.preferences.write({ ...current, language: next }))
                    // Unreadable preferences are never saved over; the panel's notice already says so.
                    .catch(() => undefined)
                }
              />
            </div>
          </header>
          <div className="sandbox-timeline" ref={timelineWidthPx.ref}>
            {timelineWidthPx.value > 0 ? (
              <TimelineView
                timeline={playback.livePlayheadSeconds == null ? drawn : { ...drawn, playheadSeconds: playback.livePlayheadSeconds }}
                widthPx={timelineWidthPx.value}
                waveforms={waveforms}
                duckPlan={duckPlan}
                onSeek={(seconds) => {
                  playback.stop();
                  host.setPlayhead(seconds);
                }}
                onSelectClip={(clipId, additive) => (additive ? host.toggleClipSelected(clipId) : host.setSelectedClips([clipId]))}
              />
            ) : null}
          </div>
          {playback.silentNote != null ? (
            <p className="sandbox-playback-note" role="status">
              {silentNoteIn(messages, playback.silentNote)}
            </p>
          ) : null}
          <div className="sandbox-history" data-testid="undo-history">
            {/* The host's undo labels, as they were recorded. */}
            {undoLabels.length === 0 ? t('sandbox.historyEmpty') : t('sandbox.history', { labels: undoLabels.join(' › ') })}
          </div>
          <div className="sandbox-bin" data-testid="bin">
            {t('sandbox.bin')}{' '}
            {clipRelayItems.length === 0
              ? t('sandbox.binEmpty')
              : clipRelayItems.map((item, index) => (
                  // Reveal in bin selects the item, as Premiere's project panel would.
                  <span key={item.id} className={item.id === state.revealedItemId ? 'revealed' : undefined}>
                    {index > 0 ? t('sandbox.binSeparator') : ''}
                    {item.name}
                  </span>
                ))}
          </div>
        </main>
      </div>
    </SpectrumTheme>
  );
}

/** Why playback is silent, in the page's language; file paths and a player's error text are shown as they came. */
function silentNoteIn(messages: Translator, note: SilentNote): string {
  return note.kind === 'undecodable'
    ? messages.t('sandbox.silentFiles', { files: note.paths.join(', ') })
    : messages.t('sandbox.playbackFailed', { problem: describeErrorIn(messages, note.error) });
}

/** The width an element has, followed as the window (or the layout) changes it. */
function useElementWidth(): { ref: (element: HTMLDivElement | null) => void; value: number } {
  const [value, setValue] = useState(0);
  const observer = useRef<ResizeObserver | null>(null);
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  useLayoutEffect(() => {
    if (element == null) return undefined;
    setValue(Math.floor(element.getBoundingClientRect().width));
    observer.current = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width;
      if (width != null) setValue(Math.floor(width));
    });
    observer.current.observe(element);
    return () => observer.current?.disconnect();
  }, [element]);
  return { ref: setElement, value };
}

/** Each audio file's waveform, requested once per path and added as it arrives; a file that cannot be decoded has none. */
function useWaveforms(source: WaveformSource, mediaPaths: readonly string[]): ReadonlyMap<string, WaveformPeaks> {
  const [waveforms, setWaveforms] = useState<ReadonlyMap<string, WaveformPeaks>>(new Map());
  const requested = useRef(new Set<string>());
  const pathsKey = [...new Set(mediaPaths)].sort().join('\n');
  useEffect(() => {
    for (const path of pathsKey === '' ? [] : pathsKey.split('\n')) {
      if (requested.current.has(path)) continue;
      requested.current.add(path);
      source.waveform(path).then(
        (peaks) => setWaveforms((previous) => new Map(previous).set(path, peaks)),
        () => requested.current.delete(path),
      );
    }
  }, [source, pathsKey]);
  return waveforms;
}
