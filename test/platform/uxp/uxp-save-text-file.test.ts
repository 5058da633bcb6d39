import { describe, expect, it } from 'vitest';
import { createUxpTextFileSaver } from '../../../src/platform/uxp/uxp-save-text-file';
import { createFakeUxp } from '../../support/fake-uxp';

describe('createUxpTextFileSaver', () => {
  it('writes the text as UTF-8 where the editor chose and resolves that path', async () => {
    const fake = createFakeUxp();
    fake.savePickerAnswers.push('/Users/ed/Exports/Interview ducked.otio');
    const path = await createUxpTextFileSaver(fake.uxp)('Interview ducked.otio', '{"OTIO_SCHEMA":"Timeline.1","name":"Café"}');
    expect(path).toBe('/Users/ed/Exports/Interview ducked.otio');
    expect(new TextDecoder().decode(fake.disk.get(path!))).toBe('{"OTIO_SCHEMA":"Timeline.1","name":"Café"}');
  });

  it('resolves null and writes nothing when the dialog is dismissed', async () => {
    const fake = createFakeUxp();
    fake.savePickerAnswers.push(null);
    const sizeBefore = fake.disk.size;
    expect(await createUxpTextFileSaver(fake.uxp)('report.csv', 'a,b\n')).toBeNull();
    expect(fake.disk.size).toBe(sizeBefore);
  });
});
