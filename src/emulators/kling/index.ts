export {
  createKlingEmulator,
  KLING_MODERATION_MARKER,
  type KlingEmulator,
  type KlingEmulatorOptions,
  type KlingEmulatorTask,
  type KlingEmulatorFault,
  type KlingTaskStatus,
} from './kling-emulator';
