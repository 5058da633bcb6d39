import type { SandboxState } from './sandbox-state';

/**
 * The sandbox "project" in browser storage, so a page reload is like reopening a Premiere project:
 * the timeline is still there. Anything unreadable starts a fresh demo instead.
 */
export function loadSandboxState(storage: Storage, key: string): SandboxState | null {
  const text = storage.getItem(key);
  if (text == null) return null;
  try {
    const state = JSON.parse(text) as SandboxState;
    return Array.isArray(state.videoTracks) && Array.isArray(state.audioTracks) && typeof state.nextId === 'number' ? state : null;
  } catch {
    // Sandbox only, as documented above: a stored timeline that does not parse starts a fresh demo.
    return null;
  }
}

export function saveSandboxState(storage: Storage, key: string, state: SandboxState): void {
  storage.setItem(key, JSON.stringify(state));
}
