export { SandboxHost } from './sandbox-host';
export { createSandboxState, type SandboxSeed, type SeedClip } from './sandbox-seed';
export type { SandboxState, SandboxTrack, SandboxClip } from './sandbox-state';
export { DEMO_SEQUENCE } from './demo-sequence';
export { loadSandboxState, saveSandboxState } from './persisted-sandbox-state';
export { ResolveLikeSandboxHost } from './resolve-like-sandbox-host';
