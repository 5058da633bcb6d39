import { describe, expect, it } from 'vitest';
import { comfyUiPlaceholderValues } from '../../src/providers/comfyui/comfyui-placeholder-values';
import { buildFalInput } from '../../src/providers/fal/fal-create';
import { buildGoogleVeoCreate } from '../../src/providers/google/google-veo-create';
import { buildOpenAICreate } from '../../src/providers/openai/openai-video-provider';
import { buildRunwayCreate } from '../../src/providers/runway/runway-video-provider';
import type { ReferenceImage, VideoRequest } from '../../src/providers/spec';
import { tinyPng } from '../support/tiny-png';

const image: ReferenceImage = { bytes: tinyPng(), mimeType: 'image/png', fileName: 'frame.png' };
const base64 = Buffer.from(image.bytes).toString('base64');
const request = (overrides: Partial<VideoRequest>): VideoRequest => ({
  model: 'x',
  prompt: 'a heron lifts off',
  durationSeconds: 8,
  aspectRatio: '16:9',
  audio: true,
  clientJobId: 'map-1',
  ...overrides,
});

describe('the neutral resolution and reference image, per vendor', () => {
  it('OpenAI: uploads the image as a file part and maps 1080p to the Full HD size', () => {
    const created = buildOpenAICreate(request({ model: 'sora-2-pro', resolution: '1080p', referenceImage: image }));
    expect(created.body).toMatchObject({ size: '1920x1080' });
    expect(created.body.input_reference).toBeUndefined();
    expect(created.upload).toEqual({ bytes: image.bytes, mimeType: 'image/png', fileName: 'frame.png' });
    expect(buildOpenAICreate(request({ model: 'sora-2', aspectRatio: '9:16', resolution: '720p' })).body.size).toBe('720x1280');
  });

  it('Google: sends the image inline as instances[0].image and the resolution as a parameter', () => {
    const { body, warnings } = buildGoogleVeoCreate(
      request({ model: 'veo-3.1-generate-preview', resolution: '1080p', referenceImage: image }),
      {
        platform: 'gemini-api',
        providerId: 'google',
        providerName: 'Google Veo',
      },
    );
    expect(body.instances[0].image).toEqual({ bytesBase64Encoded: base64, mimeType: 'image/png' });
    expect(body.parameters.resolution).toBe('1080p');
    expect(warnings).toEqual([]);
  });

  it('Runway: sends the image as a data URI to image_to_video; warns for a resolution it does not map', () => {
    const created = buildRunwayCreate(
      request({ model: 'gen4.5', audio: false, resolution: '1080p', referenceImage: image, durationSeconds: 5 }),
    );
    expect(created.endpoint).toBe('image_to_video');
    expect(created.body).toMatchObject({ promptImage: `data:image/png;base64,${base64}` });
    expect(created.warnings.map((warning) => warning.feature)).toEqual(['resolution']);
  });

  it('fal: warns that its text-to-video endpoint cannot take the image, and never sends it', () => {
    const { input, warnings } = buildFalInput(request({ model: 'fal-ai/veo3.1/fast', referenceImage: image, resolution: '1080p' }), {
      providerId: 'fal',
      providerName: 'fal',
    });
    expect(warnings).toMatchObject([
      {
        feature: 'referenceImage',
        details: 'fal-ai/veo3.1/fast is a text-to-video endpoint; the reference image "frame.png" was not sent.',
      },
    ]);
    expect(JSON.stringify(input)).not.toContain(base64);
    expect(input).toMatchObject({ resolution: '1080p' });
  });

  it('ComfyUI: a resolution sets the short side of {{width}}/{{height}}', () => {
    const values = comfyUiPlaceholderValues(request({ resolution: '1080p' }), {
      framesPerSecond: 24,
      shortSidePixels: 720,
      random: () => 0,
    });
    expect([values.width, values.height]).toEqual([1920, 1080]);
  });
});
