import { ResolveHost } from '../../../src/hosts/resolve';
import { ALL_RESOLVE_PROFILES, createFakeResolve } from '../../support/fake-resolve';
import { describeNleHostContract } from '../nle-host-contract';

// Every modelled Resolve runs the contract: placement on all, in-place ducking as steps from 21.1 and a
// refusal that changes nothing before it. "Undo" is ClipRelay's own journal: Resolve's scripting has none.
for (const profile of ALL_RESOLVE_PROFILES) {
  describeNleHostContract(`ResolveHost on the Resolve ${profile} fake`, async (scenario) => {
    const fake = createFakeResolve(scenario, { profile });
    const host = new ResolveHost(fake.resolve);
    return {
      host,
      // Synchronous once the journal is read, as the contract's undo is.
      undo: () => void host.undoLastChange(),
      undoCount: () => host.journal.labels.length,
      editorAddsKeyframe: () => Promise.reject(new Error('Resolve has no scriptable volume keyframes for an editor to add')),
      readsInOutMarks: profile !== '18.5',
      readsWholeFramesOnly: profile === '18.5',
    };
  });
}
