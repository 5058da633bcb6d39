import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '../emulator-http';
import type { EmulatorRoute } from '../emulator-routes';
import { googleErrorEnvelope, invalidArgument, type GoogleEmulatorFailure } from './google-emulator-errors';
import {
  GOOGLE_OMNI_MODELS,
  GOOGLE_RETIRED_OMNI_MODELS,
  validateInteractionCreate,
  type GoogleEmulatorInteractionCreate,
  type OmniModelRules,
} from './google-emulator-interaction-request';

/** Outcomes scripted by prompt markers, as for Veo (GOOGLE_PROMPT_MARKERS). */
type GoogleInteractionOutcome = 'success' | 'moderated' | 'failed' | 'never';

/** An interaction as the emulator stores it; tests read these to see exactly what was sent. */
export interface GoogleEmulatorInteraction {
  readonly id: string;
  readonly model: string;
  /** The create body exactly as received (parsed JSON). */
  readonly requestBody: unknown;
  readonly create: GoogleEmulatorInteractionCreate;
  readonly outcome: GoogleInteractionOutcome;
  /** Seconds of video in the chain this generation ends (itself plus what it extends). */
  readonly totalSeconds: number;
  /** Status reads so far; it completes after `pollsUntilDone` of them. */
  polls: number;
  cancelled: boolean;
  readonly createdIso: string;
  /** The Gemini file its result is served under with `delivery: "uri"`. */
  readonly fileId: string;
}

/** Reads the request's JSON body once, or says why it cannot. */
type ReadBody = (req: IncomingMessage) => Promise<{ json: unknown } | { failure: GoogleEmulatorFailure }>;

interface InteractionsEmulationOptions {
  readonly now: () => number;
  readonly pollsUntilDone: number;
  /** Origin written into result file URIs (the real API's, as for Veo). */
  readonly fileUriOrigin: string;
  readonly videoBase64: string;
  readonly outcomeFor: (prompt: string) => GoogleInteractionOutcome;
  /** Omni ids this account is served (a subset of `models`). */
  readonly servedModels: readonly string[];
  /** What each Omni id of this platform accepts. @default GOOGLE_OMNI_MODELS (the Gemini API's) */
  readonly models?: Readonly<Record<string, OmniModelRules>>;
  /** The API version named in "not found" answers, e.g. "v1beta1" on Vertex. @default 'v1beta' */
  readonly apiVersion?: string;
}

interface InteractionsEmulation {
  readonly interactions: ReadonlyMap<string, GoogleEmulatorInteraction>;
  /** True when `fileId` names the finished result of an interaction (for the shared file routes). */
  isFileReady(fileId: string): boolean;
  /**
   * The route-table lines for `/interactions…` below `versionPath`, a pattern without capture
   * groups (Gemini API: `/v1beta`; Vertex: `/v1beta1/projects/[^/]+/locations/[^/]+`); the table
   * checks credentials first.
   */
  routes(versionPath: string, readBody: ReadBody): EmulatorRoute[];
}

/**
 * Failure wording. Google documents neither the text nor where a refusal sits in a failed
 * interaction, so both are our inference (I): a safety block comes as a `model_output` step whose
 * `error` is a google.rpc.Status (the SDK's ModelOutputStep has that field), an internal failure as
 * `errors[]` on the interaction (the SDK's "Diagnostic faults / platform errors recorded").
 */
const RAI_MESSAGE =
  "The video could not be generated because the input prompt violates Gemini API's usage guidelines. You will not be charged for blocked videos.";
const FAILURE = { code: 'internal', message: 'Video generation failed due to an internal error. Please try again later.' };

/**
 * The Gemini API's Interactions API for Gemini Omni video, shaped by what `@google/genai` 2.32.0
 * sends and reads (dist/node/index.cjs `interactionsCreate`/`interactionsGet`/`interactionsCancel`:
 * `POST /{v}/interactions`, `GET /{v}/interactions/{id}`, `POST /{v}/interactions/{id}/cancel`,
 * `DELETE /{v}/interactions/{id}`; bodies in snake_case; `Interaction {id, status, steps[]}` with
 * the video as a `{type: "video", data | uri, mime_type}` block of a `model_output` step).
 * A background create answers `in_progress` and completes after `pollsUntilDone` reads; a blocking
 * one answers finished at once. `previous_interaction_id` must name a finished generation.
 */
