/**
 * The Workflow Integration plugin id: `Initialize()` must be called with exactly the manifest's `<Id>`
 * (WI README, research §1.4). plugin/resolve/manifest.xml holds the same string; a packaging test compares them.
 */
export const RESOLVE_PLUGIN_ID = 'com.cliprelay.resolve';
