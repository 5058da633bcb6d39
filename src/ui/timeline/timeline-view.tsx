import { useDeferredValue, useMemo, useRef, type KeyboardEvent as ReactKeyboardEvent, type MouseEvent as ReactMouseEvent } from 'react';
import { formatTimecode } from '../../domain/format/timecode';
import { useMessages } from '../i18n/use-messages';
import { distinguishingLabel } from './clip-label';
import type { DrawnClip, DrawnDuckPlan, DrawnTimeline, DrawnTrack } from './drawn-timeline';
import { dbToY, gainCurvePoints, levelDbAt } from './gain-curve-path';
import { rulerTicks } from './ruler-ticks';
import { waveformColumns, type WaveformPeaks } from './waveform-columns';

const LABEL_WIDTH = 100;
const RULER_HEIGHT = 22;
const VIDEO_ROW = 30;
const AUDIO_ROW = 84;
const PAD = 3;
/** Height of the clip's name line; the gain curve and waveform use the rest. */
const NAME_LINE = 12;
/** Width of one character of the 10 px clip-name font, for fitting names. */
const CHAR_WIDTH_PX = 5.6;
const DB_GRID = [0, -6, -12, -18];

/** Where each row's curve area lies, and how times map to x: shared by everything drawn. */
interface Geometry {
  readonly widthPx: number;
  readonly toX: (seconds: number) => number;
  readonly secondsAtX: (x: number) => number;
  readonly pixelsPerSecond: number;
  readonly frameRate: number;
  readonly allClipNames: readonly string[];
}

/**
 * The sandbox's drawn editor timeline: video tracks above audio tracks (V1 and A1 nearest the
 * middle, as in Premiere), clip names that tell clips apart, a timecode ruler, the playhead, and
 * on each audio clip its waveform under its gain curve, against a dB scale. What the Duck tab
 * last planned is drawn over it: speech regions shaded, and before Apply the planned curve dashed.
 * Clicking the ruler moves the playhead.
 */
