import { emulatorPath } from './emulator-paths';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DEMO_KLING_ACCESS_KEY, DEMO_KLING_SECRET_KEY } from './demo-credentials';
import {
  byteplusErrorBody,
  classifyBytePlusRequest,
  createBytePlusEmulator,
  DEMO_ARK_API_KEY,
  type BytePlusEmulator,
  type BytePlusEmulatorOptions,
} from './byteplus';
import { routeEmulatorRequest, type EmulatorMount } from './emulator-router';
import {
  classifyComfyUiRequest,
  comfyUiErrorBody,
  createComfyUiEmulator,
  type ComfyUiEmulator,
  type ComfyUiEmulatorOptions,
} from './comfyui';
import { classifyFalRequest, createFalEmulator, DEMO_FAL_KEY, falErrorBody, type FalEmulator, type FalEmulatorOptions } from './fal';
import { FaultInjector, withFaults } from './faults';
import {
  classifyGoogleRequest,
  createGoogleEmulator,
  DEMO_GEMINI_API_KEY,
  DEMO_VERTEX_ACCESS_TOKEN,
  DEMO_VERTEX_PROJECT,
  googleErrorBody,
  type GoogleEmulator,
  type GoogleEmulatorOptions,
} from './google';
import { createKlingEmulator, type KlingEmulator, type KlingEmulatorOptions } from './kling';
import { classifyKlingRequest, klingErrorBody } from './kling/kling-emulator-phases';
import {
  classifyOpenAIRequest,
  createOpenAIEmulator,
  DEMO_OPENAI_API_KEY,
  openaiErrorBody,
  type OpenAIEmulator,
  type OpenAIEmulatorOptions,
} from './openai';
import {
  classifyRunwayRequest,
  createRunwayEmulator,
  DEMO_RUNWAYML_API_SECRET,
  runwayErrorBody,
  type RunwayEmulator,
  type RunwayEmulatorOptions,
} from './runway';

export interface MountEmulatorsOptions {
  /** The MP4 every emulated job returns (the demo clip). */
  readonly videoBytes: Uint8Array;
  /** Prefix in front of every provider mount, e.g. "/emulators". @default '' (so Kling is at /kling) */
  readonly basePath?: string;
  /** Overrides for the Kling emulator; keys default to the demo credentials. */
  readonly kling?: Partial<Omit<KlingEmulatorOptions, 'videoBytes' | 'basePath'>>;
  readonly openai?: Partial<Omit<OpenAIEmulatorOptions, 'videoBytes'>>;
  readonly runway?: Partial<Omit<RunwayEmulatorOptions, 'videoBytes' | 'basePath'>>;
  readonly google?: Partial<Omit<GoogleEmulatorOptions, 'videoBytes' | 'basePath'>>;
  readonly fal?: Partial<Omit<FalEmulatorOptions, 'videoBytes' | 'basePath'>>;
  readonly byteplus?: Partial<Omit<BytePlusEmulatorOptions, 'videoBytes' | 'basePath'>>;
  readonly comfyui?: Partial<Omit<ComfyUiEmulatorOptions, 'videoBytes'>>;
  /** Scripted faults; tests add to it while the server runs. @default a new, empty injector */
  readonly faults?: FaultInjector;
}

