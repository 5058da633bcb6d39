import type { UxpModule } from './uxp-module';

/**
 * Saves text where the editor chooses, through UXP's save dialog (the only way a panel may write outside
 * its own folders). Resolves the file's native path, or null when the dialog is dismissed.
 */
export function createUxpTextFileSaver(uxp: UxpModule): (suggestedName: string, text: string) => Promise<string | null> {
  return async (suggestedName, text) => {
    const extension = suggestedName.split('.').pop() ?? '';
    const file = await uxp.storage.localFileSystem.getFileForSaving(suggestedName, extension === '' ? {} : { types: [extension] });
    if (file == null) return null;
    await file.write(text, { format: uxp.storage.formats.utf8 });
    return file.nativePath;
  };
}
