/**
 * The path, under an emulator's base URL, that Diagnostics asks to see whether the emulator is
 * there. No vendor API has it, so an emulator answers in its vendor's error envelope; and it is
 * not the client's API traffic, so scripted faults (even `any`) leave it alone.
 */
export const EMULATOR_PROBE_PATH = '/cliprelay-diagnostics-probe';
