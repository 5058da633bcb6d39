export { createKlingEmulator, type KlingEmulator, type KlingEmulatorOptions } from './kling-emulator';
