import type { ComponentParam, FolderItem, ProjectItem } from '@adobe/premierepro';
import { describe, expect, it } from 'vitest';
import { FAKE_PREMIERE_RULES, type FakeRuleId } from '../../support/fake-premierepro/fake-rules';
import { PremiereRuleError, createFakePremiere, type FakePremiere, type FakePremiereOptions } from '../../support/fake-premierepro';
import { audioItem, levelOf, scenario, ticks } from './premiere-fixtures';

/**
 * One proof per rule in fake-rules.ts: the `Record<FakeRuleId, …>` type makes a rule without a proof
 * a compile error, and each proof fails if the fake stops enforcing (or modelling) its rule.
 */

function fakeWith(options: FakePremiereOptions = {}): FakePremiere {
  return createFakePremiere(scenario, options);
}

function expectRule(run: () => unknown, ruleId: FakeRuleId): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(PremiereRuleError);
  expect((caught as PremiereRuleError).ruleId).toBe(ruleId);
}

async function expectRuleAsync(run: () => Promise<unknown>, ruleId: FakeRuleId): Promise<void> {
  await expect(run()).rejects.toMatchObject({ name: 'PremiereRuleError', ruleId });
}

async function imported(fake: FakePremiere, path = '/gen/kling-001.mp4'): Promise<ProjectItem> {
  const root: FolderItem = await fake.project.getRootItem();
  await fake.project.importFiles([path], true, fake.ppro.ProjectItem.cast(root), false);
  return (await root.getItems()).at(-1)!;
}

async function levelParam(fake: FakePremiere, audioTrackIndex = 0): Promise<ComponentParam> {
  const sequence = await fake.project.getActiveSequence();
  const [item] = (await sequence.getAudioTrack(audioTrackIndex)).getTrackItems(fake.ppro.Constants.TrackItemType.CLIP, false);
  const chain = await item!.getComponentChain();
  return chain.getComponentAtIndex(1).getParam(1);
}

function commit(fake: FakePremiere, label: string, build: () => ReturnType<ComponentParam['createSetTimeVaryingAction']>[]): boolean {
  let committed = false;
  fake.project.lockedAccess(() => {
    const actions = build();
    committed = fake.project.executeTransaction((compound) => {
      for (const action of actions) compound.addAction(action);
    }, label);
  });
  return committed;
}

function keyframe(fake: FakePremiere, param: ComponentParam, seconds: number, level: number) {
  const key = param.createKeyframe(level);
  key.position = fake.ppro.TickTime.createWithSeconds(seconds);
  return key;
}

