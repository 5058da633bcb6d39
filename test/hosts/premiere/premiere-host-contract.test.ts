import { PremiereHost } from '../../../src/hosts/premiere/premiere-host';
import { createFakePremiere } from '../../support/fake-premierepro';
import { describeNleHostContract } from '../nle-host-contract';
import { editorAddsKeyframeOnFake } from './premiere-editor-keyframe';

describeNleHostContract('PremiereHost on the Premiere fake', async (scenario) => {
  const fake = createFakePremiere(scenario, { importVisibleAfterLookups: 2 });
  const host = new PremiereHost(fake.ppro, { delay: async () => undefined });
  return {
    host,
    undo: () => fake.undo(),
    undoCount: () => fake.undoLabels.length,
    editorAddsKeyframe: (clipId, timeSeconds, levelDb) => editorAddsKeyframeOnFake(fake, clipId, timeSeconds, levelDb),
  };
});
