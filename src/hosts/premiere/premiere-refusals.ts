import { refused, type HostOperation, type HostOperationError } from '../spec';

/**
 * Premiere Pro's refusals as ClipRelay words them, each with its `host` catalog message (the English is the error's
 * message word for word). Paths, clip and item names, timecodes and Premiere's own exception text (`hostSaid`) are
 * values, shown as Premiere or the project has them.
 */
export const premiereRefusal = {
  clipLeftTimeline: (operation: HostOperation, clipId: string): HostOperationError =>
    refused(
      operation,
      `audio clip ${clipId} is not on the timeline any more; read the sequence again (clip ids change when the timeline is edited)`,
      'host.premiereClipLeftTimeline',
      { clipId },
    ),
  noVolumeEffect: (operation: HostOperation, clipId: string): HostOperationError =>
    refused(operation, `audio clip ${clipId} has no Volume effect`, 'host.premiereNoVolumeEffect', { clipId }),
  levelNotANumber: (operation: HostOperation, clipId: string): HostOperationError =>
    refused(operation, `the Volume level of audio clip ${clipId} is not a number`, 'host.premiereLevelNotANumber', { clipId }),
  frameNotExported: (operation: HostOperation, timecode: string, cause: unknown): HostOperationError =>
    refused(operation, `Premiere could not export the frame at ${timecode}`, 'host.premiereFrameNotExported', { timecode }, cause),
  frameExportDeclined: (operation: HostOperation, timecode: string): HostOperationError =>
    refused(operation, `Premiere declined to export the frame at ${timecode}`, 'host.premiereFrameExportDeclined', { timecode }),
  exportedFrameMissing: (operation: HostOperation, fileName: string, cause: unknown): HostOperationError =>
    refused(
      operation,
      `Premiere reported the frame exported, but ${fileName} is not in the plugin's data folder`,
      'host.premiereExportedFrameMissing',
      { fileName },
      cause,
    ),
  stillNotAnImage: (operation: HostOperation, itemName: string): HostOperationError =>
    refused(operation, `"${itemName}" is not a PNG or JPEG image`, 'host.stillNotAnImage', { itemName }),
  stillUnreadable: (operation: HostOperation, mediaPath: string, cause: unknown): HostOperationError =>
    refused(operation, `cannot read ${mediaPath}; relink it in the project and try again`, 'host.stillUnreadable', { mediaPath }, cause),
  stillGone: (operation: HostOperation): HostOperationError =>
    refused(operation, 'the item is no longer in the project; choose again', 'host.stillGone', {}),
  timebaseUnreadable: (operation: HostOperation, timebase: string): HostOperationError =>
    refused(
      operation,
      `Premiere reported the timebase "${timebase}", which is not a number of ticks per frame`,
      'host.premiereTimebaseUnreadable',
      { timebase },
    ),
  metadataColumnRefused: (operation: HostOperation, column: string, hostSaid: string, cause: unknown): HostOperationError =>
    refused(
      operation,
      `Premiere refused the metadata column "${column}": ${hostSaid}`,
      'host.premiereMetadataColumnRefused',
      { column, hostSaid },
      cause,
    ),
  metadataNotEditable: (operation: HostOperation, itemName: string, hostSaid: string, cause: unknown): HostOperationError =>
    refused(
      operation,
      `cannot edit the project metadata of "${itemName}": ${hostSaid}`,
      'host.premiereMetadataNotEditable',
      { itemName, hostSaid },
      cause,
    ),
  metadataNotKept: (operation: HostOperation, itemName: string): HostOperationError =>
    refused(operation, `Premiere did not keep the ClipRelay metadata columns on "${itemName}"`, 'host.premiereMetadataNotKept', {
      itemName,
    }),
  editNotPrepared: (operation: HostOperation, step: number, stepCount: number, hostSaid: string, cause: unknown): HostOperationError =>
    refused(
      operation,
      `edit ${step} of ${stepCount} could not be prepared (${hostSaid}); nothing was changed`,
      'host.premiereEditNotPrepared',
      { step, stepCount, hostSaid },
      cause,
    ),
  transactionFailed: (operation: HostOperation, hostSaid: string, cause: unknown): HostOperationError =>
    refused(
      operation,
      `Premiere failed the transaction (${hostSaid}); nothing was changed`,
      'host.premiereTransactionFailed',
      { hostSaid },
      cause,
    ),
  firstEditRefused: (operation: HostOperation, stepCount: number): HostOperationError =>
    refused(operation, `Premiere refused edit 1 of ${stepCount}; nothing was changed`, 'host.premiereFirstEditRefused', { stepCount }),
  notCommitted: (operation: HostOperation): HostOperationError =>
    refused(operation, 'Premiere did not commit the transaction; nothing was changed', 'host.premiereNotCommitted', {}),
  noFramesFolder: (operation: HostOperation): HostOperationError =>
    refused(operation, 'this panel was started without a folder for frames', 'host.premiereNoFramesFolder', {}),
  mediaLeftProject: (operation: HostOperation, mediaPath: string): HostOperationError =>
    refused(operation, `${mediaPath} is no longer in the project; import it again`, 'host.premiereMediaLeftProject', { mediaPath }),
  noMediaLength: (operation: HostOperation, mediaPath: string): HostOperationError =>
    refused(operation, `Premiere reports no media length for ${mediaPath}`, 'host.premiereNoMediaLength', { mediaPath }),
  placedClipMissing: (operation: HostOperation, mediaPath: string, atSeconds: number): HostOperationError =>
    refused(
      operation,
      `Premiere accepted the edit but no clip of ${mediaPath} appeared at ${atSeconds} s`,
      'host.premierePlacedClipMissing',
      { mediaPath, atSeconds },
    ),
  clipsShifted: (operation: HostOperation, count: number, afterSeconds: number): HostOperationError =>
    refused(
      operation,
      `Premiere moved ${count} clip(s) that start after ${afterSeconds.toFixed(2)} s while adding the new track; Edit › Undo "${operation.name}" puts them back (please send the Diagnostics report)`,
      'host.premiereClipsShifted',
      { count, afterSeconds, undoLabel: operation.name },
    ),
  retimed: (operation: HostOperation, clip: { readonly speed: number; readonly reversed: boolean }): HostOperationError => {
    const percent = Math.round(Math.abs(clip.speed) * 100);
    const parts = [...(clip.speed !== 1 ? [`its speed is ${percent} %`] : []), ...(clip.reversed ? ['it plays reversed'] : [])];
    const retiming = clip.speed === 1 ? 'reversed' : clip.reversed ? 'speedReversed' : 'speed';
    return refused(
      operation,
      `the clip is retimed (${parts.join(', ')}); ClipRelay does not duck retimed clips yet — duck this one by hand`,
      'host.premiereRetimed',
      { retiming, percent },
    );
  },
  keyframesNotRecorded: (operation: HostOperation, itemName: string, cause: unknown): HostOperationError =>
    refused(operation, `cannot record ClipRelay's keyframes on "${itemName}"`, 'host.premiereKeyframesNotRecorded', { itemName }, cause),
  importThrew: (operation: HostOperation, mediaPath: string, hostSaid: string, cause: unknown): HostOperationError =>
    refused(operation, `Premiere could not import ${mediaPath}: ${hostSaid}`, 'host.premiereImportThrew', { mediaPath, hostSaid }, cause),
  importRefused: (operation: HostOperation, mediaPath: string): HostOperationError =>
    refused(operation, `Premiere could not import ${mediaPath}`, 'host.premiereImportRefused', { mediaPath }),
  importedItemMissing: (operation: HostOperation, mediaPath: string, binPath: string, lookupCount: number): HostOperationError =>
    refused(
      operation,
      `Premiere reported importing ${mediaPath} but it did not appear in bin "${binPath}" after ${lookupCount} lookups`,
      'host.premiereImportedItemMissing',
      { mediaPath, binPath, lookupCount },
    ),
  createdBinMissing: (operation: HostOperation): HostOperationError =>
    refused(operation, 'Premiere created the bin but it cannot be found', 'host.premiereCreatedBinMissing', {}),
};