export function TimelineView({
  timeline,
  widthPx,
  waveforms,
  duckPlan,
  onSeek,
  onSelectClip,
}: {
  timeline: DrawnTimeline;
  widthPx: number;
  /** Waveforms by media path; a clip whose file has none (yet) is drawn without. */
  waveforms?: ReadonlyMap<string, WaveformPeaks>;
  duckPlan?: DrawnDuckPlan | null;
  onSeek?: (seconds: number) => void;
  /**
   * A click (or Enter/Space) on a clip selects it; `additive` with Shift adds it to the selection or takes
   * it out. Absent: clips are not selectable.
   */
  onSelectClip?: (clipId: string, additive: boolean) => void;
}) {
  const { t } = useMessages();
  const { videoTracks, audioTracks, frameRate } = timeline;
  // An hour's plan is ~900 region rectangles and hundreds of curves: drawn as a deferred render, which
  // React cuts into short slices, so finishing an analysis never blocks the page for a long task.
  const drawnPlan = useDeferredValue(duckPlan);
  // The caller may pass a new function every render (every frame while playing): the drawing keeps one that calls the latest.
  const latestSelect = useRef(onSelectClip);
  latestSelect.current = onSelectClip;
  const selectsClips = onSelectClip != null;
  const selectClip = useMemo(
    () => (selectsClips ? (clipId: string, additive: boolean) => latestSelect.current?.(clipId, additive) : undefined),
    [selectsClips],
  );
  const durationSeconds = useMemo(() => {
    const ends = [...videoTracks, ...audioTracks].flatMap((track) => track.clips.map((clip) => clip.endSeconds));
    return Math.max(20, Math.ceil((Math.max(0, ...ends) + 4) / 5) * 5);
  }, [videoTracks, audioTracks]);
  const pixelsPerSecond = Math.max(1, widthPx - LABEL_WIDTH - 8) / durationSeconds;
  const toX = (seconds: number) => LABEL_WIDTH + seconds * pixelsPerSecond;

  const rows = useMemo(() => {
    let y = RULER_HEIGHT;
    return [
      ...[...videoTracks].reverse().map((track) => ({ track, height: VIDEO_ROW })),
      ...audioTracks.map((track) => ({ track, height: AUDIO_ROW })),
    ].map((row) => {
      const top = y;
      y += row.height;
      return { ...row, top };
    });
  }, [videoTracks, audioTracks]);
  const lastRow = rows[rows.length - 1];
  const heightPx = (lastRow == null ? RULER_HEIGHT : lastRow.top + lastRow.height) + 4;
  const audioTop = rows.find((row) => row.track.kind === 'audio')?.top ?? heightPx;

  // Everything but the playhead, which moves every frame while playing.
  const body = useMemo(() => {
    const pps = Math.max(1, widthPx - LABEL_WIDTH - 8) / durationSeconds;
    const geometry: Geometry = {
      widthPx,
      toX: (seconds) => LABEL_WIDTH + seconds * pps,
      secondsAtX: (x) => (x - LABEL_WIDTH) / pps,
      pixelsPerSecond: pps,
      frameRate,
      allClipNames: [...videoTracks, ...audioTracks].flatMap((track) => track.clips.map((clip) => clip.name)),
    };
    return (
      <g>
        {rulerTicks(durationSeconds, pps, frameRate).map((tick) => (
          <g key={tick.seconds}>
            <line x1={geometry.toX(tick.seconds)} x2={geometry.toX(tick.seconds)} y1={RULER_HEIGHT - 6} y2={heightPx} stroke="#333" />
            <text x={geometry.toX(tick.seconds) + 2} y={12} fill="#9a9a9a" fontSize={10} data-testid="ruler-label">
              {tick.label}
            </text>
          </g>
        ))}
        {(drawnPlan?.speechRegions ?? []).map((region) => (
          <rect
            key={region.startSeconds}
            x={geometry.toX(region.startSeconds)}
            y={audioTop}
            width={Math.max(1, geometry.toX(region.endSeconds) - geometry.toX(region.startSeconds))}
            height={heightPx - 4 - audioTop}
            fill="#5fb3ff"
            fillOpacity={0.13}
            data-testid="speech-region"
          >
            <title>
              {t('timeline.speech', {
                start: formatTimecode(region.startSeconds, frameRate),
                end: formatTimecode(region.endSeconds, frameRate),
              })}
            </title>
          </rect>
        ))}
        {rows.map(({ track, top, height }) => (
          <TrackRow
            key={`${track.kind}${track.index}`}
            track={track}
            top={top}
            height={height}
            geometry={geometry}
            waveforms={waveforms}
            plannedGain={drawnPlan?.plannedGain}
            onSelectClip={selectClip}
          />
        ))}
      </g>
    );
  }, [widthPx, durationSeconds, frameRate, videoTracks, audioTracks, rows, heightPx, audioTop, waveforms, drawnPlan, selectClip, t]);

  const playheadX = toX(timeline.playheadSeconds);
  return (
    <svg
      className="timeline"
      width={widthPx}
      height={heightPx}
      viewBox={`0 0 ${widthPx} ${heightPx}`}
      // A group, not an image: an image's children are hidden from assistive technology, and clips are buttons.
      role="group"
      aria-label={t('timeline.of', { name: timeline.name })}
      data-testid="timeline"
    >
      <rect x={0} y={0} width={widthPx} height={heightPx} fill="#1d1d1d" />
      <rect
        x={LABEL_WIDTH}
        y={0}
        width={widthPx - LABEL_WIDTH}
        height={RULER_HEIGHT}
        fill="#2a2a2a"
        data-testid="ruler"
        onClick={(event) => {
          const box = event.currentTarget.getBoundingClientRect();
          const scale = box.width > 0 ? (widthPx - LABEL_WIDTH) / box.width : 1;
          onSeek?.(Math.max(0, ((event.clientX - box.left) * scale) / pixelsPerSecond));
        }}
      >
        <title>{t('timeline.clickToMove')}</title>
      </rect>
      {body}
      <line
        x1={playheadX}
        x2={playheadX}
        y1={0}
        y2={heightPx}
        stroke="#2d8ceb"
        strokeWidth={1.5}
        data-testid="playhead"
        data-seconds={timeline.playheadSeconds}
      >
        <title>{t('timeline.playhead', { time: formatTimecode(timeline.playheadSeconds, frameRate) })}</title>
      </line>
      <polygon points={`${playheadX - 5},0 ${playheadX + 5},0 ${playheadX},7`} fill="#2d8ceb" />
    </svg>
  );
}

