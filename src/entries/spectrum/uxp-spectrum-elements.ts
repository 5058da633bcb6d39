// The Spectrum Web Components the Premiere panel defines, through Adobe's UXP wrappers (SWC 0.37.0, the version
// Premiere supports; manifest featureFlags.enableSWCSupport). The theme comes from the wrappers' own copy of
// @spectrum-web-components/theme (one copy of lit and SWC's base in the bundle). Menus are deliberately not
// registered: once an SWC tag is imported UXP uses it instead of its built-in widget, and the built-in
// `sp-picker` needs its own built-in `sp-menu`. Picker, slider, progress bar, text fields and checkbox are
// Premiere's built-in Spectrum UXP widgets, which need no import.
import '@swc-uxp-internal/theme/sp-theme.js';
import '@swc-uxp-internal/theme/theme-light.js';
import '@swc-uxp-internal/theme/theme-dark.js';
import '@swc-uxp-internal/theme/theme-darkest.js';
import '@swc-uxp-internal/theme/scale-medium.js';
import '@swc-uxp-wrappers/button/sp-button.js';
import '@swc-uxp-wrappers/action-button/sp-action-button.js';
import '@swc-uxp-wrappers/field-label/sp-field-label.js';
