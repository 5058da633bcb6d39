import { describe, expect, it } from 'vitest';
import { UnsupportedImageError } from '../../../src/platform/reference-image-type';
import { createUxpImagePicker } from '../../../src/platform/uxp/uxp-pick-image';
import { createFakeUxp } from '../../support/fake-uxp';

describe('createUxpImagePicker', () => {
  it('reads the chosen image as bytes, asking only for image types', async () => {
    const fake = createFakeUxp();
    fake.disk.set('/Users/ed/Stills/Frame 01.JPG', new Uint8Array([0xff, 0xd8, 0xff, 1]));
    fake.filePickerAnswers.push('/Users/ed/Stills/Frame 01.JPG');
    const picked = await createUxpImagePicker(fake.uxp)();
    expect(picked).toEqual({ bytes: new Uint8Array([0xff, 0xd8, 0xff, 1]), mimeType: 'image/jpeg', fileName: 'Frame 01.JPG' });
    expect(fake.lastFilePickerOptions).toEqual({ types: ['png', 'jpg', 'jpeg', 'webp'] });
  });

  it('resolves null when the dialog is dismissed, and refuses a file that is no image', async () => {
    const fake = createFakeUxp();
    fake.filePickerAnswers.push(null, '/tmp/notes.txt');
    fake.disk.set('/tmp/notes.txt', new Uint8Array([1]));
    const pick = createUxpImagePicker(fake.uxp);
    expect(await pick()).toBeNull();
    await expect(pick()).rejects.toBeInstanceOf(UnsupportedImageError);
  });
});
