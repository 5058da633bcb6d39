/**
 * Panel CSS, close to Premiere's dark Spectrum look. Only what UXP renders: flexbox (no grid),
 * no transitions or animations, no `font` shorthand, no text-transform.
 */
export const PANEL_CSS = `
.cliprelay-panel { background: #232323; color: #d8d8d8; font-family: "Adobe Clean", "Source Sans Pro", -apple-system, "Segoe UI", sans-serif; font-size: 12px; padding: 8px; box-sizing: border-box; min-width: 260px; }
.cliprelay-panel h1 { font-size: 13px; font-weight: 700; margin: 0 0 8px 0; color: #ffffff; }
.cliprelay-panel h2 { font-size: 11px; font-weight: 700; letter-spacing: 0.06em; color: #b3b3b3; margin: 0 0 6px 0; }
.cliprelay-panel .section { border-top: 1px solid #3a3a3a; padding: 8px 0; display: flex; flex-direction: column; }
.cliprelay-panel .row { display: flex; flex-direction: row; align-items: flex-end; margin-bottom: 6px; }
.cliprelay-panel .row > * + * { margin-left: 6px; }
.cliprelay-panel .grow { flex: 1 1 0; min-width: 0; }
.cliprelay-panel .field { display: flex; flex-direction: column; margin-bottom: 6px; }
.cliprelay-panel .field > span { color: #a0a0a0; font-size: 11px; margin-bottom: 2px; }
/* A fieldset is as wide as its widest content by default (min-inline-size: min-content): let it shrink to the panel. */
.cliprelay-panel fieldset { min-width: 0; margin: 0 0 6px 0; padding: 6px; border: 1px solid #3a3a3a; border-radius: 4px; }
.cliprelay-panel fieldset input[type=range] { min-width: 0; flex: 1 1 0; }
.cliprelay-panel fieldset input[type=number] { width: 56px; }
.cliprelay-panel textarea, .cliprelay-panel select, .cliprelay-panel input[type=password], .cliprelay-panel input[type=text], .cliprelay-panel input[type=number] { background: #1b1b1b; color: #e8e8e8; border: 1px solid #4a4a4a; border-radius: 4px; padding: 4px 6px; font-size: 12px; }
.cliprelay-panel textarea { resize: vertical; min-height: 48px; }
.cliprelay-panel textarea:focus, .cliprelay-panel select:focus, .cliprelay-panel button:focus-visible { outline: 2px solid #378ef0; outline-offset: 1px; }
.cliprelay-panel button { background: #3a3a3a; color: #e8e8e8; border: 1px solid #5a5a5a; border-radius: 14px; padding: 4px 12px; font-size: 12px; cursor: pointer; }
.cliprelay-panel button:hover:enabled { background: #4a4a4a; }
.cliprelay-panel button:disabled { opacity: 0.45; cursor: default; }
.cliprelay-panel button.primary { background: #1473e6; border-color: #1473e6; color: #ffffff; font-weight: 700; align-self: flex-start; }
.cliprelay-panel button.primary:hover:enabled { background: #0d66d0; }
.cliprelay-panel button.quiet { background: transparent; border-color: #4a4a4a; margin-bottom: 6px; }
.cliprelay-panel .checkbox { display: flex; flex-direction: row; align-items: center; margin-bottom: 10px; }
.cliprelay-panel .checkbox > span { margin-left: 4px; }
.cliprelay-panel .preset-row { display: flex; flex-direction: row; flex-wrap: wrap; }
.cliprelay-panel .preset-row > button { margin: 0 6px 6px 0; }
.cliprelay-panel .progress { margin-top: 8px; }
.cliprelay-panel .progress-label { color: #cfcfcf; margin-bottom: 3px; }
.cliprelay-panel .progress-track { height: 4px; background: #3a3a3a; border-radius: 2px; overflow: hidden; }
.cliprelay-panel .progress-fill { height: 4px; background: #378ef0; }
.cliprelay-panel .progress-fill.indeterminate { background: repeating-linear-gradient(90deg, #378ef0 0 12px, #2a5fa0 12px 24px); }
.cliprelay-panel .result { color: #9fd4a8; margin: 8px 0 0 0; }
.cliprelay-panel .warning { color: #e8c26a; }
.cliprelay-panel .error { color: #ff8a80; margin: 8px 0 0 0; }

.cliprelay-panel .tab-bar { display: flex; flex-direction: row; flex-wrap: wrap; border-bottom: 1px solid #3a3a3a; margin-bottom: 4px; }
.cliprelay-panel .tab { background: transparent; border: none; border-bottom: 2px solid transparent; border-radius: 0; padding: 6px 8px; color: #b3b3b3; }
.cliprelay-panel .tab.active { color: #ffffff; border-bottom-color: #378ef0; }
.cliprelay-panel .tab-badge { background: #378ef0; color: #ffffff; border-radius: 8px; padding: 0 5px; margin-left: 4px; font-size: 10px; }
.cliprelay-panel .row.wrap { flex-wrap: wrap; }
.cliprelay-panel .row.wrap > * { margin-right: 6px; margin-left: 0; }
.cliprelay-panel .hint { color: #9a9a9a; font-size: 11px; margin: 4px 0 6px 0; }
.cliprelay-panel .subsection { border-top: 1px solid #333; padding-top: 8px; margin-top: 8px; display: flex; flex-direction: column; }
.cliprelay-panel .job-card, .cliprelay-panel .preset-card { background: #2b2b2b; border: 1px solid #3a3a3a; border-radius: 4px; padding: 6px 8px; margin-bottom: 6px; }
.cliprelay-panel .job-title { color: #f0f0f0; font-weight: 700; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
.cliprelay-panel .job-meta { color: #9a9a9a; font-size: 11px; margin: 2px 0; }
.cliprelay-panel .job-status { color: #cfcfcf; margin: 2px 0 4px 0; }
.cliprelay-panel .job-card .row { margin: 4px 0 0 0; }
.cliprelay-panel .job-card .error, .cliprelay-panel .job-card .result, .cliprelay-panel .job-card .warning { margin: 4px 0 0 0; font-size: 11px; }
.cliprelay-panel .envelope-preview { margin: 4px 0; }
.cliprelay-panel .envelope-preview figcaption { color: #9a9a9a; font-size: 11px; }
.cliprelay-panel .template-picker { display: flex; flex-direction: column; }
`;
