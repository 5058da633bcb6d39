import { describe, expect, it } from 'vitest';
import { SecretUnreadableError } from '../../../src/platform/secret-unreadable-error';
import { createUxpSecretStore } from '../../../src/platform/uxp/uxp-secret-store';
import { decodeUtf8 } from '../../../src/shared/utf8';
import { createFakeUxp } from '../../support/fake-uxp';

describe('UXP secret store', () => {
  it('stores keys as UTF-8 bytes under a ClipRelay prefix and decodes them without TextDecoder', async () => {
    const fake = createFakeUxp();
    const store = createUxpSecretStore(fake.uxp);
    const key = 'sk-Ünïcødé-🔑-key';
    await store.set('OPENAI_API_KEY', key);
    const raw = fake.secure.get('cliprelay.secret.OPENAI_API_KEY');
    expect(raw).toBeInstanceOf(Uint8Array);
    expect(decodeUtf8(raw!)).toBe(key);
    expect([...raw!.slice(0, 3)]).toEqual([0x73, 0x6b, 0x2d]);
    expect(await store.get('OPENAI_API_KEY')).toBe(key);
  });

  it('reads a missing key or an empty answer as "no key"', async () => {
    const fake = createFakeUxp();
    const store = createUxpSecretStore(fake.uxp);
    expect(await store.get('KLING_ACCESS_KEY')).toBeNull();
    fake.uxp.storage.secureStorage!.getItem = async () => new Uint8Array(0);
    expect(await store.get('KLING_ACCESS_KEY')).toBeNull();
  });

  it('reports a failing read as the store failing, naming the key and the reason, never as "no key"', async () => {
    const fake = createFakeUxp();
    const store = createUxpSecretStore(fake.uxp);
    await store.set('KLING_SECRET_KEY', 'sk-very-secret');
    fake.uxp.storage.secureStorage!.getItem = async () => {
      throw new TypeError('secure storage damaged');
    };
    const error = await store.get('KLING_SECRET_KEY').catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(SecretUnreadableError);
    expect((error as SecretUnreadableError).secretName).toBe('KLING_SECRET_KEY');
    expect((error as Error).message).toBe(
      'Secure storage could not read KLING_SECRET_KEY (secure storage damaged). Enter the key again in Settings → Provider keys; if that fails too, restart Premiere Pro.',
    );
    expect((error as Error).message).not.toContain('sk-very-secret');
  });

  it('removes a key, and removing an absent one is not an error', async () => {
    const fake = createFakeUxp();
    const store = createUxpSecretStore(fake.uxp);
    await store.set('RUNWAY_API_KEY', 'key_1');
    await store.remove('RUNWAY_API_KEY');
    expect(fake.secure.size).toBe(0);
    await expect(store.remove('RUNWAY_API_KEY')).resolves.toBeUndefined();
  });

  it('finds secure storage at the top level of the uxp module too', async () => {
    const fake = createFakeUxp({ secureStorageAtTopLevelOnly: true });
    const store = createUxpSecretStore(fake.uxp);
    await store.set('FAL_KEY', 'abc');
    expect(await store.get('FAL_KEY')).toBe('abc');
  });
});
