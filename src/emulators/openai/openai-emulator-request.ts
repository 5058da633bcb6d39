import type { IncomingMessage } from 'node:http';

/** An OpenAI error as the API sends it: HTTP status and the `{"error": {…}}` envelope's fields. */
export interface OpenAIEmulatorError {
  readonly status: number;
  readonly message: string;
  /** @default 'invalid_request_error' */
  readonly type?: string;
  readonly param?: string | null;
  readonly code?: string | null;
  /** Azure OpenAI's envelope, `{"error": {code, message}}`, instead of OpenAI's. @default false */
  readonly azure?: boolean;
}

/** The reference image a create carried, as the emulator saw it. */
type OpenAIEmulatorReference =
  | { readonly kind: 'file'; readonly fileName: string; readonly mimeType: string; readonly byteLength: number }
  | { readonly kind: 'image_url'; readonly imageUrl: string }
  | { readonly kind: 'file_id'; readonly fileId: string };

/** A create body the emulator accepted, with the API's defaults applied. */
export interface OpenAIEmulatorCreate {
  readonly model: string;
  readonly prompt: string;
  readonly seconds: string;
  readonly size: string;
  readonly inputReference?: OpenAIEmulatorReference;
}

/** A create body as received: JSON fields as parsed, or multipart fields (files described). */
export interface OpenAIReceivedBody {
  readonly encoding: 'json' | 'multipart';
  readonly fields: Readonly<Record<string, unknown>>;
}

/** Models the Videos API lists (research/providers.md §1 "Parameters"). */
export const OPENAI_EMULATED_MODELS = ['sora-2', 'sora-2-pro', 'sora-2-2025-10-06', 'sora-2-pro-2025-10-06', 'sora-2-2025-12-08'] as const;
const SECONDS = ['4', '8', '12', '16', '20'];
const SIZES = ['720x1280', '1280x720', '1024x1792', '1792x1024'];
const PRO_ONLY_SIZES = ['1920x1080', '1080x1920'];
const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
const KNOWN_FIELDS = new Set(['model', 'prompt', 'seconds', 'size', 'input_reference']);
/** Multipart bodies may carry an image; far above what the API takes, far below harm. */
const MAX_BODY_BYTES = 25 * 1024 * 1024;
const MAX_PROMPT_CHARS = 32_000;

/**
 * Reads POST /videos in either encoding the SDKs use: JSON (openai-node before 6.27), or
 * multipart/form-data with nested objects as bracket keys, e.g. `input_reference[image_url]`
 * (6.27 and later; research/providers.md §1 "Create encoding").
 */
export async function readOpenAIBody(req: IncomingMessage): Promise<OpenAIReceivedBody | OpenAIEmulatorError> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return { status: 413, message: `Request body exceeds ${MAX_BODY_BYTES} bytes.` };
    chunks.push(chunk as Buffer);
  }
  const raw = Buffer.concat(chunks);
  const contentType = req.headers['content-type'] ?? '';

  if (contentType.startsWith('multipart/form-data')) {
    let form: FormData;
    try {
      form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    } catch {
      return { status: 400, message: 'Could not parse multipart form data.' };
    }
    const fields: Record<string, unknown> = {};
    for (const [name, value] of form.entries()) {
      fields[name] =
        typeof value === 'string'
          ? value
          : { fileName: value.name, mimeType: value.type, byteLength: (await value.arrayBuffer()).byteLength };
    }
    return { encoding: 'multipart', fields: unbracket(fields) };
  }

  try {
    const json: unknown = JSON.parse(raw.toString('utf8'));
    if (typeof json !== 'object' || json == null || Array.isArray(json)) {
      return { status: 400, message: 'The request body must be a JSON object.' };
    }
    return { encoding: 'json', fields: json as Record<string, unknown> };
  } catch {
    return {
      status: 400,
      message: "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly.)",
    };
  }
}

/**
 * Validates a create the way the Videos API does: unknown parameters refused, `seconds` a string
 * from the allowed set, sizes per model, a listed model (anything else — unknown or retired — is
 * the API's 404 `model_not_found`).
 */
