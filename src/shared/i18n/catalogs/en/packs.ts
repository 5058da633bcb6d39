/**
 * Preset packs and agency pack subscriptions: why a pack cannot be used (before its fields are checked: the
 * `schema` area words those), where a pack may be fetched from, a subscription that is already there or gone.
 */
export const EN_PACKS = {
  'packs.cannotUse': 'Cannot use {source}.',
  'packs.cannotUsePasted': 'Cannot use the pasted pack.',
  'packs.jsonEmpty': 'It is empty.',
  'packs.jsonCutShort': 'It is not valid JSON (it may be cut short).',
  'packs.jsonMistakeAt': 'It is not valid JSON (a mistake near line {line}, column {column}).',
  'packs.notAnObject': 'It must be a JSON object with schemaVersion, name and presets.',
  'packs.versionNewer': 'Schema version {version} is newer than this version of ClipRelay reads ({current}); update ClipRelay.',
  'packs.versionRequired': 'Schema version is required (1, 2 or {current}).',
  'packs.versionUnknown': 'Schema version must be 1, 2 or {current}.',
  'packs.versionThreeField': '“{field}” is a schema version 3 field; set schemaVersion to 3 to use it.',
  'packs.hostNotAllowed':
    'This build of ClipRelay may fetch packs from only {hosts}, not from {host}. Whoever builds the plugin adds the host to "packHosts" in cliprelay.build.json (or builds with --env pack-host={host}) and reinstalls it; the manifest then lets the panel reach it.',
  'packs.noHostAllowed':
    'This build of ClipRelay may fetch packs from no pack hosts at all, not from {host}. Whoever builds the plugin adds the host to "packHosts" in cliprelay.build.json (or builds with --env pack-host={host}) and reinstalls it; the manifest then lets the panel reach it.',
  'packs.alreadySubscribed': 'You are already subscribed to {location}; use Check for updates instead.',
  'packs.subscriptionGone': 'The pack subscription {id} is gone (removed in another window?); reopen the Presets tab.',
} as const satisfies Readonly<Record<string, string>>;