function TrackRow({
  track,
  top,
  height,
  geometry,
  waveforms,
  plannedGain,
  onSelectClip,
}: {
  track: DrawnTrack;
  top: number;
  height: number;
  geometry: Geometry;
  waveforms: ReadonlyMap<string, WaveformPeaks> | undefined;
  plannedGain: DrawnDuckPlan['plannedGain'] | undefined;
  onSelectClip: ((clipId: string, additive: boolean) => void) | undefined;
}) {
  const label = `${track.kind === 'video' ? 'V' : 'A'}${track.index + 1}`;
  const clipTop = top + PAD;
  const clipHeight = height - 2 * PAD;
  const curveTop = clipTop + NAME_LINE;
  const curveHeight = clipHeight - NAME_LINE - 2;
  return (
    <g data-track={label}>
      <rect x={0} y={top} width={LABEL_WIDTH - 2} height={height - 1} fill="#2b2b2b" />
      <text x={6} y={top + 13} fill="#e0e0e0" fontSize={11} fontWeight={700}>
        {label}
      </text>
      <text x={6} y={top + 26} fill="#9a9a9a" fontSize={10}>
        {distinguishingLabel(track.name, [], track.kind === 'audio' ? 8 : 12)}
        {track.muted ? ' (M)' : ''}
        <title>{`${label} ${track.name}${track.muted ? ' (muted)' : ''}`}</title>
      </text>
      {track.kind === 'audio' ? <DbScale top={curveTop} height={curveHeight} widthPx={geometry.widthPx} /> : null}
      <line x1={LABEL_WIDTH} x2={geometry.widthPx} y1={top + height - 0.5} y2={top + height - 0.5} stroke="#303030" />
      {track.clips.map((clip) => (
        <ClipShape
          key={clip.id}
          clip={clip}
          kind={track.kind}
          top={clipTop}
          height={clipHeight}
          geometry={geometry}
          peaks={waveforms?.get(clip.mediaPath)}
          plannedGain={plannedGain?.get(clip.id)}
          trackLabel={label}
          onSelect={onSelectClip == null ? undefined : (additive) => onSelectClip(clip.id, additive)}
        />
      ))}
    </g>
  );
}

/** The dB scale of an audio row: labelled gridlines at 0, −6, −12 and −18 dB across the track. */
function DbScale({ top, height, widthPx }: { top: number; height: number; widthPx: number }) {
  return (
    <g data-testid="db-scale" aria-hidden="true">
      {DB_GRID.map((levelDb) => {
        const y = dbToY(levelDb, top, height);
        return (
          <g key={levelDb}>
            <line x1={LABEL_WIDTH} x2={widthPx} y1={y} y2={y} stroke="#3a3a3a" strokeDasharray={levelDb === 0 ? undefined : '2 3'} />
            <text x={LABEL_WIDTH - 5} y={y + 3} fill="#8a8a8a" fontSize={8} textAnchor="end" data-db={levelDb}>
              {levelDb === 0 ? '0 dB' : formatDb(levelDb, 0)}
            </text>
          </g>
        );
      })}
    </g>
  );
}

