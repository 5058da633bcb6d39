import { errorPart, type ClipProvenance, type HostNote, type NleHost } from '../hosts/spec';
import type { SidecarWriter } from '../platform/sidecar-writer';
import { describeError } from '../shared/app-error';

/** `rain-kling-123.mp4` → `rain-kling-123.cliprelay.json` (the media's name without its extension). */
export function provenanceSidecarFileName(mediaPath: string): string {
  const fileName = mediaPath.split(/[\\/]/).pop() ?? mediaPath;
  const dot = fileName.lastIndexOf('.');
  return `${dot > 0 ? fileName.slice(0, dot) : fileName}.cliprelay.json`;
}

/** What the media file is, as recorded beside it. */
interface SidecarMedia {
  readonly fileName: string;
  readonly durationSeconds: number;
  readonly width: number | null;
  readonly height: number | null;
  readonly frameRate: number | null;
  readonly hasAudio: boolean;
  /** Hex SHA-256 of the file as downloaded, so the sidecar can be matched to its bytes; null when not computed. */
  readonly sha256: string | null;
}

/** Whose work the clip is, so a report can be rebuilt from a folder of clips alone (`cliprelay report --from-folder`). */
interface SidecarJob {
  readonly projectName: string;
  /** @default undefined (no client tag) */
  readonly clientTag?: string;
}

/** The sidecar's JSON: what the media file is and where it came from. */
interface ProvenanceSidecar {
  readonly format: 'cliprelay.provenance';
  readonly version: 1;
  readonly media: SidecarMedia;
  readonly provenance: ClipProvenance;
  /** Optional (readers of version 1 ignore it): project and client. */
  readonly job?: SidecarJob;
}

/** Pretty JSON (a person may open it), ending in a newline. */
export function serializeProvenanceSidecar(provenance: ClipProvenance, media: SidecarMedia, job?: SidecarJob): string {
  const sidecar: ProvenanceSidecar = {
    format: 'cliprelay.provenance',
    version: 1,
    media: { ...media },
    provenance: { ...provenance },
    ...(job == null ? {} : { job: { ...job } }),
  };
  return `${JSON.stringify(sidecar, null, 2)}\n`;
}

interface RecordProvenanceInput {
  readonly host: NleHost;
  /** Absent where nothing can be written beside the media; the project record still happens. */
  readonly sidecars?: SidecarWriter;
  /** The imported item (`ImportedMedia.itemId`). */
  readonly itemId: string;
  readonly mediaPath: string;
  readonly media: Omit<SidecarMedia, 'fileName'>;
  readonly provenance: ClipProvenance;
  /** The placement already wrote it into the project (same undo step): only the sidecar is left to write. */
  readonly alreadyInProject?: boolean;
  /** Project and client, written into the sidecar for reports. @default undefined */
  readonly job?: SidecarJob;
}

interface RecordedProvenance {
  /** Where the sidecar was written; null when writing it failed (see warnings). */
  readonly sidecarPath: string | null;
  readonly inProject: boolean;
  /** Problems that did not stop the clip: the panel shows them, each with its catalog message (jobs area). */
  readonly warnings: readonly HostNote[];
}

/**
 * Records provenance twice: in the host project (one undo step) and in a sidecar beside the media,
 * so it travels with the file. The media file is never rewritten. Neither failure undoes the clip
 * the editor already has on the timeline: each becomes a warning.
 */
export async function recordClipProvenance(input: RecordProvenanceInput): Promise<RecordedProvenance> {
  const warnings: HostNote[] = [];
  let inProject = input.alreadyInProject === true;
  if (!inProject && input.host.capabilities.writesProvenance) {
    try {
      await input.host.writeProvenance(input.itemId, input.provenance);
      inProject = true;
    } catch (error) {
      const problem = describeError(error);
      warnings.push({
        message: `The clip's provenance could not be written into the project: ${problem}`,
        localized: { id: 'jobs.provenanceNotInProject', values: { problem }, ...errorPart('problem', error) },
      });
    }
  }
  let sidecarPath: string | null = null;
  const fileName = input.mediaPath.split(/[\\/]/).pop() ?? input.mediaPath;
  if (input.sidecars == null) return { sidecarPath, inProject, warnings };
  try {
    const text = serializeProvenanceSidecar(input.provenance, { ...input.media, fileName }, input.job);
    sidecarPath = await input.sidecars.writeBeside(input.mediaPath, provenanceSidecarFileName(input.mediaPath), text);
  } catch (error) {
    const problem = describeError(error);
    warnings.push({
      message: `The provenance sidecar could not be written beside ${fileName}: ${problem}`,
      localized: { id: 'jobs.provenanceSidecarFailed', values: { fileName, problem }, ...errorPart('problem', error) },
    });
  }
  return { sidecarPath, inProject, warnings };
}
