import { describe, expect, it } from 'vitest';
import { validateRunwayCreate } from '../../../src/emulators/runway/runway-emulator-request';
import { RUNWAY_EMULATED_MODELS } from '../../../src/emulators/runway';
import { loadBuiltinCatalog } from '../../../src/providers/catalog';
import { buildRunwayCreate, runwayModelFeatures } from '../../../src/providers/runway';
import type { VideoRequest } from '../../../src/providers/spec';

/** The Runway catalog, our adapter and the emulator (the SDK's unions) say the same about every offered model. */
describe('Runway catalog = adapter = emulator', () => {
  const runway = loadBuiltinCatalog().models.filter((model) => model.provider === 'runway' && model.lifecycle?.status !== 'retired');

  it('offers Seedance 2.0 (+Fast, Mini) with an audio switch and Gemini Omni Flash with audio always; no veo3', () => {
    const audio = Object.fromEntries(runway.map((model) => [model.id, model.audio]));
    expect(audio).toMatchObject({
      seedance2: 'toggle',
      seedance2_fast: 'toggle',
      seedance2_mini: 'toggle',
      gemini_omni_flash: 'always',
      'gen4.5': 'none',
    });
    expect(runway.map((model) => model.id)).not.toContain('veo3');
    expect(RUNWAY_EMULATED_MODELS).not.toContain('veo3');
  });

  it.each(runway.map((model) => [model.id, model] as const))(
    '%s: every duration, frame and resolution the catalog offers is sent as the SDK types allow',
    (_id, model) => {
      expect(runwayModelFeatures(model.id).audio).toBe({ toggle: 'flag', always: 'always', none: 'none' }[model.audio]);
      for (const aspectRatio of model.aspectRatios) {
        for (const durationSeconds of model.durationsSeconds) {
          for (const resolution of model.resolutions ?? [undefined]) {
            const built = buildRunwayCreate({
              model: model.id,
              prompt: 'a harbour at dawn',
              durationSeconds,
              aspectRatio: aspectRatio as VideoRequest['aspectRatio'],
              resolution,
              audio: model.audio !== 'none',
              clientJobId: 'c',
            });
            expect(built.warnings, `${aspectRatio} ${durationSeconds}s ${resolution ?? ''}`).toEqual([]);
            // What goes on the wire: JSON drops the fields left undefined.
            const accepted = validateRunwayCreate(built.endpoint, JSON.parse(JSON.stringify(built.body)), RUNWAY_EMULATED_MODELS);
            expect('error' in accepted ? accepted.issues : [], `${aspectRatio} ${durationSeconds}s ${resolution ?? ''}`).toEqual([]);
          }
        }
      }
    },
  );
});
