import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { providerChoice } from '../../../src/entries/provider-choice';
import { SecretUnreadableError } from '../../../src/platform/secret-unreadable-error';
import type { SecretStore } from '../../../src/platform/secret-store';
import { loadBuiltinCatalog } from '../../../src/providers/catalog';
import { findRegistration } from '../../../src/providers/registry';
import { KeyProblems } from '../../../src/ui/settings/keys-section';
import { keyProblems, keyStatusLabel, readKeyStatuses } from '../../../src/ui/settings/key-statuses';
import { createTranslator } from '../../../src/shared/i18n/translator';

/** A store holding RUNWAY_API_KEY whose reads of KLING_* fail, as a damaged secure storage does. */
const damagedStore: SecretStore = {
  async get(name) {
    if (name.startsWith('KLING_')) throw new SecretUnreadableError({ secretName: name, cause: new Error('decryption failed') });
    return name === 'RUNWAY_API_KEY' ? 'key_1' : null;
  },
  async set() {},
  async remove() {},
};

describe('a secure storage failure is a warning the editor sees, not "no key"', () => {
  it('Settings: the unreadable key says so, with the reason, while the others read normally', async () => {
    const statuses = await readKeyStatuses(['RUNWAY_API_KEY', 'KLING_ACCESS_KEY', 'FAL_KEY'], damagedStore);
    expect(
      Object.fromEntries(Object.entries(statuses).map(([name, status]) => [name, keyStatusLabel(status, createTranslator('en').t)])),
    ).toEqual({
      RUNWAY_API_KEY: '(stored)',
      KLING_ACCESS_KEY: '(could not be read)',
      FAL_KEY: '(not set)',
    });
    const html = renderToStaticMarkup(<KeyProblems problems={keyProblems(statuses)} />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('Secure storage could not read KLING_ACCESS_KEY (decryption failed). Enter the key again');
    expect(renderToStaticMarkup(<KeyProblems problems={[]} />)).toBe('');
  });

  it('Generate: the job is refused with the storage failure, not with "missing key"', async () => {
    const registration = findRegistration('kling')!;
    const choice = providerChoice(registration, {
      catalog: loadBuiltinCatalog(),
      asksForKeys: true,
      readCredentials: async () =>
        Object.fromEntries(
          await Promise.all(registration.credentials.map(async (spec) => [spec.name, (await damagedStore.get(spec.name)) ?? undefined])),
        ),
    });
    const error = await choice.create().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(SecretUnreadableError);
    expect((error as Error).message).toMatch(/^Secure storage could not read KLING_ACCESS_KEY \(decryption failed\)/);
    expect((error as Error).message).not.toMatch(/missing|no key|not set/i);
  });
});
