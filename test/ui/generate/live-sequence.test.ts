import { describe, expect, it } from 'vitest';
import { createSandboxState, DEMO_SEQUENCE, SandboxHost } from '../../../src/hosts/sandbox';
import type { NleHost, SequenceSnapshot } from '../../../src/hosts/spec';
import { describeImport } from '../../../src/ui/generate/import-preview';
import { SEQUENCE_POLL_MS, watchActiveSequence } from '../../../src/ui/generate/watch-active-sequence';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function sandbox(): SandboxHost {
  return new SandboxHost(createSandboxState(DEMO_SEQUENCE), { probeMedia: () => Promise.reject(new Error('unused')) });
}

/** A host without change events (as Premiere), its reads counted and its playhead settable. */
function pollingHost(base: SequenceSnapshot) {
  let playheadSeconds = base.playheadSeconds;
  let reads = 0;
  const host = {
    capabilities: { name: 'Polled', writesGainKeyframes: false, writesProvenance: false, ducksRetimedClips: false },
    readActiveSequence: () => {
      reads++;
      return Promise.resolve({ ...base, playheadSeconds });
    },
  } as unknown as NleHost;
  return { host, movePlayhead: (seconds: number) => (playheadSeconds = seconds), reads: () => reads };
}

/** A hand-driven interval: `tick()` is one elapsed period. */
function manualRepeat() {
  const ticks: { tick: () => void; everyMs: number }[] = [];
  let cancelled = 0;
  return {
    repeat: (tick: () => void, everyMs: number) => {
      ticks.push({ tick, everyMs });
      return () => cancelled++;
    },
    tick: () => ticks.forEach((entry) => entry.tick()),
    periods: () => ticks.map((entry) => entry.everyMs),
    cancelled: () => cancelled,
  };
}

describe('the live sequence behind the placement preview', () => {
  it('follows the sandbox playhead on its change events, and the preview line moves with it', async () => {
    const host = sandbox();
    const seen: number[] = [];
    const clock = manualRepeat();
    const watch = watchActiveSequence(host, { onSequence: (s) => seen.push(s.playheadSeconds), onProblem: () => {} }, clock);
    await settle();
    host.setPlayhead(7.5);
    await settle();
    expect(seen).toEqual([3, 7.5]);
    expect(clock.periods()).toEqual([]); // notified, never polled
    const snapshot = await host.readActiveSequence();
    expect(describeImport(snapshot, 5, 'ClipRelay/{provider}', { project: 'P', provider: 'Kling', model: 'k' })).toContain('at 0:07.50');
    watch.stop();
    host.setPlayhead(9);
    await settle();
    expect(seen).toEqual([3, 7.5]);
  });

  it('reads once more after a burst of changes during a read, not once per change', async () => {
    const host = sandbox();
    let reads = 0;
    const counted = Object.assign(Object.create(host) as SandboxHost, {
      readActiveSequence: () => {
        reads++;
        return host.readActiveSequence();
      },
      watchSequence: (onChange: () => void) => host.watchSequence(onChange),
    });
    const seen: number[] = [];
    watchActiveSequence(counted, { onSequence: (s) => seen.push(s.playheadSeconds), onProblem: () => {} });
    for (const seconds of [1, 2, 3, 4]) host.setPlayhead(seconds);
    await settle();
    await settle();
    expect(reads).toBe(2);
    expect(seen[seen.length - 1]).toBe(4);
  });

  it('polls a host without events every second while visible, skips while hidden, and stops', async () => {
    const base = await sandbox().readActiveSequence();
    const { host, movePlayhead, reads } = pollingHost(base);
    const clock = manualRepeat();
    let hidden = false;
    const seen: number[] = [];
    const watch = watchActiveSequence(
      host,
      { onSequence: (s) => seen.push(s.playheadSeconds), onProblem: () => {} },
      {
        ...clock,
        isHidden: () => hidden,
      },
    );
    await settle();
    expect(clock.periods()).toEqual([SEQUENCE_POLL_MS]);
    movePlayhead(12);
    clock.tick();
    await settle();
    hidden = true;
    movePlayhead(20);
    clock.tick();
    await settle();
    expect([seen, reads()]).toEqual([[3, 12], 2]);
    watch.stop();
    expect(clock.cancelled()).toBe(1);
  });

  it("says why a read failed, in the host's words, and keeps watching", async () => {
    const base = await sandbox().readActiveSequence();
    let fail = true;
    const host = {
      capabilities: { name: 'Flaky', writesGainKeyframes: false, writesProvenance: false, ducksRetimedClips: false },
      readActiveSequence: () => (fail ? Promise.reject(new Error('No sequence is open.')) : Promise.resolve(base)),
    } as unknown as NleHost;
    const clock = manualRepeat();
    const problems: string[] = [];
    const seen: number[] = [];
    watchActiveSequence(
      host,
      { onSequence: (s) => seen.push(s.playheadSeconds), onProblem: (m) => problems.push(m) },
      {
        ...clock,
        isHidden: () => false,
      },
    );
    await settle();
    fail = false;
    clock.tick();
    await settle();
    expect(problems).toEqual([expect.stringContaining('No sequence is open.')]);
    expect(seen).toEqual([3]);
  });
});
