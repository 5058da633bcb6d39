import type { Action, FolderItem, ProjectItem } from '@adobe/premierepro';
import { describe, expect, it } from 'vitest';
import { PremiereRuleError, UNITY_LEVEL, createFakePremiere, type FakePremiere } from '../../support/fake-premierepro';
import { audioItem, editorAddsKeyframes, levelOf, scenario, ticks } from './premiere-fixtures';

/** The fake enforces Premiere's rules; these tests prove each rule bites. */

async function rootOf(fake: FakePremiere): Promise<FolderItem> {
  return fake.project.getRootItem();
}

async function importedItem(fake: FakePremiere, path: string): Promise<ProjectItem> {
  const root = await rootOf(fake);
  await fake.project.importFiles([path], true, fake.ppro.ProjectItem.cast(root), false);
  const items = await root.getItems();
  const item = items.at(-1);
  if (item == null) throw new Error('import failed');
  return item;
}

describe('the Premiere fake enforces the lock rules', () => {
  it('throws for an action created outside lockedAccess', async () => {
    const fake = createFakePremiere(scenario);
    const root = await rootOf(fake);
    expect(() => root.createBinAction('Loose', false)).toThrow(PremiereRuleError);
    expect(() => root.createBinAction('Loose', false)).toThrow(/must be called inside project.lockedAccess/);
  });

  it('accepts an action created in lockedAccess and added in a nested executeTransaction', async () => {
    const fake = createFakePremiere(scenario);
    const root = await rootOf(fake);
    fake.project.lockedAccess(() => {
      const action = root.createBinAction('Kept', false);
      fake.project.executeTransaction((compound) => compound.addAction(action), 'Bin');
    });
    expect(fake.undoLabels).toEqual(['Bin']);
  });

  it('rejects an action used after its lock scope returned', async () => {
    const fake = createFakePremiere(scenario);
    const root = await rootOf(fake);
    let stale: Action | undefined;
    fake.project.lockedAccess(() => {
      stale = root.createBinAction('Stale', false);
    });
    const reuse = () =>
      fake.project.lockedAccess(() => {
        fake.project.executeTransaction((compound) => compound.addAction(stale ?? {}), 'Late');
      });
    expect(reuse).toThrow(/stale Action from createBinAction/);
    expect(fake.undoLabels).toEqual([]);
  });

  it('rejects an async transaction callback and discards its actions', async () => {
    const fake = createFakePremiere(scenario);
    const root = await rootOf(fake);
    const asyncCallback = () =>
      fake.project.lockedAccess(() => {
        // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the async callback is the mistake the fake must refuse
        fake.project.executeTransaction(async (compound) => {
          compound.addAction(root.createBinAction('Early', false));
          await Promise.resolve();
        }, 'Async');
      });
    expect(asyncCallback).toThrow(/returned a Promise/);
    expect(fake.undoLabels).toEqual([]);
    expect(fake.snapshot().items.some((item) => item.name === 'Early')).toBe(false);
  });

  it('rejects an async lockedAccess callback', () => {
    const fake = createFakePremiere(scenario);
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the async callback is the mistake the fake must refuse
    expect(() => fake.project.lockedAccess(async () => undefined)).toThrow(/lockedAccess\(\) callback returned a Promise/);
  });

  it('allows a bare executeTransaction, which holds the lock itself', async () => {
    const fake = createFakePremiere(scenario);
    const root = await rootOf(fake);
    expect(fake.project.executeTransaction((compound) => compound.addAction(root.createBinAction('Bare', false)), 'Bare')).toBe(true);
    expect(fake.undoLabels).toEqual(['Bare']);
  });

  it('takes the unkind side of an undocumented throw: what was added before it is committed', async () => {
    const fake = createFakePremiere(scenario);
    const root = await rootOf(fake);
    const failing = () =>
      fake.project.executeTransaction((compound) => {
        compound.addAction(root.createBinAction('Half', false));
        throw new Error('abort');
      }, 'Half');
    expect(failing).toThrow('abort');
    expect(fake.undoLabels).toEqual(['Half']);
  });
});

