export type { TrackKind, TimelineClip, TimelineTrack, SequenceSnapshot } from './sequence-snapshot';
export type { GainPoint, ClipGainEnvelope, VolumeAutomation } from './gain-envelope';
export type { HostCapabilities, ImportedMedia, PlaceClipOutcome, PlaceClipRequest, PlacedClip, NleHost } from './nle-host';
export type { ClipProvenance } from './clip-provenance';
export type { CapturedFrame, FrameRequest, ProjectStill } from './captured-frame';
export { HostUnavailableError, HostOperationError, TrackOccupiedError, refused } from './host-errors';
export type { HostOperation } from './host-operation';
export { errorPart, type HostNote } from './host-note';
