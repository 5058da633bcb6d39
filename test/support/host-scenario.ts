/**
 * A sequence described as data, so the NleHost contract tests can seed every host (the Premiere
 * fake, the sandbox host) with the same timeline.
 */
export interface ScenarioClip {
  readonly name: string;
  readonly mediaPath: string;
  readonly startSeconds: number;
  readonly endSeconds: number;
  /** @default 0 */
  readonly inPointSeconds?: number;
  /** @default 1 */
  readonly speed?: number;
  /** @default false */
  readonly disabled?: boolean;
}

export interface ScenarioTrack {
  readonly name: string;
  /** @default false */
  readonly muted?: boolean;
  readonly clips: readonly ScenarioClip[];
}

export interface ScenarioMedia {
  readonly durationSeconds: number;
  readonly hasVideo: boolean;
  readonly hasAudio: boolean;
}

export interface HostScenario {
  /** @default "Sandbox project" / "Fake Project.prproj" */
  readonly projectName?: string;
  readonly sequenceName: string;
  readonly frameRate: number;
  /** @default 1920 */
  readonly frameWidth?: number;
  /** @default 1080 */
  readonly frameHeight?: number;
  readonly playheadSeconds: number;
  /** The sequence In mark; @default null (none) */
  readonly inPointSeconds?: number | null;
  /** The sequence Out mark; @default null (none) */
  readonly outPointSeconds?: number | null;
  readonly videoTracks: readonly ScenarioTrack[];
  readonly audioTracks: readonly ScenarioTrack[];
  /** Files that exist on "disk" and can be imported, by native path. */
  readonly media: { readonly [path: string]: ScenarioMedia };
}
