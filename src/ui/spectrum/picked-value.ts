/** One choice of a picker: what the code keeps, and what the editor reads. */
export interface PickerOption {
  readonly value: string;
  readonly label: string;
}

/** What a picker element reports after a change: Premiere's built-in picker its `selectedIndex`, Spectrum Web Components' its `value`. */
interface PickerState {
  readonly selectedIndex?: unknown;
  readonly value?: unknown;
}

/**
 * The option a picker now shows, or null when it shows none of `options`. Premiere's built-in `sp-picker`
 * documents `selectedIndex` (its menu items carry no value of ours); Spectrum Web Components' picker has no
 * index, only the chosen item's `value`. Whichever the element has decides, so both runtimes share one picker.
 */
export function pickedValue(picker: PickerState, options: readonly PickerOption[]): string | null {
  if (typeof picker.selectedIndex === 'number' && Number.isInteger(picker.selectedIndex)) {
    return options[picker.selectedIndex]?.value ?? null;
  }
  if (typeof picker.value === 'string') {
    return options.some((option) => option.value === picker.value) ? picker.value : null;
  }
  return null;
}