export interface MountedEmulators {
  readonly mounts: readonly EmulatorMount[];
  readonly kling: KlingEmulator;
  readonly openai: OpenAIEmulator;
  readonly runway: RunwayEmulator;
  readonly google: GoogleEmulator;
  readonly fal: FalEmulator;
  readonly byteplus: BytePlusEmulator;
  readonly comfyui: ComfyUiEmulator;
  readonly faults: FaultInjector;
  /** Serves the request when it belongs to an emulator; resolves false otherwise. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
}

/**
 * Every provider emulator, each under `<basePath>/<provider>`. Used by the standalone emulator
 * server and by the sandbox server, so both speak the same protocols. New vendors (openai,
 * google, runway, fal, comfyui) add one mount here.
 */
export function mountEmulators(options: MountEmulatorsOptions): MountedEmulators {
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const klingPrefix = `${basePath}${emulatorPath('kling')}`;
  const kling = createKlingEmulator({
    accessKey: DEMO_KLING_ACCESS_KEY,
    secretKey: DEMO_KLING_SECRET_KEY,
    ...options.kling,
    videoBytes: options.videoBytes,
    basePath: klingPrefix,
  });
  // The OpenAI emulator builds content URLs from the client's own base URL: no prefix needed.
  const openai = createOpenAIEmulator({ apiKey: DEMO_OPENAI_API_KEY, ...options.openai, videoBytes: options.videoBytes });
  const runwayPrefix = `${basePath}${emulatorPath('runway')}`;
  const runway = createRunwayEmulator({
    apiSecret: DEMO_RUNWAYML_API_SECRET,
    ...options.runway,
    videoBytes: options.videoBytes,
    basePath: runwayPrefix,
  });
  // Both Google registrations (Gemini API and Vertex AI) share this mount.
  const googlePrefix = `${basePath}${emulatorPath('google')}`;
  const google = createGoogleEmulator({
    apiKey: DEMO_GEMINI_API_KEY,
    accessToken: DEMO_VERTEX_ACCESS_TOKEN,
    project: DEMO_VERTEX_PROJECT,
    ...options.google,
    videoBytes: options.videoBytes,
    basePath: googlePrefix,
  });
  const falPrefix = `${basePath}${emulatorPath('fal')}`;
  const fal = createFalEmulator({ apiKey: DEMO_FAL_KEY, ...options.fal, videoBytes: options.videoBytes, basePath: falPrefix });
  const byteplusPrefix = `${basePath}${emulatorPath('byteplus')}`;
  const byteplus = createBytePlusEmulator({
    apiKey: DEMO_ARK_API_KEY,
    ...options.byteplus,
    videoBytes: options.videoBytes,
    basePath: byteplusPrefix,
  });
  const comfyui = createComfyUiEmulator({ ...options.comfyui, videoBytes: options.videoBytes });
  const faults = options.faults ?? new FaultInjector();
  const mounts: EmulatorMount[] = [
    { name: 'kling', prefix: klingPrefix, handle: kling.handle.bind(kling), classify: classifyKlingRequest, errorBody: klingErrorBody },
    {
      name: 'openai',
      prefix: `${basePath}${emulatorPath('openai')}`,
      handle: openai.handle.bind(openai),
      classify: classifyOpenAIRequest,
      errorBody: openaiErrorBody,
    },
    {
      name: 'runway',
      prefix: runwayPrefix,
      handle: runway.handle.bind(runway),
      classify: classifyRunwayRequest,
      errorBody: runwayErrorBody,
    },
    {
      name: 'google',
      prefix: googlePrefix,
      handle: google.handle.bind(google),
      classify: classifyGoogleRequest,
      errorBody: googleErrorBody,
      retryHintInBody: true,
    },
    { name: 'fal', prefix: falPrefix, handle: fal.handle.bind(fal), classify: classifyFalRequest, errorBody: falErrorBody },
    {
      name: 'byteplus',
      prefix: byteplusPrefix,
      handle: byteplus.handle.bind(byteplus),
      classify: classifyBytePlusRequest,
      errorBody: byteplusErrorBody,
    },
    {
      name: 'comfyui',
      prefix: `${basePath}${emulatorPath('comfyui')}`,
      handle: comfyui.handle.bind(comfyui),
      classify: classifyComfyUiRequest,
      errorBody: comfyUiErrorBody,
    },
  ].map((mount) => withFaults(mount, faults));
  return {
    mounts,
    kling,
    openai,
    runway,
    google,
    fal,
    byteplus,
    comfyui,
    faults,
    handle: (req, res) => routeEmulatorRequest(mounts, req, res),
  };
}
