import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { otioTimelineCopy } from '../../../src/entries/resolve/otio-timeline-copy';
import { ResolveHost } from '../../../src/hosts/resolve';
import type { JournalStore } from '../../../src/hosts/resolve/resolve-edit-journal';
import { createFakeResolve } from '../../support/fake-resolve';
import type { FakeResolveState } from '../../support/fake-resolve/fake-resolve-state';
import { CONTRACT_SCENARIO } from '../nle-host-contract';

/** Everything an editor could see change: timelines, the open one, every item with its level and links, provenance. */
function visibleState(state: FakeResolveState): unknown {
  const links = new Map<number, number>();
  const linkOf = (link: number | null) => {
    if (link == null) return null;
    if (!links.has(link)) links.set(link, links.size);
    return links.get(link);
  };
  return {
    current: state.current?.name ?? null,
    timelines: state.timelines.map((timeline) => ({
      name: timeline.name,
      tracks: (['video', 'audio'] as const).map((kind) =>
        timeline.tracks[kind].map((track) =>
          track.items.map((item) => ({
            media: item.media.uid,
            start: item.start,
            end: item.end,
            source: [item.sourceStart, item.sourceEnd],
            level: [item.volumeDb, item.volumeEnabled, item.fadeIn, item.fadeOut, item.volumeKeys.length],
            markers: [...item.markers.values()].map((marker) => marker.customData),
            link: linkOf(item.link),
          })),
        ),
      ),
    })),
    // Media with provenance only: an import is no change of ClipRelay's to take back, so later imports stay in the pool.
    provenance: state.media
      .map(
        (media) =>
          [
            media.uid,
            [...media.thirdParty.entries()].filter(([, value]) => value !== ''),
            [...media.markers.values()].map((m) => m.customData),
          ] as const,
      )
      .filter(([, values, markers]) => values.length > 0 || markers.length > 0),
  };
}

function memoryStore(): JournalStore & { text: string | null } {
  const store = {
    text: null as string | null,
    read: () => Promise.resolve(store.text),
    write: (text: string) => {
      store.text = text;
      return Promise.resolve();
    },
  };
  return store;
}

const action = fc.oneof(
  fc.record({ kind: fc.constant('place' as const), atSeconds: fc.integer({ min: 0, max: 20 }) }),
  fc.record({ kind: fc.constant('provenance' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('duck' as const),
    pick: fc.nat(),
    points: fc.array(fc.tuple(fc.double({ min: 0, max: 5, noNaN: true }), fc.integer({ min: -18, max: 0 })), {
      minLength: 1,
      maxLength: 4,
    }),
  }),
  fc.constant({ kind: 'undo' as const }),
  fc.constant({ kind: 'reload' as const }),
);

describe('the undo journal, saved, under any sequence of changes, undos and panel reloads', () => {
  for (const profile of ['20.1', '21.1'] as const) {
    it(`on ${profile}: each undo gives back the project exactly as it was before the change it takes back`, async () => {
      const scratch = mkdtempSync(join(tmpdir(), 'cliprelay-journal-'));
      await fc.assert(
        fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 10 }), async (actions) => {
          const fake = createFakeResolve(CONTRACT_SCENARIO, { profile });
          const store = memoryStore();
          const open = () => new ResolveHost(fake.resolve, { timelineCopy: otioTimelineCopy(scratch), journalStore: store });
          let host = open();
          /** What the editor expects after each undo: the project before each change still in the journal. */
          const before: unknown[] = [];
          const placed: { itemId: string; audioClipId: string }[] = [];
          for (const [step, act] of actions.entries()) {
            const snapshot = visibleState(fake.state);
            if (act.kind === 'reload') {
              host = open(); // the panel (or Resolve) restarted: a new main process over the same journal file
            } else if (act.kind === 'undo') {
              const label = await host.undoLastChange();
              if (before.length === 0) {
                expect(label).toBeNull();
                expect(visibleState(fake.state)).toEqual(snapshot);
              } else {
                expect(visibleState(fake.state)).toEqual(before.pop());
              }
            } else if (act.kind === 'place') {
              const sequence = await host.readActiveSequence();
              const media = await host.importMedia('/media/new-clip.mp4', ['ClipRelay', 'Kling']);
              before.push(visibleState(fake.state)); // the import is not ClipRelay's change to take back
              const outcome = await host.placeClip({
                media,
                atSeconds: act.atSeconds,
                videoTrackIndex: sequence.videoTracks.length,
                audioTrackIndex: sequence.audioTracks.length,
                undoLabel: `Place ${step}`,
              });
              placed.push({ itemId: media.itemId, audioClipId: outcome.audioClipId! });
            } else {
              const sequence = await host.readActiveSequence();
              const clips = sequence.audioTracks
                .flatMap((track) => track.clips)
                .filter((clip) => placed.some((p) => p.audioClipId === clip.id));
              const target = clips[act.pick % Math.max(1, clips.length)];
              if (target == null) continue;
              before.push(snapshot);
              if (act.kind === 'provenance') {
                const itemId = placed.find((p) => p.audioClipId === target.id)!.itemId;
                const provenance = {
                  prompt: `take ${step}`,
                  providerId: 'kling',
                  model: 'kling-v2-6',
                  jobId: `job-${step}`,
                  seed: null,
                  costUsd: null,
                  createdAt: '2026-12-06T15:00:00.000Z',
                };
                await host.writeProvenance(itemId, provenance, `Provenance ${step}`);
              } else {
                const points = act.points
                  .map(([offset, gainDb]) => ({ timeSeconds: target.startSeconds + offset, gainDb }))
                  .sort((a, b) => a.timeSeconds - b.timeSeconds);
                await host.writeGainEnvelopes([{ clipId: target.id, points }], `Duck ${step}`);
              }
            }
          }
          // Undo everything, through one more reload: the project the editor started from.
          host = open();
          while (before.length > 0) {
            expect(await host.undoLastChange()).not.toBeNull();
            expect(visibleState(fake.state)).toEqual(before.pop());
          }
          expect(await host.undoLastChange()).toBeNull();
        }),
        { numRuns: 40 },
      );
    });
  }
});