describe('the Premiere fake models import, placement and keyframes', () => {
  it('throws "Illegal Parameter type" for an undefined target bin and imports into the root for null', async () => {
    const fake = createFakePremiere(scenario);
    await expect(fake.project.importFiles(['/gen/kling-001.mp4'], true, undefined, false)).rejects.toThrow('Illegal Parameter type');
    await expect(fake.project.importFiles(['/gen/kling-001.mp4'], true, null as unknown as ProjectItem, false)).resolves.toBe(true);
    await expect(fake.project.importFiles(['/gen/missing.mp4'], true, null as unknown as ProjectItem, false)).resolves.toBe(false);
    expect(fake.snapshot().items.filter((item) => item.kind === 'clip' && item.mediaPath === '/gen/kling-001.mp4')).toHaveLength(1);
  });

  it('shows an imported item only after the configured number of lookups', async () => {
    const fake = createFakePremiere(scenario, { importVisibleAfterLookups: 2 });
    const root = await rootOf(fake);
    await fake.project.importFiles(['/gen/kling-001.mp4'], true, fake.ppro.ProjectItem.cast(root), false);
    const names = async () => (await root.getItems()).map((item) => item.name);
    expect(await names()).not.toContain('kling-001.mp4');
    expect(await names()).not.toContain('kling-001.mp4');
    expect(await names()).toContain('kling-001.mp4');
  });

  it('places A/V as linked video and audio; an insert at the track count adds a track, an overwrite there is refused', async () => {
    const fake = createFakePremiere(scenario);
    const item = await importedItem(fake, '/gen/kling-001.mp4');
    const editor = fake.ppro.SequenceEditor.getEditor(await fake.project.getActiveSequence());
    const at = fake.ppro.TickTime.createWithSeconds(30);
    fake.project.lockedAccess(() => {
      expect(() => editor.createOverwriteItemAction(item, at, 2, 3)).toThrow(/only an insert edit creates tracks/);
      fake.project.executeTransaction(
        (compound) => compound.addAction(editor.createInsertProjectItemAction(item, at, 2, 3, true)),
        'Place',
      );
    });
    const state = fake.snapshot();
    expect(state.videoTracks).toHaveLength(3);
    expect(state.audioTracks).toHaveLength(4);
    const video = state.videoTracks[2]?.items[0];
    const audio = state.audioTracks[3]?.items[0];
    expect(video).toMatchObject({ startTicks: ticks(30), endTicks: ticks(35) });
    expect(audio?.linkGroup).toBe(video?.linkGroup);
    expect(levelOf(audio).staticValue).toBeCloseTo(0.17782794, 8);
    expect(UNITY_LEVEL).toBeCloseTo(0.17782794, 8);
  });

  it('really overwrites an occupied span: covered clips trimmed or split', async () => {
    const fake = createFakePremiere(scenario);
    const item = await importedItem(fake, '/gen/kling-002.mp4'); // 4 s
    const editor = fake.ppro.SequenceEditor.getEditor(await fake.project.getActiveSequence());
    fake.project.executeTransaction(
      (compound) => compound.addAction(editor.createOverwriteItemAction(item, fake.ppro.TickTime.createWithSeconds(3), 0, 1)),
      'Overwrite',
    );
    const state = fake.snapshot();
    // Interview A (V1, 0–10) is split around 3–7; its tail still shows media time 7 s at 7 s.
    expect(state.videoTracks[0]?.items.map((i) => [i.name, i.startTicks, i.endTicks, i.inPointTicks])).toEqual([
      ['Interview A', 0, ticks(3), 0],
      ['kling-002.mp4', ticks(3), ticks(7), 0],
      ['Interview A', ticks(7), ticks(10), ticks(7)],
    ]);
    // The 2× score on A2 (2–20, in 4) loses 3–7; its tail's in point moves by 5 s × 2.
    expect(state.audioTracks[1]?.items.map((i) => [i.startTicks, i.endTicks, i.inPointTicks])).toEqual([
      [ticks(2), ticks(3), ticks(4)],
      [ticks(3), ticks(7), 0],
      [ticks(7), ticks(20), ticks(14)],
    ]);
  });

  it('rejects a ClipProjectItem cast where an edit wants the ProjectItem', async () => {
    const fake = createFakePremiere(scenario);
    const item = await importedItem(fake, '/gen/kling-001.mp4');
    const editor = fake.ppro.SequenceEditor.getEditor(await fake.project.getActiveSequence());
    const cast = fake.ppro.ClipProjectItem.cast(item) as unknown as ProjectItem;
    const place = () =>
      fake.project.executeTransaction(
        (compound) => compound.addAction(editor.createOverwriteItemAction(cast, fake.ppro.TickTime.createWithSeconds(30), 2, 3)),
        'Place',
      );
    expect(place).toThrow(/Invalid parameter/);
  });

  it('keeps no keyframe when time-varying was not switched on first, yet reports success', async () => {
    const fake = createFakePremiere(scenario);
    const sequence = await fake.project.getActiveSequence();
    const [item] = (await sequence.getAudioTrack(0)).getTrackItems(fake.ppro.Constants.TrackItemType.CLIP, false);
    if (item == null) throw new Error('no clip on A1');
    const chain = await item.getComponentChain();
    const level = chain.getComponentAtIndex(1).getParam(1);
    const committed = fake.project.executeTransaction((compound) => {
      const keyframe = level.createKeyframe(0.05);
      keyframe.position = fake.ppro.TickTime.createWithSeconds(1);
      compound.addAction(level.createAddKeyframeAction(keyframe));
    }, 'Silent failure');
    expect(committed).toBe(true);
    expect(levelOf(audioItem(fake.snapshot(), 0)).keyframes).toEqual([]);
    expect(() => level.createKeyframe('loud')).toThrow('Illegal Parameter type');
  });

  it('stores keyframes in media time and undoes a transaction exactly', async () => {
    const fake = createFakePremiere(scenario);
    const before = fake.snapshot();
    await editorAddsKeyframes(fake, 1, [{ mediaSeconds: 8, levelDb: -6 }]);
    expect(levelOf(audioItem(fake.snapshot(), 1)).keyframes.map((key) => key.ticks)).toEqual([ticks(8)]);
    fake.undo();
    expect(fake.snapshot()).toEqual(before);
    expect(() => fake.undo()).toThrow(/nothing to undo/);
  });

  it('does TickTime arithmetic in integer ticks and aligns to frames', () => {
    const { ppro } = createFakePremiere(scenario);
    const oneSecond = ppro.TickTime.createWithSeconds(1);
    expect(oneSecond.ticks).toBe('254016000000');
    expect(oneSecond.add(oneSecond).multiply(1.5).seconds).toBe(3);
    expect(ppro.TickTime.createWithTicks('127008000000').seconds).toBe(0.5);
    const ntsc = ppro.FrameRate.createWithValue(29.97);
    expect(ntsc.ticksPerFrame).toBe(8475667200);
    expect(ppro.TickTime.createWithSeconds(1).alignToNearestFrame(ntsc).ticksNumber).toBe(30 * 8475667200);
    expect(ppro.TickTime.createWithSeconds(0.999).alignToFrame(ppro.FrameRate.createWithValue(25)).seconds).toBe(0.96);
  });
});
