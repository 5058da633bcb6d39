import { PremiereHost } from '../../../src/hosts/premiere/premiere-host';
import { NEWEST_PROFILE, OLDEST_PROFILE, createFakePremiere } from '../../support/fake-premierepro';
import { describeNleHostContract } from '../nle-host-contract';
import { editorAddsKeyframeOnFake } from './premiere-editor-keyframe';

// The manifest's minVersion and the newest Premiere modelled: APIs and rules differ between them
// (fake-profiles.ts), and the contract must hold on both.
for (const profile of [OLDEST_PROFILE, NEWEST_PROFILE]) {
  describeNleHostContract(`PremiereHost on the Premiere ${profile} fake`, async (scenario) => {
    const fake = createFakePremiere(scenario, { importVisibleAfterLookups: 2, profile });
    const host = new PremiereHost(fake.ppro, { delay: async () => undefined });
    return {
      host,
      undo: () => fake.undo(),
      undoCount: () => fake.undoLabels.length,
      editorAddsKeyframe: (clipId, timeSeconds, levelDb) => editorAddsKeyframeOnFake(fake, clipId, timeSeconds, levelDb),
    };
  });
}
