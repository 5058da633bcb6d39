import { DEMO_SEQUENCE_ID } from './sandbox-seed';
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
    if (!Array.isArray(state.videoTracks) || !Array.isArray(state.audioTracks) || typeof state.nextId !== 'number') return null;
    // A project saved before sandbox sequences had an id gets the one a fresh demo has, so its remembered
    // track roles (stored under the names) move to the id on the next read and survive a rename from then on.
    return state.sequenceId == null ? { ...state, sequenceId: DEMO_SEQUENCE_ID } : state;
  } catch {
    // Sandbox only, as documented above: a stored timeline that does not parse starts a fresh demo.
    return null;
  }
}

export function saveSandboxState(storage: Storage, key: string, state: SandboxState): void {
  storage.setItem(key, JSON.stringify(state));
}
