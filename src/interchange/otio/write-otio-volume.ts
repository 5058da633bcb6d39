import { roundDb } from '../gain-db';
import type { VolumeKey } from '../timeline-model';
import {
  CLIPRELAY_METADATA_KEY,
  isObject,
  isResolveVolumeEffect,
  RESOLVE_VOLUME_EFFECT,
  volumeParameter,
  type JsonObject,
} from './otio-json';
import type { OtioClipNode } from './read-otio';

/**
 * Writes a clip's volume keys into Resolve's `Fairlight Clip Volume and Fades` effect, adding the
 * effect or its `volume` parameter when the clip has none (Resolve's own untouched exports write
 * `"Parameters": []`). Keys are frames from the clip's start on the timeline; ClipRelay's keys are
 * listed in `metadata.ClipRelay["Key Frames"]` beside Resolve's data (frame → null when ClipRelay
 * added the key, or the editor's own dB when it lowered an editor key). What ClipRelay added is taken
 * away again when no key of its own is left.
 */
export function writeOtioClipVolume(node: OtioClipNode, keys: readonly VolumeKey[], fps: number): void {
  const { json, clip } = node;
  const effects = Array.isArray(json.effects) ? (json.effects as unknown[]) : [];
  let effect = effects.filter(isObject).find(isResolveVolumeEffect);
  const ownKeys = keys.some((key) => key.mark != null);
  if (effect == null) {
    if (!ownKeys) return;
    effect = newVolumeEffect();
    effects.push(effect);
    json.effects = effects;
  }
  const metadata = effect.metadata as JsonObject;
  const existingNote = metadata[CLIPRELAY_METADATA_KEY];
  let note = isObject(existingNote) ? existingNote : null;
  let parameter = volumeParameter(effect);
  if (parameter == null) {
    if (!ownKeys) return;
    parameter = newVolumeParameter();
    ((metadata.Resolve_OTIO as JsonObject).Parameters as unknown[]).push(parameter);
    note ??= { Added: 'parameter' };
  }
  note ??= { Added: isObject(parameter['Key Frames']) ? 'keys' : 'key frames map' };

  const previous = isObject(parameter['Key Frames']) ? parameter['Key Frames'] : {};
  const keyFrames: JsonObject = {};
  const marks: JsonObject = {};
  for (const key of keys) {
    const frame = key.timeToken ?? String(Math.round((key.timeSeconds - clip.startSeconds) * fps));
    const original = isObject(previous[frame]) ? previous[frame] : { 'Variant Type': 'Double' };
    const value = key.mark == null && key.valueToken != null ? Number(key.valueToken) : roundDb(key.levelDb);
    keyFrames[frame] = { ...original, Value: value };
    if (key.mark != null) marks[frame] = key.mark.kind === 'added' ? null : key.mark.editorLevelDb;
  }
  parameter['Key Frames'] = keyFrames;

  if (Object.keys(marks).length > 0) {
    metadata[CLIPRELAY_METADATA_KEY] = { ...note, 'Key Frames': marks };
    return;
  }
  // Nothing of ClipRelay's is left: take back what it added so the clip is as the editor left it.
  delete metadata[CLIPRELAY_METADATA_KEY];
  if (note.Added === 'effect') {
    effects.splice(effects.indexOf(effect), 1);
  } else if (note.Added === 'parameter') {
    const parameters = (metadata.Resolve_OTIO as JsonObject).Parameters as unknown[];
    parameters.splice(parameters.indexOf(parameter), 1);
  } else if (note.Added === 'key frames map' && keys.length === 0) {
    delete parameter['Key Frames'];
  }
}

function newVolumeEffect(): JsonObject {
  return {
    OTIO_SCHEMA: 'Effect.1',
    metadata: {
      Resolve_OTIO: { 'Effect Name': RESOLVE_VOLUME_EFFECT, Enabled: true, Name: 'Volume', Parameters: [], Type: 62 },
      [CLIPRELAY_METADATA_KEY]: { Added: 'effect' },
    },
    name: '',
    effect_name: 'Resolve Effect',
    enabled: true,
  };
}

function newVolumeParameter(): JsonObject {
  return {
    'Default Parameter Value': 0.0,
    'Key Frames': {},
    'Parameter ID': 'volume',
    'Parameter Value': 0.0,
    'Variant Type': 'Double',
    maxValue: 30.0,
    minValue: -100.0,
  };
}
