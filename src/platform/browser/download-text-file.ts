/**
 * Saves text as a browser download (the sandbox has no save dialog of its own): a Blob behind a
 * temporary link, clicked once. Resolves the suggested name (the browser decides where it goes).
 */
export function downloadTextFile(suggestedName: string, text: string, doc: Document = document): Promise<string | null> {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/octet-stream' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = suggestedName;
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return Promise.resolve(suggestedName);
}
