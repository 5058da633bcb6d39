/**
 * ComfyUI has no authentication, so its emulator needs no demo credentials; the empty entry keeps
 * `cliprelay emulate` listing every provider. Its optional COMFYUI_WORKFLOW_JSON is left out so
 * demos run the built-in workflow, whose model files the emulator has.
 */
export const COMFYUI_EMULATOR_DEMO_CREDENTIALS = { comfyui: {} } as const satisfies Readonly<
  Record<string, Readonly<Record<string, string>>>
>;
