import type { ClipGainEnvelope, HostOperation } from '../spec';
import type { Resolve, ResolveTimeline } from './resolve-api';
import type { ResolveContext } from './resolve-context';
import { resolveRefusal } from './resolve-refusals';
import type { ResolveClipView } from './resolve-timeline-read';

/** One clip's planned envelope, addressed as an OTIO reader sees the clip: audio track and start. */
export interface OtioEnvelope {
  /** 0-based audio track. */
  readonly trackIndex: number;
  /** Seconds from the timeline's start. */
  readonly startSeconds: number;
  readonly points: ClipGainEnvelope['points'];
}

/**
 * What Resolve before 21.1 needs from outside the host to duck at all: Resolve's own OTIO export rewritten
 * with `Fairlight Clip Volume and Fades` keyframes (the interchange layer does that; hosts may not import it,
 * so the composition root passes it in), and a scratch folder for the two files.
 */
export interface TimelineCopyDucking {
  rewriteOtio(otioText: string, envelopes: readonly OtioEnvelope[]): string;
  /** An absolute path for a scratch file (Resolve refuses relative paths, research §2.5). */
  scratchPath(fileName: string): string;
  readText(path: string): Promise<string>;
  writeText(path: string, text: string): Promise<void>;
}

function timelineNames(context: ResolveContext): Set<string> {
  const names = new Set<string>();
  for (let index = 1; index <= context.project.GetTimelineCount(); index += 1) {
    const name = context.project.GetTimelineByIndex(index)?.GetName();
    if (name != null) names.add(name);
  }
  return names;
}

/**
 * Ducks by Resolve's own OTIO round trip (measured on 21.x, research §2.5): export the timeline, write the
 * volume keyframes, import it as a NEW timeline with a free name, and open it. The original is untouched;
 * the answer says what was made and how to take it back.
 */
export async function duckTimelineCopy(
  resolve: Resolve,
  context: ResolveContext,
  views: readonly ResolveClipView[],
  envelopes: readonly ClipGainEnvelope[],
  ducking: TimelineCopyDucking,
  operation: HostOperation,
): Promise<{ readonly timeline: ResolveTimeline; readonly name: string }> {
  const { timeline, pool } = context;
  if (typeof timeline.Export !== 'function' || typeof pool.ImportTimelineFromFile !== 'function')
    throw resolveRefusal.cannotDuckAtAll(operation);
  const original = timeline.GetName();
  const exported = ducking.scratchPath(`${original}.export.otio`);
  if (!timeline.Export(exported, resolve.EXPORT_OTIO, resolve.EXPORT_NONE)) throw resolveRefusal.otioNotExported(operation);
  const ducked = ducking.rewriteOtio(
    await ducking.readText(exported),
    envelopes.map((envelope, index) => ({
      trackIndex: views[index]!.clip.trackIndex,
      startSeconds: views[index]!.clip.startSeconds,
      points: envelope.points,
    })),
  );
  const path = ducking.scratchPath(`${original}.ducked.otio`);
  await ducking.writeText(path, ducked);
  const taken = timelineNames(context);
  let name = `${original} (ClipRelay ducked)`;
  for (let copy = 2; taken.has(name); copy += 1) name = `${original} (ClipRelay ducked ${copy})`;
  // Resolve answers nothing, with no message, when a media file is missing or the name is taken (research §2.5).
  const imported = pool.ImportTimelineFromFile(path, { timelineName: name, importSourceClips: false });
  if (imported == null) throw resolveRefusal.duckedCopyNotImported(operation, name);
  context.project.SetCurrentTimeline?.(imported);
  return { timeline: imported, name };
}
