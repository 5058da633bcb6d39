/**
 * Opens the browser's file chooser for one file, through a hidden `<input type="file">` created on
 * demand (the panel markup stays the same as in UXP, which has no file input). Resolves null when
 * the chooser is dismissed. `accept`: the input's filter, e.g. `.json,application/json`.
 */
export function chooseOneFile(doc: Document, accept: string): Promise<File | null> {
  const input = doc.createElement('input');
  input.type = 'file';
  input.accept = accept;
  input.style.display = 'none';
  doc.body.append(input);
  return new Promise<File | null>((resolve) => {
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    // Chromium fires `cancel` when the chooser is closed without a choice.
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  }).finally(() => input.remove());
}