export function validateOpenAICreate(
  body: OpenAIReceivedBody,
  availableModels: readonly string[],
): OpenAIEmulatorCreate | OpenAIEmulatorError {
  const { fields } = body;
  for (const name of Object.keys(fields)) {
    if (!KNOWN_FIELDS.has(name)) return { status: 400, message: `Unknown parameter: '${name}'.`, param: name, code: 'unknown_parameter' };
  }

  const model = fields.model ?? 'sora-2';
  if (typeof model !== 'string') return invalidType('model', 'a string', model);
  if (!availableModels.includes(model)) return modelNotFound(model);

  const { prompt } = fields;
  if (prompt == null || prompt === '') {
    return { status: 400, message: "Missing required parameter: 'prompt'.", param: 'prompt', code: 'missing_required_parameter' };
  }
  if (typeof prompt !== 'string') return invalidType('prompt', 'a string', prompt);
  if (prompt.length > MAX_PROMPT_CHARS) {
    return {
      status: 400,
      message: `Invalid 'prompt': string too long. Expected a maximum length of ${MAX_PROMPT_CHARS}.`,
      param: 'prompt',
      code: 'string_above_max_length',
    };
  }

  const seconds = fields.seconds ?? '4';
  if (typeof seconds !== 'string') return invalidType('seconds', `one of ${quoteList(SECONDS)}`, seconds);
  if (!SECONDS.includes(seconds)) return invalidValue('seconds', seconds, SECONDS);

  const size = fields.size ?? '720x1280';
  if (typeof size !== 'string') return invalidType('size', 'a string', size);
  const isPro = model.startsWith('sora-2-pro');
  const sizes = isPro ? [...SIZES, ...PRO_ONLY_SIZES] : SIZES;
  if (!sizes.includes(size)) return invalidValue('size', size, sizes);

  const reference = readReference(fields.input_reference);
  if (reference != null && 'status' in reference) return reference;
  return { model, prompt, seconds, size, inputReference: reference };
}

export function isOpenAIEmulatorError<Value extends object>(value: Value | OpenAIEmulatorError): value is OpenAIEmulatorError {
  return 'status' in value && 'message' in value;
}

/** The API's answer for a model it does not serve (unknown, or retired at this endpoint). */
export function modelNotFound(model: string): OpenAIEmulatorError {
  return { status: 404, message: `The model \`${model}\` does not exist or you do not have access to it.`, code: 'model_not_found' };
}

function readReference(value: unknown): OpenAIEmulatorReference | OpenAIEmulatorError | undefined {
  if (value == null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) return invalidType('input_reference', 'a file or an object', value);
  const record = value as Record<string, unknown>;
  if (typeof record.fileName === 'string' && typeof record.mimeType === 'string' && typeof record.byteLength === 'number') {
    if (!IMAGE_TYPES.includes(record.mimeType)) {
      return {
        status: 400,
        message: `Invalid file format '${record.mimeType}'. Supported formats: ${IMAGE_TYPES.join(', ')}.`,
        param: 'input_reference',
        code: 'invalid_value',
      };
    }
    return { kind: 'file', fileName: record.fileName, mimeType: record.mimeType, byteLength: record.byteLength };
  }
  if (typeof record.image_url === 'string' && record.image_url !== '') {
    if (!/^(https:\/\/|data:image\/)/.test(record.image_url)) {
      return {
        status: 400,
        message: "Invalid 'input_reference.image_url': expected an https URL or a data URL.",
        param: 'input_reference.image_url',
        code: 'invalid_value',
      };
    }
    return { kind: 'image_url', imageUrl: record.image_url };
  }
  if (typeof record.file_id === 'string' && record.file_id !== '') return { kind: 'file_id', fileId: record.file_id };
  return {
    status: 400,
    message: "Invalid 'input_reference': give a file, an image_url or a file_id.",
    param: 'input_reference',
    code: 'invalid_value',
  };
}

/** `input_reference[image_url]=x` → `{input_reference: {image_url: x}}` (one level, as the SDK writes it). */
function unbracket(fields: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) {
    const match = /^([^[\]]+)\[([^[\]]+)\]$/.exec(name);
    if (match == null) {
      result[name] = value;
      continue;
    }
    const [, parent, child] = match as unknown as [string, string, string];
    const nested = (result[parent] ??= {}) as Record<string, unknown>;
    nested[child] = value;
  }
  return result;
}

function invalidType(param: string, expected: string, value: unknown): OpenAIEmulatorError {
  const got =
    typeof value === 'number'
      ? Number.isInteger(value)
        ? 'an integer'
        : 'a decimal'
      : Array.isArray(value)
        ? 'an array'
        : `a ${typeof value}`;
  return {
    status: 400,
    message: `Invalid type for '${param}': expected ${expected}, but got ${got} instead.`,
    param,
    code: 'invalid_type',
  };
}

function invalidValue(param: string, value: string, allowed: readonly string[]): OpenAIEmulatorError {
  return { status: 400, message: `Invalid value: '${value}'. Supported values are: ${quoteList(allowed)}.`, param, code: 'invalid_value' };
}

function quoteList(values: readonly string[]): string {
  const quoted = values.map((value) => `'${value}'`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')}, and ${quoted.at(-1)}`;
}
