import type {
  Action,
  AudioComponentChain,
  AudioFilterComponent,
  Color,
  Component,
  ComponentParam,
  Keyframe,
  PointF,
  TickTime,
} from '@adobe/premierepro';
import { FakeAudioFilterComponent } from './fake-audio-filters';
import { FakeAction, FakeLimitationError, PremiereRuleError } from './fake-lock';
import { asOfficial } from './fake-official';
import { paramValueAt, type ParamState } from './fake-state';
import { tickTimeOfTicks, ticksOf } from './fake-tick-time';
import type { FakeWorld } from './fake-world';

type ParamValue = number | string | boolean | PointF | Color;

/** Where a param lives: the track item, the component's index in the chain, the param's index. */
interface ParamAddress {
  readonly uid: number;
  readonly componentIndex: number;
  readonly paramIndex: number;
}

function componentsOf(world: FakeWorld, uid: number) {
  return world.locate(uid).item.components;
}

function paramState(world: FakeWorld, address: ParamAddress): ParamState {
  const param = componentsOf(world, address.uid)[address.componentIndex]?.params[address.paramIndex];
  if (param == null) throw new PremiereRuleError('stale-handle', 'the component param no longer exists');
  return param;
}

class FakeKeyframe implements Pick<Keyframe, 'value' | 'position'> {
  position: TickTime = tickTimeOfTicks(0);

  constructor(public value: { value: number | boolean }) {}
}

export class FakeComponentParam implements Pick<
  ComponentParam,
  | 'displayName'
  | 'areKeyframesSupported'
  | 'isTimeVarying'
  | 'getStartValue'
  | 'getValueAtTime'
  | 'getKeyframeListAsTickTimes'
  | 'createKeyframe'
  | 'createSetTimeVaryingAction'
  | 'createSetValueAction'
  | 'createAddKeyframeAction'
  | 'createRemoveKeyframeAction'
  | 'createRemoveKeyframeRangeAction'
> {
  constructor(
    private readonly world: FakeWorld,
    private readonly address: ParamAddress,
  ) {}

  private get state(): ParamState {
    return paramState(this.world, this.address);
  }

  get displayName(): string {
    return this.state.displayName;
  }

  async areKeyframesSupported(): Promise<boolean> {
    return typeof this.state.staticValue === 'number';
  }

  isTimeVarying(): boolean {
    return this.state.timeVarying;
  }

  /** The value before the first keyframe, or the static value. */
  async getStartValue(): Promise<Keyframe> {
    const state = this.state;
    const first = state.timeVarying ? state.keyframes[0] : undefined;
    const keyframe = new FakeKeyframe({ value: first?.value ?? state.staticValue });
    if (first != null) keyframe.position = tickTimeOfTicks(first.ticks);
    return asOfficial<Keyframe>(keyframe);
  }

  /** A number as documented, or `{ value }` as seen in the wild (fake-rules.ts `value-shape`). */
  async getValueAtTime(time: TickTime): Promise<ParamValue> {
    const value = paramValueAt(this.state, ticksOf(time));
    return this.world.options.valueShape === 'object' ? ({ value } as unknown as ParamValue) : value;
  }

  getKeyframeListAsTickTimes(): TickTime[] {
    const state = this.state;
    return state.timeVarying ? state.keyframes.map((key) => tickTimeOfTicks(key.ticks)) : [];
  }

  /** Not an action: allowed outside the lock. Throws for a value of the wrong type, as documented. */
  createKeyframe(inValue: ParamValue): Keyframe {
    if (typeof inValue !== typeof this.state.staticValue)
      throw new PremiereRuleError('foreign-object', 'Illegal Parameter type: value does not fit this param');
    return asOfficial<Keyframe>(new FakeKeyframe({ value: inValue as number | boolean }));
  }

  /**
   * Turning animation on adds a key at media time 0 holding the static value, as real Premiere does
   * (`time-varying-key-at-zero`); on a head-trimmed clip that key lies before the clip's first frame.
   * Turning it off drops every keyframe and keeps the static value.
   */
  createSetTimeVaryingAction(inTimeVarying: boolean): Action {
    return this.action('createSetTimeVaryingAction', (state) => {
      if (inTimeVarying && !state.timeVarying && typeof state.staticValue === 'number') {
        state.keyframes = [{ ticks: 0, value: state.staticValue }];
      }
      state.timeVarying = inTimeVarying;
      if (!inTimeVarying) state.keyframes = [];
    });
  }

  /**
   * Documented for a param that is not time-varying (sets its value). On a time-varying param the fake
   * sets the key at `keyframe.position` and changes nothing where there is none — a hypothesis
   * (`set-value-sets-key`, UNK) that Diagnostics settles on a real install.
   */
  createSetValueAction(inKeyFrame: Keyframe): Action {
    if (!(inKeyFrame instanceof FakeKeyframe)) throw new PremiereRuleError('foreign-object', 'Illegal Parameter type: expected a Keyframe');
    const ticks = ticksOf(inKeyFrame.position);
    const value = inKeyFrame.value.value;
    return this.action('createSetValueAction', (state) => {
      if (!state.timeVarying) {
        state.staticValue = value;
        return;
      }
      if (typeof value !== 'number' || this.world.options.keyedSetValue === 'ignored') return;
      state.keyframes = state.keyframes.map((key) => (key.ticks === ticks ? { ticks, value } : key));
    });
  }

  /**
   * Copies position and value now. Without time-varying on, Premiere "succeeds" and keeps nothing
   * (`time-varying-needed`); at a tick that already holds a key it also "succeeds" and changes nothing
   * (`add-at-existing-tick-ignored`).
   */
  createAddKeyframeAction(inKeyFrame: Keyframe): Action {
    if (!(inKeyFrame instanceof FakeKeyframe)) throw new PremiereRuleError('foreign-object', 'Illegal Parameter type: expected a Keyframe');
    const ticks = ticksOf(inKeyFrame.position);
    const value = inKeyFrame.value.value;
    if (typeof value !== 'number') throw new FakeLimitationError('only numeric keyframes are faked');
    return this.action(
      'createAddKeyframeAction',
      (state) => {
        if (!state.timeVarying || state.keyframes.some((key) => key.ticks === ticks)) return;
        state.keyframes = [...state.keyframes, { ticks, value }].sort((a, b) => a.ticks - b.ticks);
      },
      { kind: 'add', ticks },
    );
  }

  /** Removes the keyframe at exactly `inTime` when the action runs; nothing there, nothing changes (`remove-missing-key-noop`). */
  createRemoveKeyframeAction(inTime: TickTime): Action {
    const ticks = ticksOf(inTime);
    return this.action(
      'createRemoveKeyframeAction',
      (state) => {
        state.keyframes = state.keyframes.filter((key) => key.ticks !== ticks);
      },
      { kind: 'remove', ticks },
    );
  }

  /** Removes the keyframes from inTime to outTime, both included. */
  createRemoveKeyframeRangeAction(inTime: TickTime, outTime: TickTime): Action {
    const [from, to] = [ticksOf(inTime), ticksOf(outTime)];
    return this.action('createRemoveKeyframeRangeAction', (state) => {
      state.keyframes = state.keyframes.filter((key) => key.ticks < from || key.ticks > to);
    });
  }

  private action(method: string, edit: (state: ParamState) => void, keyframe?: { kind: 'add' | 'remove'; ticks: number }): FakeAction {
    const lockScope = this.world.lock.requireLock(method);
    const address = this.address;
    const paramKey = `${address.uid}:${address.componentIndex}:${address.paramIndex}`;
    return new FakeAction(
      method,
      lockScope,
      (world) => edit(paramState(world, address)),
      keyframe == null ? undefined : { ...keyframe, paramKey },
    );
  }
}

