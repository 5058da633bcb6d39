import { dbToLinearText } from '../gain-db';
import type { VolumeKey } from '../timeline-model';
import {
  attributeOf,
  childrenOf,
  element,
  elementsOf,
  firstElement,
  setAttribute,
  tagOf,
  textElement,
  textOf,
  type XmlNode,
} from '../xml/xml-tree';
import { EDITOR_VALUE_ATTRIBUTE, MARK_ATTRIBUTE, parameterOf, type XmemlClipNode } from './read-xmeml';

/**
 * Writes a clip's volume keys into its Audio Levels filter (linear gain; `when` in the clip's source
 * frames), adding the filter when the clip has none (marked `cliprelay="added"` so it goes again with
 * the last ClipRelay key). Editor keyframes keep their own elements (bezier handles included); only
 * their value and ClipRelay's marks change.
 */
export function writeXmemlClipVolume(node: XmemlClipNode, keys: readonly VolumeKey[]): void {
  const { element: item } = node;
  const ownKeys = keys.some((key) => key.mark != null);
  let filter = elementsOf(item, 'filter').find((candidate) => {
    const effect = firstElement(candidate, 'effect');
    return effect != null && textOfChild(effect, 'effectid') === 'audiolevels';
  });
  if (filter == null) {
    if (!ownKeys) return;
    filter = newAudioLevelsFilter();
    const children = childrenOf(item);
    const firstLink = children.findIndex((child) => tagOf(child) === 'link' || tagOf(child) === 'logginginfo');
    children.splice(firstLink === -1 ? children.length : firstLink, 0, filter);
  }
  if (!ownKeys && attributeOf(filter, MARK_ATTRIBUTE) === 'added') {
    const children = childrenOf(item);
    children.splice(children.indexOf(filter), 1);
    return;
  }
  const parameter = parameterOf(firstElement(filter, 'effect')!, 'level');
  if (parameter == null) return;
  const children = childrenOf(parameter);
  const previous = new Map(elementsOf(parameter, 'keyframe').map((keyframe) => [textOfChild(keyframe, 'when'), keyframe] as const));
  const kept = children.filter((child) => tagOf(child) !== 'keyframe');
  const written = keys.map((key) => keyframeFor(key, node, previous));
  children.splice(0, children.length, ...kept, ...written);
}

function keyframeFor(key: VolumeKey, node: XmemlClipNode, previous: ReadonlyMap<string, XmlNode>): XmlNode {
  const { clip, clipFps, whenOffsetFrames } = node;
  const sourceFrame = Math.round((clip.inPointSeconds + (key.timeSeconds - clip.startSeconds) * clip.speed) * clipFps);
  const when = key.timeToken ?? String(sourceFrame - whenOffsetFrames);
  const value = key.mark == null && key.valueToken != null ? key.valueToken : dbToLinearText(key.levelDb);
  const original = previous.get(when);
  const keyframe = original == null ? element('keyframe', [textElement('when', when)]) : structuredClone(original);
  const keyChildren = childrenOf(keyframe);
  const valueIndex = keyChildren.findIndex((child) => tagOf(child) === 'value');
  const valueElement = textElement('value', value);
  if (valueIndex === -1) keyChildren.splice(1, 0, valueElement);
  else keyChildren[valueIndex] = valueElement;
  setAttribute(keyframe, MARK_ATTRIBUTE, key.mark?.kind ?? null);
  setAttribute(keyframe, EDITOR_VALUE_ATTRIBUTE, key.mark?.kind === 'ducked' ? key.mark.editorValueToken : null);
  return keyframe;
}

function textOfChild(node: XmlNode, tag: string): string {
  return textOf(firstElement(node, tag));
}

/** Audio Levels as Premiere writes it: Level in linear gain, 0…3.98109 (+12 dB). */
function newAudioLevelsFilter(): XmlNode {
  return element(
    'filter',
    [
      element('effect', [
        textElement('name', 'Audio Levels'),
        textElement('effectid', 'audiolevels'),
        textElement('effectcategory', 'audiolevels'),
        textElement('effecttype', 'audiolevels'),
        textElement('mediatype', 'audio'),
        element('parameter', [
          textElement('parameterid', 'level'),
          textElement('name', 'Level'),
          textElement('valuemin', '0'),
          textElement('valuemax', '3.98109'),
          textElement('value', '1'),
        ]),
      ]),
    ],
    { [MARK_ATTRIBUTE]: 'added' },
  );
}
