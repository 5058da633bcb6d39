import type { FakeRuleId } from './fake-rules';
import type { FakeWorld } from './fake-world';

/** What Premiere throws when a plugin breaks one of its rules; `ruleId` names the rule in fake-rules.ts. */
export class PremiereRuleError extends Error {
  constructor(
    readonly ruleId: FakeRuleId,
    message: string,
  ) {
    super(message);
    this.name = 'PremiereRuleError';
  }
}

/** Something real Premiere does that the fake does not model: a test reaching it needs a better fake, not a fix. */
export class FakeLimitationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FakeLimitationError';
  }
}

/** Applies an edit to the fake's state when its transaction commits. */
type ApplyEdit = (world: FakeWorld) => void;

/**
 * An edit created by a `create*Action()` call. It remembers the lock scope it was created in:
 * once that scope returns, the action is stale and Premiere rejects it.
 */
export class FakeAction {
  constructor(
    readonly method: string,
    readonly lockScope: number,
    readonly apply: ApplyEdit,
    /** For keyframe adds and removals: which param and tick, so the commit can model their interplay. */
    readonly keyframeEdit?: { readonly kind: 'add' | 'remove'; readonly paramKey: string; readonly ticks: number },
  ) {}
}

/** The scope of an action made outside any lock on a Premiere that does not enforce the rule (before 26.3). */
const UNLOCKED_SCOPE = -1;

/**
 * Premiere 26.3's project lock. `lockedAccess` and `executeTransaction` both hold it for the
 * synchronous part of their callback (Adobe's eslint docs: a bare executeTransaction is a valid lock
 * context). Nested holds share the outermost scope.
 */
export class FakeLock {
  private depth = 0;
  private scope = 0;
  inTransaction = false;

  /** Before 26.3 the lock rule was not enforced (changelog 26.3.0): actions made outside a lock were accepted. */
  constructor(private readonly enforcesLockRule = true) {}

  hold<T>(body: () => T): T {
    if (this.depth === 0) this.scope += 1;
    this.depth += 1;
    try {
      return body();
    } finally {
      this.depth -= 1;
    }
  }

  get isHeld(): boolean {
    return this.depth > 0;
  }

  /** The current lock scope; throws like Premiere 26.3 when `method` is called without the lock. */
  requireLock(method: string): number {
    if (!this.isHeld && !this.enforcesLockRule) return UNLOCKED_SCOPE;
    if (!this.isHeld) {
      throw new PremiereRuleError(
        'lock-required',
        `${method}() must be called inside project.lockedAccess() or executeTransaction() (Premiere 26.3)`,
      );
    }
    return this.scope;
  }

  assertLive(action: FakeAction): void {
    if (this.isHeld && (action.lockScope === this.scope || action.lockScope === UNLOCKED_SCOPE)) return;
    throw new PremiereRuleError(
      'stale-action',
      `stale Action from ${action.method}(): it was created in a lock scope that has already returned`,
    );
  }
}

export function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value != null && typeof (value as { then?: unknown }).then === 'function';
}

/** Keeps a rejected async callback from surfacing as an unhandled rejection; the fake already threw. */
export function swallowLater(value: PromiseLike<unknown>): void {
  value.then(
    () => undefined,
    () => undefined,
  );
}
