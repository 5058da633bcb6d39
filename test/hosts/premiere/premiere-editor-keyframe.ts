import { decodeClipId } from '../../../src/hosts/premiere/premiere-clip-id';
import { dbToPremiereLevel } from '../../../src/hosts/premiere/premiere-level';
import type { FakePremiere } from '../../support/fake-premierepro';

/**
 * The editor adds a Volume keyframe in Effect Controls: at a sequence time on the clip a clip id
 * names, through the official API only (so the adapter's code is not involved).
 */
export async function editorAddsKeyframeOnFake(fake: FakePremiere, clipId: string, timeSeconds: number, levelDb: number): Promise<void> {
  const { ppro, project } = fake;
  const address = decodeClipId(clipId);
  if (address == null || address.kind !== 'audio') throw new Error(`not an audio clip id: ${clipId}`);
  const sequence = await project.getActiveSequence();
  const track = await sequence.getAudioTrack(address.trackIndex);
  const items = track.getTrackItems(ppro.Constants.TrackItemType.CLIP, false);
  let target: (typeof items)[number] | undefined;
  for (const item of items) if ((await item.getStartTime()).ticks === address.startTicks) target = item;
  if (target == null) throw new Error(`no clip ${clipId}`);
  const [start, inPoint, speed, chain] = await Promise.all([
    target.getStartTime(),
    target.getInPoint(),
    target.getSpeed(),
    target.getComponentChain(),
  ]);
  let level;
  for (let index = 0; index < chain.getComponentCount(); index += 1) {
    const component = chain.getComponentAtIndex(index);
    if ((await component.getMatchName()) === 'Internal Volume Stereo') level = component.getParam(1);
  }
  if (level == null) throw new Error('no Volume component');
  const levelParam = level;
  const position = ppro.TickTime.createWithSeconds(inPoint.seconds + (timeSeconds - start.seconds) * speed);
  project.lockedAccess(() => {
    project.executeTransaction((compound) => {
      // Effect Controls' stopwatch keys the playhead only; the API also keys media 0 (fake rule
      // `time-varying-key-at-zero`), which the editor would not have: removed.
      if (!levelParam.isTimeVarying()) {
        compound.addAction(levelParam.createSetTimeVaryingAction(true));
        if (position.ticksNumber !== 0) compound.addAction(levelParam.createRemoveKeyframeAction(ppro.TickTime.TIME_ZERO));
      }
      const keyframe = levelParam.createKeyframe(dbToPremiereLevel(levelDb));
      keyframe.position = position;
      compound.addAction(levelParam.createAddKeyframeAction(keyframe));
    }, 'Add keyframe');
  });
}
