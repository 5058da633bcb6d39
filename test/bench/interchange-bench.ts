import { performance } from 'node:perf_hooks';
import { BUILTIN_DUCK_PRESETS } from '../../src/domain/ducking';
import { readTimeline } from '../../src/interchange';
import { duckTimelineText } from '../../src/interchange/duck-timeline-text';
import type { InterchangeClip, InterchangeTimeline, InterchangeTrack, TimelineFormat } from '../../src/interchange/timeline-model';
import { createTimelineDocument } from '../../src/interchange/write-timeline';

const HOURS = 2;
const TRACKS = 8;
const CLIPS = 2000;
const RUNS = 5;
/** The issue's bar: read, duck and write a 2-hour, 2,000-clip, 8-track timeline in under 2 s. */
const BAR_MS = 2000;

/** A 2-hour timeline at 29.97 DF: VO on A1, seven beds with an editor ride on every other clip. */
function bigTimeline(): InterchangeTimeline {
  const perTrack = CLIPS / TRACKS;
  const span = (HOURS * 3600) / perTrack;
  const tracks: InterchangeTrack[] = Array.from({ length: TRACKS }, (_, index) => {
    const clips: InterchangeClip[] = Array.from({ length: perTrack }, (_, n) => {
      const startSeconds = n * span + (index === 0 ? 3 : 0);
      const endSeconds = startSeconds + (index === 0 ? span * 0.6 : span - 0.5);
      const keys = index > 0 && n % 2 === 0 ? [{ timeSeconds: startSeconds + 1, levelDb: -4, mark: null }] : [];
      return {
        id: `${index}.${n}`,
        name: `${index === 0 ? 'vo' : 'bed'} ${n + 1}`,
        mediaPath: `/Volumes/Media/${index === 0 ? 'vo' : `bed${index}`}_${n + 1}.wav`,
        startSeconds,
        endSeconds,
        inPointSeconds: 0,
        speed: 1,
        enabled: true,
        volume: { staticLevelDb: 0, keys },
      };
    });
    return { kind: 'audio', index, name: index === 0 ? 'VO' : `Music ${index}`, enabled: true, roles: [], clips };
  });
  return { format: 'otio', name: 'Bench', frameRate: { numerator: 30000, denominator: 1001, dropFrame: true }, tracks };
}

function medianMs(work: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

/**
 * `npm run bench`, interchange part: each format's 2-hour timeline read alone, and read + ducked +
 * written, median of five; the ratio says what ducking costs on top of parsing the file.
 */
export function runInterchangeBench(): string[] {
  const model = bigTimeline();
  const preset = BUILTIN_DUCK_PRESETS.find((candidate) => candidate.id === 'standard')!;
  const lines = [
    `timeline interchange: ${HOURS} h, ${CLIPS} clips on ${TRACKS} tracks, median of ${RUNS} (bar: read + duck + write < ${BAR_MS} ms)`,
  ];
  for (const format of ['xmeml', 'fcpxml', 'otio'] as TimelineFormat[]) {
    const text = createTimelineDocument(model, format).serialize();
    const readMs = medianMs(() => void readTimeline(text));
    let ducked = '';
    const duckMs = medianMs(() => {
      ducked = duckTimelineText(text, { preset, voiceTracks: ['A1'] }).text;
    });
    const verdict = duckMs < BAR_MS ? 'meets the bar' : 'MISSES the bar';
    lines.push(
      `  ${format.padEnd(6)} ${(text.length / 1e6).toFixed(1)} MB → ${(ducked.length / 1e6).toFixed(1)} MB: read ${readMs.toFixed(0)} ms; read + duck + write ${duckMs.toFixed(0)} ms (${(duckMs / readMs).toFixed(2)}× reading alone) — ${verdict}`,
    );
  }
  return lines;
}