function ClipShape({
  clip,
  kind,
  top,
  height,
  geometry,
  peaks,
  plannedGain,
  trackLabel,
  onSelect,
}: {
  clip: DrawnClip;
  kind: 'video' | 'audio';
  top: number;
  height: number;
  geometry: Geometry;
  peaks: WaveformPeaks | undefined;
  plannedGain: readonly { readonly timeSeconds: number; readonly gainDb: number }[] | undefined;
  /** "A2", "V1": named with the clip for screen readers. */
  trackLabel: string;
  onSelect: ((additive: boolean) => void) | undefined;
}) {
  const { t } = useMessages();
  const { toX, frameRate } = geometry;
  const x = toX(clip.startSeconds);
  const width = Math.max(2, toX(clip.endSeconds) - x);
  const generated = clip.generated;
  const fill = kind === 'video' ? (generated ? '#7b5ab8' : '#4f6fa8') : generated ? '#3f8f6d' : '#3d7a5a';
  const keyframes = clip.keyframes ?? [];
  const curveTop = top + NAME_LINE;
  const curveHeight = height - NAME_LINE - 2;
  const span = `${formatTimecode(clip.startSeconds, frameRate)} – ${formatTimecode(clip.endSeconds, frameRate)}`;
  const selected = clip.selected === true;
  return (
    <g
      data-clip-name={clip.name}
      data-clip-id={clip.id}
      data-keyframe-count={keyframes.length}
      data-waveform={kind === 'audio' ? (peaks == null ? 'none' : 'drawn') : undefined}
      data-selected={selected}
      opacity={clip.disabled ? 0.4 : 1}
      {...(onSelect == null
        ? {}
        : selectable(onSelect, selected, t('timeline.selectClip', { name: `${clip.name}, ${trackLabel}, ${span}` })))}
    >
      <title>{`${clip.name}\n${clip.disabled ? t('timeline.spanDisabled', { span }) : span}`}</title>
      <rect
        x={x}
        y={top}
        width={width}
        height={height}
        rx={3}
        fill={fill}
        stroke={selected ? '#ffffff' : clip.linkId != null ? '#e6e6e6' : '#202020'}
        strokeWidth={selected ? 2 : clip.linkId != null ? 0.8 : 1}
        data-testid={selected ? 'clip-selected-outline' : undefined}
      />
      {kind === 'audio' && peaks != null ? (
        <Waveform clip={clip} peaks={peaks} geometry={geometry} top={curveTop} height={curveHeight} fromX={x} toX={x + width} />
      ) : null}
      <text x={x + 4} y={top + 10} fill="#f4f4f4" fontSize={10} data-testid="clip-label">
        {distinguishingLabel(clip.name, geometry.allClipNames, Math.floor((width - 6) / CHAR_WIDTH_PX))}
      </text>
      {kind === 'audio' ? (
        <>
          <polyline
            points={gainCurvePoints(keyframes, clip.staticLevelDb ?? 0, clip, toX, curveTop, curveHeight)}
            fill="none"
            stroke="#f2d35b"
            strokeWidth={1.4}
            data-testid="gain-curve"
          />
          {plannedGain != null && plannedGain.length > 0 ? (
            <PlannedCurve clip={clip} points={plannedGain} toX={toX} top={curveTop} height={curveHeight} />
          ) : null}
          {keyframes
            .filter((kf) => kf.timeSeconds >= clip.startSeconds - 1e-6 && kf.timeSeconds <= clip.endSeconds + 1e-6)
            .map((kf) => (
              <circle
                key={kf.timeSeconds}
                cx={toX(kf.timeSeconds)}
                cy={dbToY(kf.levelDb, curveTop, curveHeight)}
                r={2.8}
                fill={kf.byClipRelay ? '#f2d35b' : '#ffffff'}
                stroke="#1d1d1d"
                strokeWidth={0.6}
                data-keyframe={`${kf.timeSeconds.toFixed(3)}:${kf.levelDb.toFixed(2)}`}
              >
                <title>
                  {t('timeline.keyframe', {
                    time: formatTimecode(kf.timeSeconds, frameRate),
                    seconds: kf.timeSeconds.toFixed(2),
                    level: formatDb(kf.levelDb, 1),
                    by: kf.byClipRelay ? 'cliprelay' : 'editor',
                  })}
                </title>
              </circle>
            ))}
        </>
      ) : null}
    </g>
  );
}

