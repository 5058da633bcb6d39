// The Spectrum elements of the sandbox page, under the names the Premiere panel uses, so one panel renders the
// same tags in both runtimes (docs/architecture.md, "Spectrum in both runtimes"). SWC 0.37.0 where published; for
// Premiere's built-in widgets the nearest SWC release, registered under the built-in's name where the two differ.
import '@spectrum-web-components/theme/sp-theme.js';
import '@spectrum-web-components/theme/theme-light.js';
import '@spectrum-web-components/theme/theme-dark.js';
import '@spectrum-web-components/theme/theme-darkest.js';
import '@spectrum-web-components/theme/scale-medium.js';
import '@spectrum-web-components/button/sp-button.js';
import '@spectrum-web-components/action-button/sp-action-button.js';
import '@spectrum-web-components/field-label/sp-field-label.js';
import '@spectrum-web-components/menu/sp-menu.js';
import '@spectrum-web-components/menu/sp-menu-item.js';
import '@spectrum-web-components/slider/sp-slider.js';
import '@spectrum-web-components/textfield/sp-textfield.js';
import '@spectrum-web-components/checkbox/sp-checkbox.js';
import type { PropertyValues } from '@spectrum-web-components/base';
import { Picker } from '@spectrum-web-components/picker';
import { ProgressBar } from '@spectrum-web-components/progress-bar';
import { Textfield } from '@spectrum-web-components/textfield';

/**
 * `sp-picker` reading Premiere's markup: the built-in picker takes its items in `<sp-menu slot="options">`, SWC's
 * picker in its default slot (an `sp-menu` child there is its own supported, older form). The slot name is dropped
 * before the picker first renders, so the same markup works in both; React never sets it again (it does not change).
 */
class OptionsMenuPicker extends Picker {
  override connectedCallback(): void {
    this.querySelector(':scope > sp-menu[slot="options"]')?.removeAttribute('slot');
    super.connectedCallback();
  }
}

/** `sp-textarea` (a built-in UXP widget; SWC has none): SWC's text field, always multi-line. */
class MultilineTextfield extends Textfield {
  constructor() {
    super();
    this.multiline = true;
  }
  /**
   * React 19 sets `rows` as a property, but SWC sizes a multi-line field by the attribute (`:host([multiline][rows])`),
   * so without it a 12-row report showed two lines.
   */
  protected override updated(changes: PropertyValues): void {
    super.updated(changes);
    if (!changes.has('rows')) return;
    if (this.rows > -1) this.setAttribute('rows', String(this.rows));
    else this.removeAttribute('rows');
  }
}

/**
 * `sp-progressbar` (the built-in UXP name, with `value` of `max`) on SWC's `sp-progress-bar` (`progress` in percent).
 * Its accessible name is the panel's `aria-label`: SWC's bar would remove it while it has no visible `label`.
 */
class ValueOfMaxProgressBar extends ProgressBar {
  private valueOfMax = 0;
  private maxValue = 100;

  get value(): number {
    return this.valueOfMax;
  }
  set value(value: number) {
    this.valueOfMax = Number(value) || 0;
    this.progress = this.percent();
  }
  get max(): number {
    return this.maxValue;
  }
  set max(max: number) {
    this.maxValue = Number(max) > 0 ? Number(max) : 100;
    this.progress = this.percent();
  }
  protected override updated(changes: PropertyValues): void {
    const name = this.getAttribute('aria-label');
    super.updated(changes);
    if (name != null && this.label === '') this.setAttribute('aria-label', name);
  }
  private percent(): number {
    return Math.min(100, Math.max(0, (this.valueOfMax / this.maxValue) * 100));
  }
}

customElements.define('sp-picker', OptionsMenuPicker);
customElements.define('sp-textarea', MultilineTextfield);
customElements.define('sp-progressbar', ValueOfMaxProgressBar);