class FakeComponent implements Pick<Component, 'getMatchName' | 'getDisplayName' | 'getParamCount' | 'getParam'> {
  constructor(
    private readonly world: FakeWorld,
    private readonly uid: number,
    private readonly componentIndex: number,
  ) {}

  private get state() {
    const component = componentsOf(this.world, this.uid)[this.componentIndex];
    if (component == null) throw new PremiereRuleError('stale-handle', 'the component no longer exists');
    return component;
  }

  async getMatchName(): Promise<string> {
    return this.state.matchName;
  }

  async getDisplayName(): Promise<string> {
    return this.state.displayName;
  }

  getParamCount(): number {
    return this.state.params.length;
  }

  getParam(paramIndex = 0): ComponentParam {
    if (paramIndex < 0 || paramIndex >= this.getParamCount())
      throw new PremiereRuleError('stale-handle', `param index ${paramIndex} out of range`);
    return asOfficial<ComponentParam>(
      new FakeComponentParam(this.world, { uid: this.uid, componentIndex: this.componentIndex, paramIndex }),
    );
  }
}

export class FakeAudioComponentChain implements Pick<
  AudioComponentChain,
  'getComponentCount' | 'getComponentAtIndex' | 'createAppendComponentAction' | 'createInsertComponentAction'
> {
  constructor(
    private readonly world: FakeWorld,
    private readonly uid: number,
  ) {}

  createAppendComponentAction(component: Component | AudioFilterComponent): Action {
    return this.insert('createAppendComponentAction', component, null);
  }

  createInsertComponentAction(component: Component | AudioFilterComponent, componentInsertionIndex: number): Action {
    return this.insert('createInsertComponentAction', component, componentInsertionIndex);
  }

  private insert(method: string, component: unknown, index: number | null): Action {
    const lockScope = this.world.lock.requireLock(method);
    if (!(component instanceof FakeAudioFilterComponent))
      throw new PremiereRuleError('foreign-object', 'Illegal Parameter type: expected an AudioFilterComponent');
    if (component.trackItemUid !== this.uid)
      throw new PremiereRuleError('foreign-object', 'Illegal Parameter type: the component was made for another track item');
    const uid = this.uid;
    return new FakeAction(method, lockScope, (world) => {
      const components = world.locate(uid).item.components;
      components.splice(index ?? components.length, 0, component.make());
    });
  }

  getComponentCount(): number {
    return componentsOf(this.world, this.uid).length;
  }

  getComponentAtIndex(componentIndex: number): Component {
    if (componentIndex < 0 || componentIndex >= this.getComponentCount())
      throw new PremiereRuleError('stale-handle', `component index ${componentIndex} out of range`);
    return asOfficial<Component>(new FakeComponent(this.world, this.uid, componentIndex));
  }
}
