import { InvariantError } from '../../shared/app-error';
import type { UxpModule } from './uxp-module';

/**
 * The plugin's data folder as the Premiere host's frame export uses it (`FrameFolder` in
 * hosts/premiere/premiere-frame-export.ts): Premiere writes a frame there by native path and the
 * panel reads it back as bytes. A still in the project is read through the media reader, so the
 * same folder grants apply as for voice-over media (localFileSystem "request").
 */
export function uxpFrameFolder(uxp: UxpModule, readMedia: (mediaPath: string) => AsyncIterable<Uint8Array>) {
  const fs = uxp.storage.localFileSystem;
  return {
    async nativePath(): Promise<string> {
      return (await fs.getDataFolder()).nativePath;
    },
    async readFile(name: string): Promise<Uint8Array> {
      const file = await (await fs.getDataFolder()).getEntry(name);
      const data = await file.read({ format: uxp.storage.formats.binary });
      if (typeof data === 'string') throw new InvariantError({ message: `UXP read "${name}" as text, not bytes.` });
      return new Uint8Array(data);
    },
    async readMediaFile(mediaPath: string): Promise<Uint8Array> {
      const chunks: Uint8Array[] = [];
      for await (const chunk of readMedia(mediaPath)) chunks.push(chunk);
      const bytes = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
      let offset = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, offset);
        offset += chunk.length;
      }
      return bytes;
    },
  };
}