/** The clip's waveform as one path of vertical min–max strokes, one per pixel column, centred in the curve area. */
function Waveform({
  clip,
  peaks,
  geometry,
  top,
  height,
  fromX,
  toX,
}: {
  clip: DrawnClip;
  peaks: WaveformPeaks;
  geometry: Geometry;
  top: number;
  height: number;
  fromX: number;
  toX: number;
}) {
  const { startSeconds, inPointSeconds, speed } = clip;
  const { pixelsPerSecond } = geometry;
  // Redrawn only when the clip, its file or the geometry changes: not for a playhead move or a new duck plan.
  const path = useMemo(() => {
    const middle = top + height / 2;
    const half = height / 2;
    const secondsAtX = (x: number) => (x - LABEL_WIDTH) / pixelsPerSecond;
    return waveformColumns(peaks, { startSeconds, inPointSeconds, speed }, { fromX, toX, secondsAtX })
      .map((column) => {
        const yTop = middle - column.max * half;
        const yBottom = Math.max(yTop + 0.6, middle - column.min * half);
        return `M${column.x + 0.5} ${yTop.toFixed(1)}V${yBottom.toFixed(1)}`;
      })
      .join('');
  }, [peaks, startSeconds, inPointSeconds, speed, fromX, toX, pixelsPerSecond, top, height]);
  return <path d={path} stroke="#a8e0c4" strokeOpacity={0.55} strokeWidth={1} fill="none" data-testid="waveform" />;
}

/** The Duck tab's planned gain before Apply: the clip's own level plus the planned dB, dashed. */
function PlannedCurve({
  clip,
  points,
  toX,
  top,
  height,
}: {
  clip: DrawnClip;
  points: readonly { readonly timeSeconds: number; readonly gainDb: number }[];
  toX: (seconds: number) => number;
  top: number;
  height: number;
}) {
  const { t } = useMessages();
  // The host writes "own level + gain", the own level being the editor's keyframes without ClipRelay's.
  const ownKeyframes = (clip.keyframes ?? []).filter((kf) => !kf.byClipRelay);
  const own = (seconds: number) => levelDbAt(ownKeyframes, clip.staticLevelDb ?? 0, seconds);
  const drawn = points
    .filter((point) => point.timeSeconds >= clip.startSeconds - 1e-6 && point.timeSeconds <= clip.endSeconds + 1e-6)
    .map((point) => `${toX(point.timeSeconds).toFixed(1)},${dbToY(own(point.timeSeconds) + point.gainDb, top, height).toFixed(1)}`);
  return (
    <polyline
      points={drawn.join(' ')}
      fill="none"
      stroke="#ff9f5a"
      strokeWidth={1.4}
      strokeDasharray="4 3"
      data-testid="planned-gain-curve"
    >
      <title>{t('timeline.plannedByPreview')}</title>
    </polyline>
  );
}

/** dB with a true minus sign: −9.0, 0.0, +3.0. */
function formatDb(levelDb: number, digits: number): string {
  const rounded = levelDb.toFixed(digits);
  if (Number(rounded) === 0) return (0).toFixed(digits);
  return levelDb < 0 ? `−${rounded.slice(1)}` : `+${rounded}`;
}

/**
 * What makes a clip a toggle button: click (Shift-click adds to the selection), Enter or Space from the
 * keyboard (Shift as well), its name, track and span as its accessible name, and its state as pressed.
 */
function selectable(onSelect: (additive: boolean) => void, selected: boolean, accessibleName: string) {
  return {
    role: 'button',
    tabIndex: 0,
    'aria-pressed': selected,
    'aria-label': accessibleName,
    style: { cursor: 'pointer' },
    onClick: (event: ReactMouseEvent) => onSelect(event.shiftKey),
    onKeyDown: (event: ReactKeyboardEvent) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      onSelect(event.shiftKey);
    },
  };
}
