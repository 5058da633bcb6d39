import type { Sequence, premierepro } from '@adobe/premierepro';
import { diagnosticsText as say } from '../../shared/diagnostics/diagnostics-text';
import type { DiagnosticsRecorder } from './premiere-diagnostics-report';
import { readTrackItems, readTracks } from './premiere-track-items';

/** Method names that could read Essential Sound's clip type (Dialogue, Music, SFX, Ambience). */
const CLIP_TYPE_METHOD = /essential|audio_?(clip_?)?type|sound_?type|dialog|ambience/i;

/**
 * Names on a track item (its own and its prototypes') that look like a reader of Essential Sound's clip
 * type. As of the 26.3 types and Adobe's AudioClipTrackItem reference there is none (`getType` is the
 * track item's kind, `getMediaType` its media's), so ClipRelay classifies tracks by name and the editor's
 * choice; this probe is what will notice when a Premiere adds one.
 */
export function clipAudioTypeMethods(item: object): string[] {
  const names = new Set<string>();
  for (
    let level: object | null = item;
    level != null && level !== Object.prototype;
    level = Object.getPrototypeOf(level) as object | null
  ) {
    for (const name of Object.getOwnPropertyNames(level)) if (CLIP_TYPE_METHOD.test(name)) names.add(name);
  }
  return [...names].sort();
}

/** Looks at the first audio clip of the active sequence for an Essential Sound clip-type reader. */
export async function probeClipAudioTypes(ppro: premierepro, sequence: Sequence, record: DiagnosticsRecorder): Promise<void> {
  record.begin(say('diagnostics.sectionClipTypes'));
  for (const track of await readTracks(sequence, 'audio')) {
    const [item] = await readTrackItems(ppro, track);
    if (item == null) continue;
    const methods = clipAudioTypeMethods(item);
    record.fact('clipAudioTypeMethods', methods);
    record.add(
      say('diagnostics.clipTypeReader'),
      methods.length === 0 ? say('diagnostics.noClipTypeReader') : say('diagnostics.clipTypeReaderFound', { methods: methods.join(', ') }),
      methods.length === 0 ? 'info' : 'warn',
    );
    return;
  }
  record.add(say('diagnostics.clipTypeReader'), say('diagnostics.clipTypeNotChecked'), 'info');
}
