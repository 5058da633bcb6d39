import type { Sequence, premierepro } from '@adobe/premierepro';
import { diagnosticsText as say } from '../../shared/diagnostics/diagnostics-text';
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
  record.begin(say('diagnostics.sectionSpeedChanged'));
  const found: SpeedFinding[] = [];
  // The label of each finding: its track (A1, V2) and name, said as the report has always said them.
  const tracksAndNames: Array<{ readonly track: string; readonly name: string }> = [];
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
        const where = { track: `${kind === 'audio' ? 'A' : 'V'}${index + 1}`, name: await item.getName() };
        tracksAndNames.push(where);
        found.push({ name: `${where.track} "${where.name}"`, speed, reversed });
      }
    }
  }
  record.fact('speedChangedClips', { count: found.length, reversedCount, examples: found.slice(0, MAX_EXAMPLES) });
  for (const [index, clip] of found.slice(0, MAX_EXAMPLES).entries()) {
    record.add(
      say('diagnostics.trackAndClip', tracksAndNames[index]!),
      say('diagnostics.clipSpeed', {
        speed: clip.speed ?? 'unknown',
        reversed: clip.reversed === true ? 'yes' : clip.reversed == null ? 'unknown' : 'no',
      }),
      'info',
    );
  }
  record.add(
    say('diagnostics.speedKeyframeMapping'),
    found.length === 0
      ? say('diagnostics.noSpeedChangedClips')
      : say('diagnostics.speedChangedClipsSkipped', { count: found.length, reversedCount }),
    found.length === 0 ? 'info' : 'warn',
  );
}
