import { UnavailableFeatureError } from '../../shared/app-error';
import { decodeUtf8, encodeUtf8 } from '../../shared/utf8';
import type { SecretStore } from '../secret-store';
import { SecretUnreadableError } from '../secret-unreadable-error';
import type { UxpModule, UxpSecureStorage } from './uxp-module';

const PREFIX = 'cliprelay.secret.';

/** Adobe documents `storage.secureStorage`; the UXP types (and some hosts) put it at the top level. */
function secureStorageOf(uxp: UxpModule): UxpSecureStorage {
  const secure = uxp.storage.secureStorage ?? uxp.secureStorage;
  if (secure == null) {
    throw new UnavailableFeatureError({ feature: 'secure storage', message: 'UXP secure storage is not available in this host.' });
  }
  return secure;
}

/**
 * API keys in UXP secureStorage, encrypted with the OS user's credentials. Stored as UTF-8 bytes we
 * encode ourselves and decoded from the bytes `getItem` answers, so no TextEncoder/TextDecoder is
 * involved (UXP lacks TextDecoder, research §4.2). Secure storage "should be regarded as a cache"
 * (§4.4): an empty answer is no key; a read that fails is a SecretUnreadableError, so the panel
 * says the store failed and asks for the key again rather than claiming none was saved.
 */
export function createUxpSecretStore(uxp: UxpModule): SecretStore {
  const secure = secureStorageOf(uxp);
  return {
    async get(name) {
      const bytes = await secure.getItem(PREFIX + name).catch((error: unknown) => {
        throw new SecretUnreadableError({ secretName: name, cause: error });
      });
      if (bytes == null || bytes.length === 0) return null;
      return decodeUtf8(bytes);
    },
    set: (name, value) => secure.setItem(PREFIX + name, encodeUtf8(value)),
    // Removing a key that is not there rejects in UXP; for us that is already the wanted state.
    remove: (name) => secure.removeItem(PREFIX + name).catch(() => undefined),
  };
}
