import { describe, expect, it } from 'vitest';
import { FAL_EMULATED_ENDPOINTS, validateFalInput } from '../../../src/emulators/fal';
import { loadBuiltinCatalog } from '../../../src/providers/catalog';
import { buildFalInput, falInputFormat } from '../../../src/providers/fal';
import { ProviderApiError, type ReferenceImage, type VideoRequest } from '../../../src/providers/spec';

const options = { providerId: 'fal', providerName: 'fal.ai' };
const PNG: ReferenceImage = { bytes: new Uint8Array([137, 80, 78, 71]), mimeType: 'image/png', fileName: 'frame.png' };
const request = (model: string, overrides: Partial<VideoRequest> = {}): VideoRequest => ({
  model,
  prompt: 'rain on a tin roof',
  durationSeconds: 6,
  aspectRatio: '16:9',
  audio: true,
  clientJobId: 'c1',
  ...overrides,
});
const wire = (built: { input: object }) => JSON.parse(JSON.stringify(built.input)) as Record<string, unknown>;

describe('fal input formats: one table row per endpoint family', () => {
  it.each([
    // From @fal-ai/client 1.10.1's endpoint types.
    [
      'fal-ai/kling-video/v3/standard/text-to-video',
      {},
      { prompt: 'rain on a tin roof', negative_prompt: 'blur', duration: '6', aspect_ratio: '16:9', generate_audio: true },
    ],
    [
      'fal-ai/kling-video/v3/pro/image-to-video',
      { referenceImage: PNG },
      {
        prompt: 'rain on a tin roof',
        negative_prompt: 'blur',
        duration: '6',
        generate_audio: true,
        start_image_url: 'data:image/png;base64,iVBORw==',
      },
    ],
    [
      'fal-ai/kling-video/o3/pro/text-to-video',
      {},
      { prompt: 'rain on a tin roof', duration: '6', aspect_ratio: '16:9', generate_audio: true },
    ],
    [
      'fal-ai/kling-video/o3/standard/image-to-video',
      { referenceImage: PNG },
      { prompt: 'rain on a tin roof', duration: '6', generate_audio: true, image_url: 'data:image/png;base64,iVBORw==' },
    ],
    [
      'fal-ai/veo3.1/lite',
      { seed: 0, resolution: '1080p' },
      {
        prompt: 'rain on a tin roof',
        negative_prompt: 'blur',
        duration: '6s',
        aspect_ratio: '16:9',
        resolution: '1080p',
        generate_audio: true,
        seed: 0,
      },
    ],
    [
      'fal-ai/veo3.1/fast/image-to-video',
      { referenceImage: PNG },
      {
        prompt: 'rain on a tin roof',
        negative_prompt: 'blur',
        duration: '6s',
        aspect_ratio: '16:9',
        generate_audio: true,
        image_url: 'data:image/png;base64,iVBORw==',
      },
    ],
    [
      'fal-ai/wan/v2.7/text-to-video',
      { seed: 3, resolution: '720p' },
      { prompt: 'rain on a tin roof', negative_prompt: 'blur', duration: '6', aspect_ratio: '16:9', resolution: '720p', seed: 3 },
    ],
    [
      'fal-ai/ltx-2.3/text-to-video',
      { resolution: '2160p' },
      { prompt: 'rain on a tin roof', duration: '6', aspect_ratio: '16:9', resolution: '2160p', generate_audio: true },
    ],
    // Inferred (verified: false): the guess is this row.
    [
      'bytedance/seedance-2.0/text-to-video',
      { seed: 1 },
      { prompt: 'rain on a tin roof', duration: '6', aspect_ratio: '16:9', generate_audio: true, seed: 1 },
    ],
    ['minimax/h3-max/text-to-video', {}, { prompt: 'rain on a tin roof', duration: 6, aspect_ratio: '16:9' }],
    [
      'google/gemini-omni-flash/v1.2/text-to-video',
      { resolution: '2160p' },
      { prompt: 'rain on a tin roof', duration: '6', aspect_ratio: '16:9', resolution: '4k' },
    ],
  ] as [string, Partial<VideoRequest>, Record<string, unknown>][])('fills %s', (model, overrides, expected) => {
    expect(wire(buildFalInput(request(model, { negativePrompt: 'blur', ...overrides }), options))).toEqual(expected);
  });

  it('says which rows come from the SDK and which are inferred', () => {
    expect(falInputFormat('fal-ai/kling-video/v3/pro/text-to-video')?.verified).toBe(true);
    expect(falInputFormat('fal-ai/kling-video/v3/4k/text-to-video')?.verified).toBe(false);
    expect(falInputFormat('bytedance/seedance-2.5/image-to-video')).toMatchObject({
      verified: false,
      imageField: 'image_url',
      durationsSeconds: expect.arrayContaining([30]),
    });
  });

  it('warns where the endpoint cannot honour an option: sound always on, the frame from the image, no negative prompt', () => {
    const omni = buildFalInput(
      request('google/gemini-omni-flash/v1.2/text-to-video', { audio: false, negativePrompt: 'blur', seed: 2 }),
      options,
    );
    expect(omni.warnings.map((warning) => warning.feature)).toEqual(['audio', 'negativePrompt', 'seed']);
    expect(omni.warnings[0]?.details).toMatch(/always generates audio/);
    const kling = buildFalInput(request('fal-ai/kling-video/v3/pro/image-to-video', { referenceImage: PNG, aspectRatio: '9:16' }), options);
    expect(kling.warnings.map((warning) => warning.feature)).toEqual(['aspectRatio']);
    const text = buildFalInput(request('fal-ai/wan/v2.7/text-to-video', { referenceImage: PNG }), options);
    expect(text.warnings.map((warning) => warning.feature)).toEqual(['referenceImage']);
  });

  it.each([
    ['an image-to-video endpoint without an image', request('fal-ai/ltx-2.3/image-to-video'), /referenceImage/],
    [
      'a duration the endpoint does not take',
      request('fal-ai/ltx-2.3/text-to-video', { durationSeconds: 7 }),
      /duration: .* takes 6, 8 or 10 s, not 7 s/,
    ],
    [
      'a frame the endpoint does not take',
      request('fal-ai/kling-video/o3/pro/text-to-video', { aspectRatio: '4:3' }),
      /aspect_ratio: .* takes 16:9, 9:16, 1:1/,
    ],
    ['an endpoint of an unknown family', request('fal-ai/pika/v2.5/text-to-video'), /cannot fill the input/],
  ])('refuses %s before sending, as invalid-request', (_label, input, message) => {
    let caught: unknown;
    try {
      buildFalInput(input, options);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ProviderApiError);
    expect(caught).toMatchObject({ kind: 'invalid-request', message: expect.stringMatching(message) });
  });
});

