import type { DrawnClip, DrawnTimeline, DrawnTrack } from './drawn-timeline';
import { dbToY, gainCurvePoints } from './gain-curve-path';

const LABEL_WIDTH = 76;
const RULER_HEIGHT = 22;
const VIDEO_ROW = 30;
const AUDIO_ROW = 64;
const PAD = 3;

/**
 * The sandbox's drawn editor timeline: video tracks above audio tracks (V1 and A1 nearest the
 * middle, as in Premiere), clip names, the playhead, and each audio clip's gain curve with its
 * keyframes. Clicking the ruler moves the playhead.
 */
export function TimelineView({
  timeline,
  widthPx,
  onSeek,
}: {
  timeline: DrawnTimeline;
  widthPx: number;
  onSeek?: (seconds: number) => void;
}) {
  const allClips = [...timeline.videoTracks, ...timeline.audioTracks].flatMap((track) => track.clips);
  const durationSeconds = Math.max(20, Math.ceil((Math.max(0, ...allClips.map((clip) => clip.endSeconds)) + 4) / 5) * 5);
  const pixelsPerSecond = (widthPx - LABEL_WIDTH - 8) / durationSeconds;
  const toX = (seconds: number) => LABEL_WIDTH + seconds * pixelsPerSecond;
  const rows = [
    ...[...timeline.videoTracks].reverse().map((track) => ({ track, height: VIDEO_ROW })),
    ...timeline.audioTracks.map((track) => ({ track, height: AUDIO_ROW })),
  ];
  let y = RULER_HEIGHT;
  const placedRows = rows.map((row) => {
    const top = y;
    y += row.height;
    return { ...row, top };
  });
  const heightPx = y + 4;
  const tickEvery = durationSeconds > 60 ? 10 : 5;

  return (
    <svg
      className="timeline"
      width={widthPx}
      height={heightPx}
      role="img"
      aria-label={`Timeline of ${timeline.name}`}
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
          const box = (event.currentTarget as SVGRectElement).getBoundingClientRect();
          onSeek?.(Math.max(0, (event.clientX - box.left) / pixelsPerSecond));
        }}
      />
      {Array.from({ length: Math.floor(durationSeconds / tickEvery) + 1 }, (_, i) => i * tickEvery).map((seconds) => (
        <g key={seconds}>
          <line x1={toX(seconds)} x2={toX(seconds)} y1={RULER_HEIGHT - 6} y2={heightPx} stroke="#333" />
          <text x={toX(seconds) + 2} y={12} fill="#9a9a9a" fontSize={10}>
            {formatTime(seconds)}
          </text>
        </g>
      ))}
      {placedRows.map(({ track, top, height }) => (
        <TrackRow key={`${track.kind}${track.index}`} track={track} top={top} height={height} toX={toX} />
      ))}
      <line
        x1={toX(timeline.playheadSeconds)}
        x2={toX(timeline.playheadSeconds)}
        y1={0}
        y2={heightPx}
        stroke="#2d8ceb"
        strokeWidth={1.5}
        data-testid="playhead"
        data-seconds={timeline.playheadSeconds}
      />
      <polygon
        points={`${toX(timeline.playheadSeconds) - 5},0 ${toX(timeline.playheadSeconds) + 5},0 ${toX(timeline.playheadSeconds)},7`}
        fill="#2d8ceb"
      />
    </svg>
  );
}

function TrackRow({ track, top, height, toX }: { track: DrawnTrack; top: number; height: number; toX: (s: number) => number }) {
  const label = `${track.kind === 'video' ? 'V' : 'A'}${track.index + 1}`;
  return (
    <g data-track={label}>
      <rect x={0} y={top} width={LABEL_WIDTH - 2} height={height - 1} fill="#2b2b2b" />
      <text x={6} y={top + 13} fill="#e0e0e0" fontSize={11} fontWeight={700}>
        {label}
      </text>
      <text x={6} y={top + 26} fill="#9a9a9a" fontSize={10}>
        {truncate(track.name, 10)}
        {track.muted ? ' (M)' : ''}
      </text>
      <line x1={LABEL_WIDTH} x2="100%" y1={top + height - 0.5} y2={top + height - 0.5} stroke="#303030" />
      {track.clips.map((clip) => (
        <ClipShape key={clip.id} clip={clip} kind={track.kind} top={top + PAD} height={height - 2 * PAD} toX={toX} />
      ))}
    </g>
  );
}

function ClipShape({
  clip,
  kind,
  top,
  height,
  toX,
}: {
  clip: DrawnClip;
  kind: 'video' | 'audio';
  top: number;
  height: number;
  toX: (s: number) => number;
}) {
  const x = toX(clip.startSeconds);
  const width = Math.max(2, toX(clip.endSeconds) - x);
  const generated = clip.generated;
  const fill = kind === 'video' ? (generated ? '#7b5ab8' : '#4f6fa8') : generated ? '#3f8f6d' : '#3d7a5a';
  const keyframes = clip.keyframes ?? [];
  return (
    <g data-clip-name={clip.name} data-clip-id={clip.id} data-keyframe-count={keyframes.length} opacity={clip.disabled ? 0.4 : 1}>
      <rect
        x={x}
        y={top}
        width={width}
        height={height}
        rx={3}
        fill={fill}
        stroke={clip.linkId != null ? '#e6e6e6' : '#202020'}
        strokeWidth={clip.linkId != null ? 0.8 : 1}
      />
      <text x={x + 4} y={top + 11} fill="#f4f4f4" fontSize={10}>
        {truncate(clip.name, Math.max(0, Math.floor(width / 6) - 1))}
      </text>
      {kind === 'audio' ? (
        <>
          <polyline
            points={gainCurvePoints(keyframes, clip.staticLevelDb ?? 0, clip, toX, top + 12, height - 14)}
            fill="none"
            stroke="#f2d35b"
            strokeWidth={1.4}
            data-testid="gain-curve"
          />
          {keyframes
            .filter((kf) => kf.timeSeconds >= clip.startSeconds - 1e-6 && kf.timeSeconds <= clip.endSeconds + 1e-6)
            .map((kf) => (
              <circle
                key={kf.timeSeconds}
                cx={toX(kf.timeSeconds)}
                cy={dbToY(kf.levelDb, top + 12, height - 14)}
                r={2.6}
                fill="#f2d35b"
                data-keyframe={`${kf.timeSeconds.toFixed(3)}:${kf.levelDb.toFixed(2)}`}
              >
                <title>{`${kf.timeSeconds.toFixed(2)} s · ${kf.levelDb.toFixed(1)} dB`}</title>
              </circle>
            ))}
        </>
      ) : null}
    </g>
  );
}

function truncate(text: string, maxChars: number): string {
  if (maxChars <= 1) return '';
  return text.length <= maxChars ? text : `${text.slice(0, maxChars - 1)}…`;
}

function formatTime(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;
}
