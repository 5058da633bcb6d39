import { z } from 'zod';
import type { PackFileSource } from '../pack-file-source';
import type { SettingsStore } from '../settings-store';
import type { UxpFile, UxpModule } from './uxp-module';

/** Settings key: picked pack files' persistent tokens, by native path. */
const TOKENS_KEY = 'packFileTokens';
const tokensSchema = z.record(z.string(), z.string());

/**
 * Pack files on a shared drive for the Premiere panel: UXP's open dialog grants access to the
 * picked file, and a persistent token (kept in the settings, by the file's native path) brings the
 * same grant back after a restart, so the start-up check reads the file again without asking
 * (UXP `localFileSystem.createPersistentToken` / `getEntryForPersistentToken`, as the media folder
 * does). A token that no longer resolves (file moved, share disconnected) reads as unreachable;
 * the subscription then keeps its last good copy.
 */
export function createUxpPackFileSource(uxp: UxpModule, settings: SettingsStore): PackFileSource {
  const fs = uxp.storage.localFileSystem;
  const tokens = async (): Promise<Record<string, string>> => {
    const parsed = tokensSchema.safeParse(await settings.get(TOKENS_KEY));
    return parsed.success ? parsed.data : {};
  };
  return {
    async pick() {
      const file = await fs.getFileForOpening({ types: ['json'] });
      if (file == null) return null;
      const token = await fs.createPersistentToken(file);
      await settings.set(TOKENS_KEY, { ...(await tokens()), [file.nativePath]: token });
      return { location: file.nativePath };
    },
    async reread(location) {
      const token = (await tokens())[location];
      if (token == null) return null;
      const entry: unknown = await fs.getEntryForPersistentToken(token);
      return isFile(entry) ? readText(entry) : null;
    },
  };
}

async function readText(file: UxpFile): Promise<string> {
  const data = await file.read();
  return typeof data === 'string' ? data : new TextDecoder().decode(data);
}

function isFile(entry: unknown): entry is UxpFile {
  return typeof entry === 'object' && entry !== null && typeof (entry as { read?: unknown }).read === 'function';
}
