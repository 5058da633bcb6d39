import type { Resolve, WorkflowIntegrationBridge } from '../../../src/hosts/resolve/resolve-api';
import type { HostScenario } from '../host-scenario';
import { gateCalls, RESOLVE_PROFILES, type ResolveProfileId } from './fake-resolve-profiles';
import { resolveOf } from './fake-resolve-objects';
import { seedState, type FakeResolveState, type FakeTimelineOptions } from './fake-resolve-state';

export { ALL_RESOLVE_PROFILES, type ResolveProfileId } from './fake-resolve-profiles';

interface FakeResolveOptions extends FakeTimelineOptions {
  /** @default '21.1' */
  readonly profile?: ResolveProfileId;
}

interface FakeBridge extends WorkflowIntegrationBridge {
  /** Ids `Initialize` was called with, in order. */
  readonly initializedWith: string[];
  /** Seconds passed to `SetAPITimeout`, in order. */
  readonly timeouts: number[];
  cleanUpCalls: number;
}

interface FakeResolve {
  readonly resolve: Resolve;
  readonly bridge: FakeBridge;
  readonly state: FakeResolveState;
  /** The editor selects timeline items in Resolve's UI (by TimelineItem unique id). */
  select(itemUids: readonly string[]): void;
  /** The editor moves the playhead, in seconds from the timeline start. */
  movePlayhead(seconds: number): void;
}

/** A Resolve Studio install at `profile`, with one project and the scenario as its current timeline. */
export function createFakeResolve(scenario: HostScenario, options: FakeResolveOptions = {}): FakeResolve {
  const profile = RESOLVE_PROFILES[options.profile ?? '21.1'];
  const state = seedState(scenario, profile, options);
  const resolve = resolveOf(state);
  const bridge: FakeBridge = gateCalls(
    {
      initializedWith: [],
      timeouts: [],
      cleanUpCalls: 0,
      Initialize(pluginId: string) {
        bridge.initializedWith.push(pluginId);
        return pluginId !== '';
      },
      GetResolve: () => (bridge.initializedWith.length > 0 ? resolve : undefined),
      SetAPITimeout(seconds: number) {
        bridge.timeouts.push(seconds);
        return true;
      },
      CleanUp() {
        bridge.cleanUpCalls += 1;
        return true;
      },
      GetInfo: () => ({ version: profile.version[0] >= 21 ? '2.0.0' : '1.0.0' }),
    },
    'Bridge',
    profile,
  );
  return {
    resolve,
    bridge,
    state,
    select: (uids) => {
      if (state.current != null) state.current.selected = new Set(uids);
    },
    movePlayhead: (seconds) => {
      if (state.current != null) state.current.playhead = state.current.startFrame + Math.round(seconds * state.current.fps);
    },
  };
}
