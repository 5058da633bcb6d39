import type { Action, AudioComponentChain, AudioFilterComponent, Color, Component, ComponentParam, Keyframe, PointF, TickTime } from '@adobe/premierepro';
import { FakeAudioFilterComponent } from './fake-audio-filters';
import { FakeAction, PremiereRuleError } from './fake-lock';
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
  if (param == null) throw new PremiereRuleError('the component param no longer exists');
  return param;
}

export class FakeKeyframe implements Pick<Keyframe, 'value' | 'position'> {
  position: TickTime = tickTimeOfTicks(0);

  constructor(public value: { value: number | boolean }) {}
}

export class FakeComponentParam
  implements
    Pick<
      ComponentParam,
      | 'displayName'
      | 'areKeyframesSupported'
      | 'isTimeVarying'
      | 'getStartValue'
      | 'getValueAtTime'
      | 'getKeyframeListAsTickTimes'
      | 'createKeyframe'
      | 'createSetTimeVaryingAction'
      | 'createAddKeyframeAction'
      | 'createRemoveKeyframeAction'
      | 'createRemoveKeyframeRangeAction'
    >
{
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

  async getValueAtTime(time: TickTime): Promise<ParamValue> {
    return paramValueAt(this.state, ticksOf(time));
  }

  getKeyframeListAsTickTimes(): TickTime[] {
    const state = this.state;
    return state.timeVarying ? state.keyframes.map((key) => tickTimeOfTicks(key.ticks)) : [];
  }

  /** Not an action: allowed outside the lock. Throws for a value of the wrong type, as documented. */
  createKeyframe(inValue: ParamValue): Keyframe {
    if (typeof inValue !== typeof this.state.staticValue) throw new PremiereRuleError('Illegal Parameter type: value does not fit this param');
    return asOfficial<Keyframe>(new FakeKeyframe({ value: inValue as number | boolean }));
  }

  createSetTimeVaryingAction(inTimeVarying: boolean): Action {
    return this.action('createSetTimeVaryingAction', (state) => {
      state.timeVarying = inTimeVarying;
      // Turning animation off drops every keyframe and keeps the static value.
      if (!inTimeVarying) state.keyframes = [];
    });
  }

  /** Copies position and value now. Without time-varying on, Premiere "succeeds" and keeps nothing. */
  createAddKeyframeAction(inKeyFrame: Keyframe): Action {
    if (!(inKeyFrame instanceof FakeKeyframe)) throw new PremiereRuleError('Illegal Parameter type: expected a Keyframe');
    const ticks = ticksOf(inKeyFrame.position);
    const value = inKeyFrame.value.value;
    if (typeof value !== 'number') throw new PremiereRuleError('Illegal Parameter type: only numeric keyframes are faked');
    return this.action('createAddKeyframeAction', (state) => {
      if (!state.timeVarying) return;
      state.keyframes = [...state.keyframes.filter((key) => key.ticks !== ticks), { ticks, value }].sort((a, b) => a.ticks - b.ticks);
    });
  }

  /**
   * Removes the keyframe at exactly `inTime`. The fake refuses a time with no keyframe, so an adapter
   * that computes the time instead of using the listed one fails loudly.
   */
  createRemoveKeyframeAction(inTime: TickTime): Action {
    const ticks = ticksOf(inTime);
    if (!this.state.keyframes.some((key) => key.ticks === ticks)) {
      throw new PremiereRuleError(`Illegal Parameter type: no keyframe at ${ticks} ticks`);
    }
    return this.action('createRemoveKeyframeAction', (state) => {
      state.keyframes = state.keyframes.filter((key) => key.ticks !== ticks);
    });
  }

  /** Removes the keyframes from inTime to outTime, both included. */
  createRemoveKeyframeRangeAction(inTime: TickTime, outTime: TickTime): Action {
    const [from, to] = [ticksOf(inTime), ticksOf(outTime)];
    return this.action('createRemoveKeyframeRangeAction', (state) => {
      state.keyframes = state.keyframes.filter((key) => key.ticks < from || key.ticks > to);
    });
  }

  private action(method: string, edit: (state: ParamState) => void): FakeAction {
    const lockScope = this.world.lock.requireLock(method);
    const address = this.address;
    return new FakeAction(method, lockScope, (world) => edit(paramState(world, address)));
  }
}

export class FakeComponent implements Pick<Component, 'getMatchName' | 'getDisplayName' | 'getParamCount' | 'getParam'> {
  constructor(
    private readonly world: FakeWorld,
    private readonly uid: number,
    private readonly componentIndex: number,
  ) {}

  private get state() {
    const component = componentsOf(this.world, this.uid)[this.componentIndex];
    if (component == null) throw new PremiereRuleError('the component no longer exists');
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
    if (paramIndex < 0 || paramIndex >= this.getParamCount()) throw new PremiereRuleError(`param index ${paramIndex} out of range`);
    return asOfficial<ComponentParam>(new FakeComponentParam(this.world, { uid: this.uid, componentIndex: this.componentIndex, paramIndex }));
  }
}

export class FakeAudioComponentChain
  implements Pick<AudioComponentChain, 'getComponentCount' | 'getComponentAtIndex' | 'createAppendComponentAction' | 'createInsertComponentAction'>
{
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
    if (!(component instanceof FakeAudioFilterComponent)) throw new PremiereRuleError('Illegal Parameter type: expected an AudioFilterComponent');
    if (component.trackItemUid !== this.uid) throw new PremiereRuleError('Illegal Parameter type: the component was made for another track item');
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
    if (componentIndex < 0 || componentIndex >= this.getComponentCount()) throw new PremiereRuleError(`component index ${componentIndex} out of range`);
    return asOfficial<Component>(new FakeComponent(this.world, this.uid, componentIndex));
  }
}