export function createInteractionsEmulation(options: InteractionsEmulationOptions): InteractionsEmulation {
  const models = options.models ?? GOOGLE_OMNI_MODELS;
  const interactions = new Map<string, GoogleEmulatorInteraction>();
  const byFile = new Map<string, GoogleEmulatorInteraction>();
  const send = (res: ServerResponse, status: number, body: unknown) => sendJson(res, status, body);
  const refuse = (res: ServerResponse, failure: GoogleEmulatorFailure) => sendJson(res, failure.httpStatus, googleErrorEnvelope(failure));

  const state = (interaction: GoogleEmulatorInteraction) => {
    if (interaction.cancelled) return 'cancelled';
    const done = interaction.outcome !== 'never' && (!interaction.create.background || interaction.polls > options.pollsUntilDone);
    if (!done) return interaction.polls === 0 && interaction.create.background ? 'queued' : 'in_progress';
    return interaction.outcome === 'success' ? 'completed' : 'failed';
  };

  function body(interaction: GoogleEmulatorInteraction): unknown {
    const status = state(interaction);
    const steps: unknown[] = [{ type: 'user_input', content: [{ type: 'text', text: interaction.create.prompt }] }];
    if (status === 'completed') {
      const video =
        interaction.create.delivery === 'uri'
          ? { type: 'video', mime_type: 'video/mp4', uri: `${options.fileUriOrigin}/v1beta/files/${interaction.fileId}:download?alt=media` }
          : { type: 'video', mime_type: 'video/mp4', data: options.videoBase64 };
      steps.push({ type: 'model_output', content: [video] });
    }
    if (status === 'failed' && interaction.outcome === 'moderated')
      steps.push({ type: 'model_output', error: { code: 3, message: RAI_MESSAGE } });
    return {
      id: interaction.id,
      object: 'interaction',
      model: interaction.model,
      status,
      created: interaction.createdIso,
      updated: new Date(options.now()).toISOString(),
      ...(interaction.create.previousInteractionId == null ? {} : { previous_interaction_id: interaction.create.previousInteractionId }),
      steps,
      ...(status === 'failed' && interaction.outcome === 'failed' ? { errors: [FAILURE] } : {}),
    };
  }

  const notFound = (id: string): GoogleEmulatorFailure => ({
    httpStatus: 404,
    status: 'NOT_FOUND',
    message: `Interaction ${id} not found.`,
  });

  async function handleCreate(req: IncomingMessage, res: ServerResponse, readBody: ReadBody) {
    const read = await readBody(req);
    if ('failure' in read) return refuse(res, read.failure);
    const model = typeof (read.json as { model?: unknown } | null)?.model === 'string' ? (read.json as { model: string }).model : '';
    // A shut-down id answers like the Veo preview ids did (research §1; wording T).
    if (GOOGLE_RETIRED_OMNI_MODELS.includes(model)) {
      return refuse(res, {
        httpStatus: 404,
        status: 'NOT_FOUND',
        message: `models/${model} is no longer available. Please use a newer model.`,
      });
    }
    if (model !== '' && (models[model] == null || !options.servedModels.includes(model))) {
      return refuse(res, {
        httpStatus: 404,
        status: 'NOT_FOUND',
        message: `models/${model} is not found for API version ${options.apiVersion ?? 'v1beta'}, or is not supported for interactions.`,
      });
    }
    const create = validateInteractionCreate(read.json, models);
    if ('httpStatus' in create) return refuse(res, create);

    let totalSeconds = create.durationSeconds;
    if (create.previousInteractionId != null) {
      // Refusal shape for an unknown or unfinished previous generation is our inference (I).
      const previous = interactions.get(create.previousInteractionId);
      if (previous == null || state(previous) !== 'completed') {
        return refuse(
          res,
          invalidArgument(
            `previous_interaction_id ${create.previousInteractionId} does not name a completed interaction.`,
            'previous_interaction_id',
          ),
        );
      }
      if (create.task === 'extend') totalSeconds += previous.totalSeconds;
      const limit = models[create.model]!.maxTotalSeconds;
      if (totalSeconds > limit) {
        return refuse(
          res,
          invalidArgument(
            `An extended video can be at most ${limit} seconds long; this one would be ${totalSeconds}.`,
            'response_format.duration',
          ),
        );
      }
    }
    const interaction: GoogleEmulatorInteraction = {
      id: `v1_${randomBytes(12).toString('base64url')}`,
      model: create.model,
      requestBody: read.json,
      create,
      outcome: options.outcomeFor(create.prompt),
      totalSeconds,
      polls: 0,
      cancelled: false,
      createdIso: new Date(options.now()).toISOString(),
      fileId: randomBytes(8).toString('hex'),
    };
    interactions.set(interaction.id, interaction);
    byFile.set(interaction.fileId, interaction);
    send(res, 200, body(interaction));
  }

  function handleCancel(res: ServerResponse, id: string): void {
    const interaction = interactions.get(id);
    if (interaction == null) return refuse(res, notFound(id));
    if (!interaction.create.background || ['completed', 'failed'].includes(state(interaction))) {
      // "This only applies to background interactions that are still running" (SDK doc comment, S);
      // the refusal's status and text are our inference (I).
      return refuse(res, {
        httpStatus: 400,
        status: 'FAILED_PRECONDITION',
        message: `Interaction ${interaction.id} is not a running background interaction.`,
      });
    }
    interaction.cancelled = true;
    send(res, 200, body(interaction));
  }

  function handleGet(res: ServerResponse, id: string): void {
    const interaction = interactions.get(id);
    if (interaction == null) return refuse(res, notFound(id));
    interaction.polls++;
    send(res, 200, body(interaction));
  }

  function handleDelete(res: ServerResponse, id: string): void {
    const interaction = interactions.get(id);
    if (interaction == null) return refuse(res, notFound(id));
    interactions.delete(interaction.id);
    send(res, 200, {});
  }

  const routes = (versionPath: string, readBody: ReadBody): EmulatorRoute[] => [
    { methods: ['POST'], pattern: new RegExp(`^${versionPath}/interactions$`), handle: ({ req, res }) => handleCreate(req, res, readBody) },
    {
      methods: ['POST'],
      pattern: new RegExp(`^${versionPath}/interactions/([^/:]+)/cancel$`),
      handle: ({ res, params }) => handleCancel(res, params[0]!),
    },
    {
      methods: ['GET'],
      pattern: new RegExp(`^${versionPath}/interactions/([^/:]+)$`),
      handle: ({ res, params }) => handleGet(res, params[0]!),
    },
    {
      methods: ['DELETE'],
      pattern: new RegExp(`^${versionPath}/interactions/([^/:]+)$`),
      handle: ({ res, params }) => handleDelete(res, params[0]!),
    },
  ];

  return {
    interactions,
    isFileReady: (fileId) => {
      const interaction = byFile.get(fileId);
      return interaction != null && interaction.create.delivery === 'uri' && state(interaction) === 'completed';
    },
    routes,
  };
}
