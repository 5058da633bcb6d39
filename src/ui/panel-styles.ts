/**
 * Panel layout only: the controls are Spectrum elements and draw themselves in the theme's colours. Colours here
 * are the theme's own tokens, each with Premiere's dark value as the explicit fallback (Premiere does not provide
 * the host CSS variables). Only what UXP renders: flexbox (no grid), no transitions or animations, no `font`
 * shorthand, no text-transform.
 */
export const PANEL_CSS = `
sp-theme { display: block; }
.cliprelay-panel { background: var(--spectrum-gray-100, #232323); color: var(--spectrum-gray-800, #d8d8d8); font-family: "Adobe Clean", "Source Sans Pro", -apple-system, "Segoe UI", sans-serif; font-size: 12px; padding: 8px; box-sizing: border-box; min-width: 260px; }
/* Chinese (<html lang> is the panel's language): Simplified Chinese fonts macOS (PingFang SC) and Windows (Microsoft YaHei) ship, then Noto Sans CJK SC (Linux, CI). Latin text keeps the stack above; where :lang() is unsupported the system's own CJK fallback draws the glyphs. */
.cliprelay-panel:lang(zh) { font-family: "Adobe Clean", "Source Sans Pro", -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", sans-serif; }
.cliprelay-panel h1 { font-size: 13px; font-weight: 700; margin: 0 0 8px 0; color: var(--spectrum-gray-900, #ffffff); }
.cliprelay-panel h2 { font-size: 11px; font-weight: 700; letter-spacing: 0.06em; color: var(--spectrum-gray-700, #b3b3b3); margin: 0 0 6px 0; }
.cliprelay-panel .section { padding: 8px 0; display: flex; flex-direction: column; }
.cliprelay-panel .row { display: flex; flex-direction: row; align-items: flex-end; margin-bottom: 6px; }
.cliprelay-panel .row > * + * { margin-left: 6px; }
.cliprelay-panel .row .field { margin-bottom: 0; }
.cliprelay-panel .row.wrap { flex-wrap: wrap; align-items: center; margin-bottom: 0; }
.cliprelay-panel .row.wrap > * { margin-right: 6px; margin-left: 0; margin-bottom: 6px; }
.cliprelay-panel .track-role { align-items: center; }
.cliprelay-panel .grow { flex: 1 1 0; min-width: 0; }
.cliprelay-panel .field { display: flex; flex-direction: column; margin-bottom: 6px; min-width: 0; }
.cliprelay-panel .field > sp-picker, .cliprelay-panel .field > sp-textfield, .cliprelay-panel .field > sp-textarea { width: 100%; min-width: 0; }
.cliprelay-panel .row.wrap > .field { flex: 1 1 80px; }
.cliprelay-panel sp-slider { width: 100%; min-width: 0; }
/* A fieldset is as wide as its widest content by default (min-inline-size: min-content): let it shrink to the panel. */
.cliprelay-panel fieldset { min-width: 0; margin: 0 0 6px 0; padding: 6px; border: 1px solid var(--spectrum-gray-300, #3a3a3a); border-radius: 4px; display: flex; flex-direction: column; }
.cliprelay-panel legend { color: var(--spectrum-gray-700, #b3b3b3); }
.cliprelay-panel .control-slider { align-items: flex-end; }
.cliprelay-panel .control-slider .exact { width: 64px; flex: 0 0 64px; }
.cliprelay-panel .control-slider .exact sp-textfield { width: 64px; }
.cliprelay-panel .button-row { display: flex; flex-direction: row; flex-wrap: wrap; align-items: center; margin: 4px 0 6px 0; }
.cliprelay-panel .button-row > * { margin: 0 6px 6px 0; }
.cliprelay-panel .row .button-row { margin: 0; }
.cliprelay-panel .row .button-row > * { margin-bottom: 0; }
.cliprelay-panel .result { color: var(--spectrum-positive-color-900, #9fd4a8); margin: 8px 0 0 0; }
.cliprelay-panel .warning { color: var(--spectrum-notice-color-900, #e8c26a); }
.cliprelay-panel .error { color: var(--spectrum-negative-color-900, #ff8a80); margin: 8px 0 0 0; }
.cliprelay-panel .tab-bar { display: flex; flex-direction: row; flex-wrap: wrap; margin-bottom: 2px; }
.cliprelay-panel .tab-badge { margin-left: 4px; font-weight: 700; }
.cliprelay-panel .hint { color: var(--spectrum-gray-700, #9a9a9a); font-size: 11px; margin: 4px 0 6px 0; }
.cliprelay-panel .subsection { padding-top: 8px; margin-top: 8px; display: flex; flex-direction: column; }
.cliprelay-panel .job-card, .cliprelay-panel .preset-card { background: var(--spectrum-gray-75, #2b2b2b); border: 1px solid var(--spectrum-gray-300, #3a3a3a); border-radius: 4px; padding: 6px 8px; margin-bottom: 6px; }
.cliprelay-panel .job-title { color: var(--spectrum-gray-900, #f0f0f0); font-weight: 700; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
.cliprelay-panel .job-meta { color: var(--spectrum-gray-700, #9a9a9a); font-size: 11px; margin: 2px 0; }
.cliprelay-panel .job-status { margin: 2px 0 4px 0; }
.cliprelay-panel .job-card sp-progressbar, .cliprelay-panel .duck-progress sp-progressbar { width: 100%; }
.cliprelay-panel .job-card .button-row { margin: 4px 0 0 0; }
.cliprelay-panel .job-card .error, .cliprelay-panel .job-card .result, .cliprelay-panel .job-card .warning { margin: 4px 0 0 0; font-size: 11px; }
.cliprelay-panel .envelope-preview { margin: 4px 0; }
.cliprelay-panel .envelope-preview figcaption { color: var(--spectrum-gray-700, #9a9a9a); font-size: 11px; }
.cliprelay-panel .template-picker { display: flex; flex-direction: column; }
.cliprelay-panel .prompt-history-list { list-style: none; margin: 0; padding: 0; }
.cliprelay-panel .prompt-history-list sp-action-button { max-width: 100%; }
`;