describe('the fal catalog agrees with the input formats', () => {
  const fal = loadBuiltinCatalog().models.filter((model) => model.provider === 'fal' && model.lifecycle?.status !== 'retired');

  it.each(fal.map((model) => [model.id, model] as const))(
    '%s: durations, frames, resolutions, audio, image and certainty match',
    (_id, model) => {
      const format = falInputFormat(model.id);
      expect(format, 'ClipRelay must be able to fill every offered endpoint').toBeDefined();
      if (format == null) return;
      for (const seconds of model.durationsSeconds) expect(format.durationsSeconds).toContain(seconds);
      if (format.aspectRatios != null) for (const ratio of model.aspectRatios) expect(format.aspectRatios).toContain(ratio);
      for (const resolution of model.resolutions ?? []) {
        if (format.resolutions != null) expect(Object.keys(format.resolutions)).toContain(resolution);
      }
      expect(model.audio).toBe({ flag: 'toggle', always: 'always', none: 'none' }[format.audio]);
      expect(model.imageInput).toBe(format.imageField == null ? 'none' : 'required');
      // An entry the vendor confirms cannot rest on an inferred wire format.
      if (model.lifecycle?.verified === true) expect(format.verified).toBe(true);
    },
  );
});

describe('the fal catalog, our adapter and the emulator agree', () => {
  const fal = loadBuiltinCatalog().models.filter((model) => model.provider === 'fal' && model.lifecycle?.status !== 'retired');

  it.each(fal.map((model) => [model.id, model] as const))(
    '%s: the emulator serves it and takes every input the catalog allows',
    (_id, model) => {
      const endpoint = FAL_EMULATED_ENDPOINTS[model.id];
      expect(endpoint, 'every offered endpoint is emulated').toBeDefined();
      if (endpoint == null) return;
      for (const durationSeconds of model.durationsSeconds) {
        for (const aspectRatio of model.aspectRatios) {
          for (const resolution of model.resolutions ?? [undefined]) {
            const built = buildFalInput(
              request(model.id, {
                durationSeconds,
                aspectRatio: aspectRatio as VideoRequest['aspectRatio'],
                resolution,
                audio: model.audio !== 'none',
                referenceImage: model.imageInput === 'required' ? PNG : undefined,
              }),
              options,
            );
            expect(validateFalInput(endpoint, wire(built)), `${durationSeconds}s ${aspectRatio} ${resolution ?? ''}`).toEqual([]);
          }
        }
      }
    },
  );
});
