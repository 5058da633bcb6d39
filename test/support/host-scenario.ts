import type { SandboxSeed, SeedClip } from '../../src/hosts/sandbox';

/**
 * A sequence described as data, so the NleHost contract tests can seed every host (the Premiere
 * fake, the sandbox host) with the same timeline: the sandbox's seed, plus the files on "disk".
 */
export type ScenarioClip = SeedClip;

export interface ScenarioMedia {
  readonly durationSeconds: number;
  readonly hasVideo: boolean;
  readonly hasAudio: boolean;
}

export interface HostScenario extends SandboxSeed {
  /** Files that exist on "disk" and can be imported, by native path. */
  readonly media: { readonly [path: string]: ScenarioMedia };
}
