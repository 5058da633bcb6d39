import { readFile, rename, writeFile } from 'node:fs/promises';
import { UnavailableFeatureError } from '../../shared/app-error';
import type { SecretVault } from './resolve-bridge-handlers';

interface SafeStorage {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Uint8Array;
  decryptString(encrypted: Uint8Array): string;
}

/** API keys in one file encrypted with the OS user's credentials (Electron safeStorage: Keychain, DPAPI). */
export function safeStorageVault(safeStorage: SafeStorage, filePath: string): SecretVault {
  return {
    async read() {
      const bytes = await readFile(filePath).catch((error: NodeJS.ErrnoException) =>
        error.code === 'ENOENT' ? null : Promise.reject(error),
      );
      return bytes == null ? {} : (JSON.parse(safeStorage.decryptString(bytes)) as Record<string, string>);
    },
    async write(values) {
      if (!safeStorage.isEncryptionAvailable()) {
        throw new UnavailableFeatureError({
          feature: 'safeStorage',
          message:
            'This computer offers no encrypted storage for API keys (Keychain or DPAPI), and ClipRelay never keeps a key unencrypted',
        });
      }
      await writeFile(`${filePath}.tmp`, safeStorage.encryptString(JSON.stringify(values)), { mode: 0o600 });
      await rename(`${filePath}.tmp`, filePath);
    },
  };
}
