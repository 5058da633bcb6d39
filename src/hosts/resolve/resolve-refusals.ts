import { refused, type HostOperation, type HostOperationError, type TrackKind } from '../spec';

/**
 * DaVinci Resolve's refusals as ClipRelay words them, each with its `host` catalog message (the English is the
 * error's message word for word). Clip, bin and timeline names, paths and Resolve's own settings are values.
 */
export const resolveRefusal = {
  undoTimelineGone: (operation: HostOperation): HostOperationError =>
    refused(operation, 'the timeline ClipRelay changed is no longer in this project', 'host.undoTimelineGone', {}),
  cannotDuckAtAll: (operation: HostOperation): HostOperationError =>
    refused(operation, 'this Resolve can neither set a clip volume nor export a timeline as OTIO', 'host.resolveCannotDuckAtAll', {}),
  otioNotExported: (operation: HostOperation): HostOperationError =>
    refused(operation, 'Resolve did not export the timeline as OTIO', 'host.resolveOtioNotExported', {}),
  duckedCopyNotImported: (operation: HostOperation, timelineName: string): HostOperationError =>
    refused(
      operation,
      `Resolve did not import the ducked copy "${timelineName}": check that every clip's media is online (OTIO import needs Resolve 18.6 or later)`,
      'host.resolveDuckedCopyNotImported',
      { timelineName },
    ),
  unreadableFrameRate: (operation: HostOperation, setting: string): HostOperationError =>
    refused(operation, `Resolve reported a frame rate ClipRelay cannot read ("${setting}")`, 'host.resolveUnreadableFrameRate', {
      setting,
    }),
  unreadableTimecode: (operation: HostOperation, timecode: string): HostOperationError =>
    refused(operation, `Resolve reported a timecode ClipRelay cannot read ("${timecode}")`, 'host.resolveUnreadableTimecode', { timecode }),
  noPoolItemToLay: (operation: HostOperation, clipName: string): HostOperationError =>
    refused(operation, `audio clip "${clipName}" plays no media pool item ClipRelay can lay again`, 'host.resolveNoPoolItemToLay', {
      clipName,
    }),
  clipNotLifted: (operation: HostOperation, clipName: string): HostOperationError =>
    refused(operation, `Resolve did not lift audio clip "${clipName}" to lay its duck`, 'host.resolveClipNotLifted', { clipName }),
  stepNotLaid: (operation: HostOperation, atSeconds: number): HostOperationError =>
    refused(operation, `Resolve answered but did not lay the duck's step at ${atSeconds} s`, 'host.resolveStepNotLaid', { atSeconds }),
  levelNotKept: (operation: HostOperation, levelDb: number, atSeconds: number): HostOperationError =>
    refused(operation, `Resolve did not keep ${levelDb} dB on the duck's step at ${atSeconds} s`, 'host.resolveLevelNotKept', {
      levelDb,
      atSeconds,
    }),
  duckNotLinked: (operation: HostOperation, clipName: string): HostOperationError =>
    refused(operation, `Resolve did not link the ducked audio of "${clipName}" to its video`, 'host.resolveDuckNotLinked', { clipName }),
  binNotOpened: (operation: HostOperation, binPath: string): HostOperationError =>
    refused(operation, `Resolve did not open the bin ${binPath}`, 'host.resolveBinNotOpened', { binPath }),
  binNotCreated: (operation: HostOperation, binName: string, parentName: string): HostOperationError =>
    refused(operation, `Resolve did not create the bin "${binName}" in "${parentName}"`, 'host.resolveBinNotCreated', {
      binName,
      parentName,
    }),
  mediaNotImported: (operation: HostOperation, mediaPath: string): HostOperationError =>
    refused(
      operation,
      `Resolve did not import ${mediaPath}; check that the file exists and that Resolve can read its format`,
      'host.resolveMediaNotImported',
      { mediaPath },
    ),
  poolItemGone: (operation: HostOperation, itemId: string): HostOperationError =>
    refused(operation, `the media pool item ${itemId} is no longer in the project`, 'host.resolvePoolItemGone', { itemId }),
  trackMissing: (operation: HostOperation, trackNumber: number, nextTrackNumber: number): HostOperationError =>
    refused(operation, `track ${trackNumber} does not exist; the next new track is ${nextTrackNumber}`, 'host.resolveTrackMissing', {
      trackNumber,
      nextTrackNumber,
    }),
  trackNotAdded: (operation: HostOperation, trackKind: TrackKind): HostOperationError =>
    refused(operation, `Resolve did not add a ${trackKind} track`, 'host.resolveTrackNotAdded', { trackKind }),
  nothingPlaced: (operation: HostOperation, track: string): HostOperationError =>
    refused(operation, `Resolve answered but placed nothing on ${track}`, 'host.resolveNothingPlaced', { track }),
  videoAudioNotLinked: (operation: HostOperation): HostOperationError =>
    refused(operation, 'Resolve did not link the video and its audio', 'host.resolveVideoAudioNotLinked', {}),
  provenanceNotKept: (operation: HostOperation): HostOperationError =>
    refused(operation, 'Resolve did not keep the provenance on the media pool item', 'host.resolveProvenanceNotKept', {}),
  needsClipVolume: (operation: HostOperation): HostOperationError =>
    refused(
      operation,
      'this Resolve cannot set a clip volume from a plugin (that needs Resolve 21.1 or later); duck through a ducked copy of the timeline instead',
      'host.resolveNeedsClipVolume',
      {},
    ),
  alreadySplit: (operation: HostOperation, clipName: string): HostOperationError =>
    refused(operation, `audio clip "${clipName}" is already split by ClipRelay; undo that duck first`, 'host.resolveAlreadySplit', {
      clipName,
    }),
  noSoundIn: (operation: HostOperation, fileName: string): HostOperationError =>
    refused(operation, `Resolve reads no sound in ${fileName}`, 'host.resolveNoSoundIn', { fileName }),
  audioNotTakenOut: (operation: HostOperation, clipName: string): HostOperationError =>
    refused(operation, `Resolve did not take out the audio of "${clipName}"`, 'host.resolveAudioNotTakenOut', { clipName }),
  renderNotPlaced: (operation: HostOperation, track: string): HostOperationError =>
    refused(operation, `Resolve answered but placed nothing on ${track}; the clip's own audio is back`, 'host.resolveRenderNotPlaced', {
      track,
    }),
  renderNotLinked: (operation: HostOperation, clipName: string): HostOperationError =>
    refused(
      operation,
      `Resolve did not link the rendered audio to "${clipName}"; the clip's own audio is back`,
      'host.resolveRenderNotLinked',
      { clipName },
    ),
  renderedClipUnreadable: (operation: HostOperation, clipId: string): HostOperationError =>
    refused(operation, `audio clip ${clipId} plays no file ClipRelay can read; read the sequence again`, 'host.renderedClipUnreadable', {
      clipId,
    }),
  alreadyRendered: (operation: HostOperation, clipName: string): HostOperationError =>
    refused(
      operation,
      `"${clipName}" already plays ClipRelay's ducked render; press "Undo last ClipRelay change" to put its own audio back, then duck again`,
      'host.alreadyRendered',
      { clipName },
    ),
};
