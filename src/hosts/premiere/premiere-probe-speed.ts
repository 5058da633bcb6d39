import type { Sequence, premierepro } from '@adobe/premierepro';
import type { DiagnosticsRecorder } from './premiere-diagnostics-report';
import type { DiagnosticsFacts } from './premiere-diagnostics-schema';
import { readTrackItems, readTracks, type PremiereTrackItem } from './premiere-track-items';

const MAX_EXAMPLES = 10;

type SpeedFinding = NonNullable<DiagnosticsFacts['speedChangedClips']>['examples'][number];

/** `isSpeedReversed()` answers a number in the 26.3 `.d.ts` and is missing on some builds: read either, or null. */
async function reversedOf(item: PremiereTrackItem): Promise<boolean | null> {
  const read = (item as Partial<Pick<PremiereTrackItem, 'isSpeedReversed'>>).isSpeedReversed;
  if (typeof read !== 'function') return null;
  const answer: unknown = await read.call(item);
  return typeof answer === 'boolean' ? answer : typeof answer === 'number' ? answer !== 0 : null;
}

async function speedOf(item: PremiereTrackItem): Promise<number | null> {
  const speed: unknown = await item.getSpeed();
  return typeof speed === 'number' && Number.isFinite(speed) ? speed : null;
}

/**
 * Speed-changed and reversed clips in the active sequence. UXP has no API to change a clip's speed, so
 * the scratch sequence cannot make one and the keyframe time base of such clips stays unsettled (two
 * live tests settled media time only for speed 1; public plugins skip them — research Evidence
 * 2026-12-06). This probe lists them so the user knows which clips ClipRelay will not duck.
 */
export async function probeSpeedChangedClips(ppro: premierepro, sequence: Sequence, record: DiagnosticsRecorder): Promise<void> {
  record.begin('Speed-changed and reversed clips');
  const found: SpeedFinding[] = [];
  let reversedCount = 0;
  for (const kind of ['audio', 'video'] as const) {
    for (const [index, track] of (await readTracks(sequence, kind)).entries()) {
      for (const item of await readTrackItems(ppro, track)) {
        const speed = await speedOf(item);
        // A negative speed also means reversed, whatever isSpeedReversed says (or when it is missing).
        const flag = await reversedOf(item);
        const reversed = flag === true || (speed != null && speed < 0) ? true : flag;
        if ((speed == null || Math.abs(speed - 1) < 1e-9) && reversed !== true) continue;
        if (reversed === true) reversedCount += 1;
        found.push({ name: `${kind === 'audio' ? 'A' : 'V'}${index + 1} "${await item.getName()}"`, speed, reversed });
      }
    }
  }
  record.fact('speedChangedClips', { count: found.length, reversedCount, examples: found.slice(0, MAX_EXAMPLES) });
  for (const clip of found.slice(0, MAX_EXAMPLES)) {
    record.add(
      clip.name,
      `speed ${clip.speed ?? 'unknown'}${clip.reversed === true ? ', reversed' : clip.reversed == null ? ', reversal unknown' : ''}`,
      'info',
    );
  }
  record.add(
    'Keyframe mapping for these clips',
    found.length === 0
      ? 'none in this sequence; the mapping for speed ≠ 1 or reversed clips stays unsettled (UXP cannot change speed, so the scratch sequence cannot test it)'
      : `${found.length} clip(s), ${reversedCount} reversed: their keyframe mapping is unsettled, so ClipRelay skips them when ducking`,
    found.length === 0 ? 'info' : 'warn',
  );
}