const proofs: Record<FakeRuleId, () => Promise<void>> = {
  'lock-required': async () => {
    const root = await fakeWith({ profile: '26.3' }).project.getRootItem();
    expectRule(() => root.createBinAction('Loose', false), 'lock-required');
    // Before 26.3 Premiere accepted it (changelog 26.3.0).
    const older = await fakeWith({ profile: '26.2' }).project.getRootItem();
    expect(() => older.createBinAction('Loose', false)).not.toThrow();
  },
  'stale-action': async () => {
    const fake = fakeWith();
    const root = await fake.project.getRootItem();
    let action: ReturnType<FolderItem['createBinAction']> | undefined;
    fake.project.lockedAccess(() => {
      action = root.createBinAction('Later', false);
    });
    expectRule(() => fake.project.executeTransaction((compound) => compound.addAction(action!), 'Stale'), 'stale-action');
  },
  'sync-callback': async () => {
    const fake = fakeWith();
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the async callback is the mistake this rule must catch
    expectRule(() => fake.project.lockedAccess(async () => undefined), 'sync-callback');
  },
  'no-nested-transaction': async () => {
    const fake = fakeWith();
    expectRule(
      () => fake.project.executeTransaction(() => fake.project.executeTransaction(() => undefined, 'Inner'), 'Outer'),
      'no-nested-transaction',
    );
  },
  'add-after-close': async () => {
    const fake = fakeWith();
    const root = await fake.project.getRootItem();
    let kept: Parameters<Parameters<typeof fake.project.executeTransaction>[0]>[0] | undefined;
    fake.project.lockedAccess(() => {
      fake.project.executeTransaction((compound) => {
        kept = compound;
        compound.addAction(root.createBinAction('A', false));
      }, 'A');
      const late = root.createBinAction('B', false);
      expectRule(() => kept!.addAction(late), 'add-after-close');
    });
  },
  'one-undo-entry': async () => {
    const fake = fakeWith();
    const root = await fake.project.getRootItem();
    fake.project.lockedAccess(() => {
      fake.project.executeTransaction((compound) => {
        compound.addAction(root.createBinAction('A', false));
        compound.addAction(root.createBinAction('B', false));
      }, 'Two bins');
    });
    expect(fake.undoLabels).toEqual(['Two bins']);
    fake.undo();
    expectRule(() => fake.undo(), 'one-undo-entry');
  },
  'foreign-object': async () => {
    const fake = fakeWith();
    expectRule(() => fake.ppro.TickTime.createWithTicks('1.5'), 'foreign-object');
  },
  'stale-handle': async () => {
    const fake = fakeWith();
    await expectRuleAsync(async () => (await fake.project.getActiveSequence()).getAudioTrack(9), 'stale-handle');
  },
  'overwrite-no-new-track': async () => {
    const fake = fakeWith();
    const item = await imported(fake);
    const editor = fake.ppro.SequenceEditor.getEditor(await fake.project.getActiveSequence());
    fake.project.lockedAccess(() =>
      expectRule(() => editor.createOverwriteItemAction(item, fake.ppro.TickTime.createWithSeconds(30), 0, 3), 'overwrite-no-new-track'),
    );
  },
  'insert-creates-track': async () => {
    const fake = fakeWith();
    const item = await imported(fake);
    const editor = fake.ppro.SequenceEditor.getEditor(await fake.project.getActiveSequence());
    commit(fake, 'Insert', () => [editor.createInsertProjectItemAction(item, fake.ppro.TickTime.createWithSeconds(30), 2, 3, true)]);
    expect(fake.snapshot().audioTracks).toHaveLength(4);
    expect(fake.snapshot().videoTracks).toHaveLength(3);
  },
  'insert-ripples': async () => {
    const limited = fakeWith();
    const unlimited = fakeWith();
    for (const [fake, limitShift] of [
      [limited, true],
      [unlimited, false],
    ] as const) {
      const item = await imported(fake);
      const editor = fake.ppro.SequenceEditor.getEditor(await fake.project.getActiveSequence());
      commit(fake, 'Insert', () => [
        editor.createInsertProjectItemAction(item, fake.ppro.TickTime.createWithSeconds(11), 2, 3, limitShift),
      ]);
    }
    // Room tone (A3, 12–20 s) is not a target: it stays with limitShift and moves 5 s without it.
    expect(audioItem(limited.snapshot(), 2).startTicks).toBe(ticks(12));
    expect(audioItem(unlimited.snapshot(), 2).startTicks).toBe(ticks(17));
  },
  'starts-snap-to-frames': async () => {
    const fake = fakeWith();
    const item = await imported(fake);
    const editor = fake.ppro.SequenceEditor.getEditor(await fake.project.getActiveSequence());
    commit(fake, 'Place', () => [editor.createOverwriteItemAction(item, fake.ppro.TickTime.createWithSeconds(30.013), 1, 2)]);
    expect(fake.snapshot().videoTracks[1]!.items.at(-1)!.startTicks).toBe(ticks(30));
  },
  'frame-rate-since-26-2': async () => {
    for (const [profile, present] of [
      ['26.0', false],
      ['26.2', true],
    ] as const) {
      const settings = await (await fakeWith({ profile }).project.getActiveSequence()).getSettings();
      expect(typeof (settings as { getVideoFrameRate?: unknown }).getVideoFrameRate === 'function').toBe(present);
    }
    expect(await (await fakeWith({ profile: '25.6' }).project.getActiveSequence()).getTimebase()).toBe('10160640000');
  },
  'application-version-shape': async () => {
    await expect(fakeWith({ profile: '25.6' }).ppro.Application.version).resolves.toBe('25.6.2');
    expect(fakeWith({ profile: '26.3' }).ppro.Application.version).toBeNull();
    expect(fakeWith({ profile: '26.5' }).ppro.Application.version).toBeUndefined();
  },
  'media-duration-promise': async () => {
    for (const profile of ['26.3', '26.5'] as const) {
      const fake = fakeWith({ profile });
      const media = await fake.ppro.ClipProjectItem.cast(await imported(fake)).getMedia();
      expect(media.duration).toBeInstanceOf(Promise);
      expect(typeof (media as { getDuration?: unknown }).getDuration === 'function').toBe(profile === '26.5');
    }
  },
  'time-varying-needed': async () => {
    const fake = fakeWith();
    const param = await levelParam(fake);
    expect(commit(fake, 'Key', () => [param.createAddKeyframeAction(keyframe(fake, param, 1, 0.1))])).toBe(true);
    expect(levelOf(audioItem(fake.snapshot(), 0)).keyframes).toEqual([]);
  },
  'time-varying-key-at-zero': async () => {
    const fake = fakeWith();
    const param = await levelParam(fake);
    commit(fake, 'Animate', () => [param.createSetTimeVaryingAction(true)]);
    expect(levelOf(audioItem(fake.snapshot(), 0)).keyframes).toEqual([
      { ticks: 0, value: levelOf(audioItem(fake.snapshot(), 0)).staticValue },
    ]);
  },
  'add-at-existing-tick-ignored': async () => {
    const fake = fakeWith();
    const param = await levelParam(fake);
    commit(fake, 'Animate', () => [param.createSetTimeVaryingAction(true), param.createAddKeyframeAction(keyframe(fake, param, 1, 0.1))]);
    expect(commit(fake, 'Again', () => [param.createAddKeyframeAction(keyframe(fake, param, 1, 0.05))])).toBe(true);
    expect(levelOf(audioItem(fake.snapshot(), 0)).keyframes.find((key) => key.ticks === ticks(1))?.value).toBe(0.1);
  },
  'remove-add-same-tick-cancel': async () => {
    const fake = fakeWith();
    const param = await levelParam(fake);
    commit(fake, 'Animate', () => [param.createSetTimeVaryingAction(true), param.createAddKeyframeAction(keyframe(fake, param, 1, 0.1))]);
    commit(fake, 'Replace', () => [
      param.createRemoveKeyframeAction(fake.ppro.TickTime.createWithSeconds(1)),
      param.createAddKeyframeAction(keyframe(fake, param, 1, 0.05)),
    ]);
    expect(levelOf(audioItem(fake.snapshot(), 0)).keyframes.find((key) => key.ticks === ticks(1))?.value).toBe(0.1);
  },
  'set-value-sets-key': async () => {
    for (const keyedSetValue of ['sets-key', 'ignored'] as const) {
      const fake = fakeWith({ keyedSetValue });
      const param = await levelParam(fake);
      commit(fake, 'Animate', () => [param.createSetTimeVaryingAction(true), param.createAddKeyframeAction(keyframe(fake, param, 1, 0.1))]);
      commit(fake, 'Set', () => [param.createSetValueAction(keyframe(fake, param, 1, 0.05))]);
      expect(levelOf(audioItem(fake.snapshot(), 0)).keyframes.find((key) => key.ticks === ticks(1))?.value).toBe(
        keyedSetValue === 'sets-key' ? 0.05 : 0.1,
      );
    }
  },
  'remove-missing-key-noop': async () => {
    const fake = fakeWith();
    const param = await levelParam(fake);
    commit(fake, 'Animate', () => [param.createSetTimeVaryingAction(true)]);
    const before = fake.snapshot();
    expect(commit(fake, 'Remove nothing', () => [param.createRemoveKeyframeAction(fake.ppro.TickTime.createWithSeconds(3))])).toBe(true);
    expect(levelOf(audioItem(fake.snapshot(), 0))).toEqual(levelOf(audioItem(before, 0)));
  },
  'value-shape': async () => {
    for (const [valueShape, expected] of [
      ['number', 'number'],
      ['object', 'object'],
    ] as const) {
      const fake = fakeWith({ valueShape });
      const value = await (await levelParam(fake)).getValueAtTime(fake.ppro.TickTime.TIME_ZERO);
      expect(typeof value).toBe(expected);
    }
  },
  'synthetic-track-items': async () => {
    const fake = fakeWith({
      syntheticClips: [{ kind: 'title', trackKind: 'video', trackIndex: 0, name: 'Title', startSeconds: 20, endSeconds: 22 }],
    });
    const [, title] = (await (await fake.project.getActiveSequence()).getVideoTrack(0)).getTrackItems(
      fake.ppro.Constants.TrackItemType.CLIP,
      false,
    );
    expect(await title!.getProjectItem()).toBeUndefined();
  },
  'import-late-visibility': async () => {
    const fake = fakeWith({ importVisibleAfterLookups: 1 });
    const root = await fake.project.getRootItem();
    await fake.project.importFiles(['/gen/kling-001.mp4'], true, fake.ppro.ProjectItem.cast(root), false);
    const names = async () => (await root.getItems()).map((item) => item.name);
    expect(await names()).not.toContain('kling-001.mp4');
    expect(await names()).toContain('kling-001.mp4');
  },
  'cast-returns-falsy': async () => {
    const fake = fakeWith();
    const root = await fake.project.getRootItem();
    expect(fake.ppro.ClipProjectItem.cast(fake.ppro.ProjectItem.cast(root))).toBeFalsy();
  },
  'throw-keeps-added': async () => {
    const fake = fakeWith();
    const root = await fake.project.getRootItem();
    expect(() =>
      fake.project.executeTransaction((compound) => {
        compound.addAction(root.createBinAction('Half', false));
        throw new Error('abort');
      }, 'Half'),
    ).toThrow('abort');
    expect(fake.undoLabels).toEqual(['Half']);
  },
  'refused-action': async () => {
    const fake = fakeWith();
    const root = await fake.project.getRootItem();
    fake.refuseAction(1);
    let added: boolean | undefined;
    fake.project.lockedAccess(() => {
      fake.project.executeTransaction((compound) => {
        added = compound.addAction(root.createBinAction('No', false));
      }, 'No');
    });
    expect(added).toBe(false);
    expect(fake.undoLabels).toEqual([]);
  },
  'metadata-xmp-packet': async () => {
    const fake = fakeWith();
    const item = await imported(fake);
    fake.project.lockedAccess(() =>
      expectRule(() => fake.ppro.Metadata.createSetProjectMetadataAction(item, 'not xmp', ['X']), 'metadata-xmp-packet'),
    );
  },
  'track-item-selection': async () => {
    const fake = fakeWith();
    fake.select([{ kind: 'audio', trackIndex: 1, itemIndex: 0 }]);
    const sequence = await fake.project.getActiveSequence();
    const clip = fake.ppro.Constants.TrackItemType.CLIP;
    const [dialogue] = (await sequence.getAudioTrack(0)).getTrackItems(clip, false);
    const [score] = (await sequence.getAudioTrack(1)).getTrackItems(clip, false);
    const [interview] = (await sequence.getVideoTrack(0)).getTrackItems(clip, false);
    expect([await dialogue!.getIsSelected(), await score!.getIsSelected(), await interview!.getIsSelected()]).toEqual([false, true, false]);
    const selected = await (await sequence.getSelection()).getTrackItems();
    expect(await Promise.all(selected.map((item) => item.getName()))).toEqual(['Score']);
    expect(fake.undoLabels).toEqual([]);
  },
};

describe('every rule the Premiere fake enforces is listed with its source and proven', () => {
  it('lists a source and a grade for each rule', () => {
    for (const [id, rule] of Object.entries(FAKE_PREMIERE_RULES)) {
      expect(rule.source.length, id).toBeGreaterThan(10);
      expect(['DOC', 'OBS', 'SAMPLE', 'UNK'], id).toContain(rule.grade);
    }
  });

  it.each(Object.keys(FAKE_PREMIERE_RULES) as FakeRuleId[])('%s', async (id) => {
    await proofs[id]();
  });
});
