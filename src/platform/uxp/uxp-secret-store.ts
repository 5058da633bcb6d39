import { decodeUtf8 } from '../../shared/utf8';
import type { SecretStore } from '../secret-store';
import type { UxpModule } from './uxp-module';

const PREFIX = 'cliprelay.secret.';

/** API keys in UXP secureStorage. getItem answers bytes, decoded without TextDecoder (absent in UXP). */
export function createUxpSecretStore(uxp: UxpModule): SecretStore {
  const secure = uxp.storage.secureStorage;
  return {
    async get(name) {
      const bytes = await secure.getItem(PREFIX + name).catch(() => null);
      if (bytes == null || bytes.length === 0) return null;
      return decodeUtf8(bytes);
    },
    set: (name, value) => secure.setItem(PREFIX + name, value),
    remove: (name) => secure.removeItem(PREFIX + name),
  };
}
