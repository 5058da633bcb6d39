export { loadPremiereRuntime, loadUxpHostInfo, loadUxpXmp, type UxpHostInfo } from './premiere-runtime';
export { PremiereHost, type PremiereHostOptions, type ImportLookupStats } from './premiere-host';
export { runTransaction, type ActionFactory } from './run-transaction';
export { dbToPremiereLevel, premiereLevelToDb, PREMIERE_MAX_LEVEL_DB } from './premiere-level';
export { TICKS_PER_SECOND, frameAlignedTime, keyframePositionAt, type ClipTicks } from './premiere-time';
export { encodeClipId, decodeClipId, type PremiereClipAddress } from './premiere-clip-id';
export type { XmpToolkit, XmpMetaLike } from './premiere-xmp-toolkit';
export { runPremiereDiagnostics, premiereDiagnosticsRunner, type PremiereDiagnosticsOptions } from './premiere-diagnostics';
export { formatDiagnosticsReport, type DiagnosticsReport, type DiagnosticEntry, type VerifyVerdict } from './premiere-diagnostics-report';
