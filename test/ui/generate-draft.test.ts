import { describe, expect, it } from 'vitest';
import { draftFromJob, initialDraft, requestFromDraft } from '../../src/ui/generate/generate-draft';
import type { ModelChoice } from '../../src/ui/panel-services';
import type { JobRecord } from '../../src/workflows/jobs/job-record';

const kling: ModelChoice = {
  id: 'kling-v2-6',
  displayName: 'Kling 2.6',
  durationsSeconds: [5, 10],
  aspectRatios: ['16:9'],
  audio: 'toggle',
  resolutions: ['720p', '1080p'],
  imageInput: 'optional',
  pricePerSecondUsd: 0.07,
};
const draft = {
  ...initialDraft([
    {
      id: 'kling',
      displayName: 'Kling',
      models: [kling],
      credentials: [],
      create: async () => {
        throw new Error('unused');
      },
    },
  ]),
  prompt: ' a heron ',
};
const image = { bytes: new Uint8Array([1, 2, 3]), mimeType: 'image/png' as const, fileName: 'heron.png' };

describe('requestFromDraft', () => {
  it('passes the resolution the model offers and the chosen image', () => {
    expect(requestFromDraft({ ...draft, resolution: '720p', referenceImage: image }, kling)).toMatchObject({
      model: 'kling-v2-6',
      prompt: 'a heron',
      resolution: '720p',
      referenceImage: image,
    });
  });

  it('drops a resolution left over from another model, and sends none by default', () => {
    expect(requestFromDraft({ ...draft, resolution: '4k' }, kling).resolution).toBeUndefined();
    expect(requestFromDraft({ ...draft, resolution: '1080p' }, { ...kling, resolutions: undefined }).resolution).toBeUndefined();
    expect(requestFromDraft(draft, kling)).toMatchObject({ resolution: undefined, referenceImage: undefined });
  });

  it('keeps an image even for a text-only model, so validation refuses it in words', () => {
    expect(requestFromDraft({ ...draft, referenceImage: image }, { ...kling, imageInput: 'none' }).referenceImage).toBe(image);
  });

  it('refuses a seed that is not a whole number', () => {
    expect(() => requestFromDraft({ ...draft, seed: '1.5' }, kling)).toThrow('whole number');
  });
});

describe('draftFromJob', () => {
  it('brings back the resolution but not the image, whose bytes were never stored', () => {
    const job = {
      providerId: 'kling',
      request: {
        model: 'kling-v2-6',
        prompt: 'p',
        durationSeconds: 5,
        aspectRatio: '16:9',
        audio: true,
        clientJobId: 'j',
        resolution: '1080p',
      },
      referenceImageName: 'heron.png',
    } as unknown as JobRecord;
    expect(draftFromJob(job)).toMatchObject({ resolution: '1080p', referenceImage: null });
  });
});
