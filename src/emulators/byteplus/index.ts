export { createBytePlusEmulator, type BytePlusEmulator, type BytePlusEmulatorOptions } from './byteplus-emulator';

export { byteplusErrorBody, classifyBytePlusRequest } from './byteplus-emulator-errors';
export { DEMO_ARK_API_KEY } from './byteplus-demo-credentials';
