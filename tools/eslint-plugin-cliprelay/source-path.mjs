// @ts-check
import path from 'node:path';

/**
 * Where a linted file sits relative to the repository's src/ folder, as `layer/…/name` with forward slashes and no
 * extension, or null for files outside src/. The repository root is found from the file's own path, so the rules
 * work the same whether ESLint runs from the root, a sub-folder or a test with a virtual file name.
 * @param {string} filename
 * @returns {string | null}
 */
export function sourcePathOf(filename) {
  const normalized = filename.split(path.sep).join('/');
  const index = normalized.lastIndexOf('/src/');
  const relative = index >= 0 ? normalized.slice(index + 5) : normalized.startsWith('src/') ? normalized.slice(4) : null;
  return relative == null ? null : relative.replace(/\.(d\.)?[cm]?[tj]sx?$/, '');
}

/**
 * The src/-relative path a relative import specifier points at, or null when it leaves src/.
 * @param {string} fromSourcePath
 * @param {string} specifier
 * @returns {string | null}
 */
export function resolveSourceImport(fromSourcePath, specifier) {
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(fromSourcePath), specifier));
  if (joined.startsWith('..')) return null;
  return joined.replace(/\.(d\.)?[cm]?[tj]sx?$/, '');
}
