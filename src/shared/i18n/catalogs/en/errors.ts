/**
 * Errors an editor meets in the panel (provider answers we word ourselves, downloads, missing keys). Each English
 * text is, word for word, the error's own `message` (the CLI and logs keep that), pinned by
 * test/i18n/localized-errors.test.ts. `{providerSaid}` is the provider's own text: never translated; outside English
 * it is labelled with 'panel.providerSaid', so translations put it where a whole sentence can stand.
 */
export const EN_ERRORS = {
  'errors.providerTimedOut': '{provider} did not answer in time ({request}). Try again later.',
  'errors.providerUnreachable': 'Could not reach {provider}. Check the connection and try again.',
  'errors.providerUnreachableCode': 'Could not reach {provider} ({code}). Check the connection and try again.',
  'errors.providerAnswerUnusable':
    '{provider} answered, but not in a form that can be used ({reason}). Try again later; if it keeps happening, a proxy or the provider is at fault.',
  'errors.providerHttp':
    '{provider} {kind, select, auth {rejected the credentials} rateLimit {is rate limiting requests} quota {reports the account has no quota left} moderation {refused the content} invalidRequest {rejected the request} notFound {could not find it} server {had a server error} other {could not be reached}} ({code, select, none {HTTP {status}} other {HTTP {status}, code {code}}})',
  'errors.providerHttpSaid':
    '{provider} {kind, select, auth {rejected the credentials} rateLimit {is rate limiting requests} quota {reports the account has no quota left} moderation {refused the content} invalidRequest {rejected the request} notFound {could not find it} server {had a server error} other {could not be reached}}: {providerSaid} ({code, select, none {HTTP {status}} other {HTTP {status}, code {code}}})',
  'errors.providerJobFailed': '{provider} job {jobId} failed: {providerSaid}',
  'errors.providerRefusedContent': '{provider} refused the content: {providerSaid}',
  'errors.jobTimedOut': '{provider} job {jobId} did not finish within {seconds} s; it may still finish later.',
  'errors.downloadDeadline':
    'The {provider} download did not finish within {duration} and was stopped; the job is kept, so the download can be resumed (cliprelay resume, or Retry in the panel).',
  'errors.downloadEmpty': '{provider} sent an empty file.',
  'errors.downloadChanged': 'The {provider} file changed while it was being downloaded; download it again.',
  'errors.downloadDifferentOnResume': 'The {provider} server sent a different file when the download was resumed; download it again.',
  'errors.downloadStoppedEarly': 'The {provider} download stopped early: got {receivedBytes} of {totalBytes} bytes.',
  'errors.downloadNotMp4': 'The {provider} download is not an MP4 video (no ftyp box at the start).',
  'errors.downloadTooLarge': 'The {provider} file is larger than {maxMib} MiB ({bytes} bytes or more); it was not kept.',
  'errors.missingCredentials': '{provider} needs its {fields}: enter them under Provider keys, then Generate again.',
  'errors.overDailyCap':
    "This generation ({costUsd, number, ::currency/USD group-off}) would take today's spend to {totalUsd, number, ::currency/USD group-off}, over the daily cap of {capUsd, number, ::currency/USD group-off}.",
  'errors.overProjectCap':
    "This generation ({costUsd, number, ::currency/USD group-off}) would take this project's spend to {totalUsd, number, ::currency/USD group-off}, over its cap of {capUsd, number, ::currency/USD group-off}.",
  'errors.overClientCap':
    "This generation ({costUsd, number, ::currency/USD group-off}) would take {client}'s spend this month to {totalUsd, number, ::currency/USD group-off}, over the monthly cap per client of {capUsd, number, ::currency/USD group-off}.",
  'errors.overClientCapUntagged':
    "This generation ({costUsd, number, ::currency/USD group-off}) would take this client's spend this month to {totalUsd, number, ::currency/USD group-off}, over the monthly cap per client of {capUsd, number, ::currency/USD group-off}.",
  'errors.promptEmpty': 'The prompt is empty.',
  'errors.promptTooLong': 'The prompt is {length, number} characters; {model} takes at most {max, number}. Shorten it; nothing was sent.',
  'errors.durationRange': '{model} accepts {first} to {last} seconds; {asked} s was asked.',
  'errors.durationChoices': '{model} accepts {durations} seconds; {asked} s was asked.',
  'errors.aspectChoices': '{model} accepts aspect ratios {ratios}; {asked} was asked.',
  'errors.resolutionChoices': '{model} offers {resolutions}; {asked} was asked.',
  'errors.textOnlyModel': '{model} makes video from text only; clear the reference image or pick another model.',
  'errors.imageOnlyModel': '{model} makes video from an image only; choose a reference image.',
  'errors.noPremiereProject': 'No Premiere Pro project is open. Open or create a project, then try again.',
  'errors.noPremiereSequence': 'No sequence is active in Premiere Pro. Open a sequence in the Timeline panel, then try again.',
  'errors.noResolveProject': 'Open a project in DaVinci Resolve first.',
  'errors.noResolveTimeline': 'Open a timeline in DaVinci Resolve first (Edit page).',
  'errors.fillInTemplateValues': 'Fill in {names} first.',
  'errors.packKeyChanged':
    'Cannot use {source}: it is signed by a different key ({newKey}) than the one this panel trusted when the pack was first installed ({pinnedKey}). If the agency really changed its key, confirm the new one with them, then remove the pack and install it again.',
  'errors.createUnconfirmed': '{provider} did not confirm the create ({answer}); checking whether the job exists…',
  'errors.jobNotShownYet': '{provider} does not show job {jobId} yet; asking again until {seconds} s after it was sent.',
  'errors.createNeverArrived':
    '{provider} has no job {jobId} {seconds} s after it was sent: the request never arrived, so nothing was charged. Retry creates it (with the same id, so never twice).',
  'errors.hostOperationFailed': '{kind, select, other {{operation}}} failed: {detail}',
  'errors.ledgerRecordsLeftOut':
    'The job ledger was damaged ({unreadable, plural, one {# unreadable job record was} other {# unreadable job records were}} left out); it was kept aside in {path} and {count, plural, one {# job was} other {# jobs were}} recovered.',
  'errors.ledgerDamaged':
    'The job ledger was damaged ({detail}); it was kept aside in {path} and {count, plural, one {# job was} other {# jobs were}} recovered.',
  'errors.packStoredCopyUntrusted':
    'The stored copy of this pack cannot be trusted any more: {reason} Remove the subscription and subscribe again.',
  'errors.sentAgain': 'Sent again at your request; the first attempt ({sentAt}) may also have been created and billed by {provider}.',
  'errors.endpointChanged': 'Created at {createdAt}; the settings now name {current}, so it is finished where it was created.',
  'errors.clipWithoutAudio': '{provider} returned a clip without an audio track.',
  'errors.clipLongerThanReported':
    '{provider} reported a {reportedSeconds, number, ::.########## group-off} s clip; the file is {fileSeconds, number, ::.0 group-off} s long.',
  'errors.packReleaseOlder': 'The server offers release {offered}, older than the release {current} you have; yours was kept.',
  'errors.packChangedSameVersion':
    'The server\'s pack changed without a new release number (still {version}); yours was kept. The agency should raise "version".',
} as const;
