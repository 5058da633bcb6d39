import { describe, expect, it } from 'vitest';
import { PrioritySlots } from '../../../src/workflows/jobs/priority-slots';

describe('PrioritySlots', () => {
  it('holds at most the limit per key and serves waiters by priority, then arrival', async () => {
    const slots = new PrioritySlots(1);
    const order: string[] = [];
    const first = await slots.acquire('kling');
    const waiters = [
      slots.acquire('kling', 5).then((release) => (order.push('late-expiry'), release)),
      slots.acquire('kling', 1).then((release) => (order.push('soon-expiry'), release)),
      slots.acquire('kling', 1).then((release) => (order.push('soon-expiry-2'), release)),
    ];
    const otherKey = await slots.acquire('runway'); // other providers are not blocked
    expect(order).toEqual([]);
    first();
    (await waiters[1]!)();
    (await waiters[2]!)();
    (await waiters[0]!)();
    otherKey();
    expect(order).toEqual(['soon-expiry', 'soon-expiry-2', 'late-expiry']);
  });

  it('drops a waiter whose signal aborts', async () => {
    const slots = new PrioritySlots(1);
    const held = await slots.acquire('k');
    const controller = new AbortController();
    const waiting = slots.acquire('k', 0, controller.signal);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
    held();
    const next = await slots.acquire('k');
    next();
  });
});
