import type { JsonValue } from '../spec';
import { ComfyUiWorkflowError } from './comfyui-workflow-error';

/** One node of an API-format workflow ("Export (API)" in ComfyUI), as POST /prompt takes it. */
interface ComfyUiNode {
  readonly class_type: string;
  /** Literal values, or links `[sourceNodeId, outputIndex]` to another node's output. */
  readonly inputs: { readonly [name: string]: JsonValue };
  readonly _meta?: { readonly title?: string };
}

/** An API-format workflow: node id → node. */
export type ComfyUiWorkflow = { readonly [nodeId: string]: ComfyUiNode };

/**
 * The placeholders ClipRelay fills, and the JSON type each becomes when it is an input's whole
 * value (`"seed": "{{seed}}"` becomes the number, not the string). Inside longer text
 * (`"cinematic, {{prompt}}"`) every placeholder is inserted as text.
 */
const COMFYUI_PLACEHOLDERS = {
  prompt: 'text',
  negative_prompt: 'text',
  seed: 'number',
  duration_seconds: 'number',
  /** durationSeconds × fps + 1: the frame count LTX-Video, Wan and Hunyuan count (N seconds plus the first frame). */
  frames: 'number',
  fps: 'number',
  width: 'number',
  height: 'number',
  aspect_ratio: 'text',
  generate_audio: 'boolean',
} as const;

type ComfyUiPlaceholder = keyof typeof COMFYUI_PLACEHOLDERS;
export type ComfyUiPlaceholderValues = { readonly [Name in ComfyUiPlaceholder]: string | number | boolean };

const PLACEHOLDER = /\{\{\s*([A-Za-z_]+)\s*\}\}/g;
const WHOLE_PLACEHOLDER = /^\{\{\s*([A-Za-z_]+)\s*\}\}$/;

/**
 * Reads and checks a user-supplied workflow: JSON text or an object, API format (an object of
 * nodes with `class_type` and `inputs`), links pointing at nodes that exist, only known
 * placeholders, and the two it cannot work without — `{{prompt}}`, and `{{duration_seconds}}` or
 * `{{frames}}`. Throws ComfyUiWorkflowError listing every problem.
 */
export function parseComfyUiWorkflow(source: unknown): ComfyUiWorkflow {
  let value = source;
  if (typeof source === 'string') {
    try {
      value = JSON.parse(source) as unknown;
    } catch (error) {
      throw new ComfyUiWorkflowError([`it is not JSON (${(error as Error).message})`]);
    }
  }
  if (!isRecord(value)) throw new ComfyUiWorkflowError(['it must be a JSON object of nodes (API format)']);
  if (Array.isArray(value.nodes) && Array.isArray(value.links)) {
    throw new ComfyUiWorkflowError(['this is the editor\u2019s workflow format; in ComfyUI use "Export (API)" and supply that file']);
  }
  const entries = Object.entries(value);
  if (entries.length === 0) throw new ComfyUiWorkflowError(['it has no nodes']);

  const problems: string[] = [];
  for (const [nodeId, node] of entries) {
    if (!isRecord(node)) {
      problems.push(`node "${nodeId}" is not an object`);
      continue;
    }
    if (typeof node.class_type !== 'string' || node.class_type === '') problems.push(`node "${nodeId}" has no class_type`);
    if (!isRecord(node.inputs)) {
      problems.push(`node "${nodeId}" has no inputs object`);
      continue;
    }
    for (const [inputName, input] of Object.entries(node.inputs)) {
      if (isLink(input) && !hasOwn(value, input[0])) {
        problems.push(`node "${nodeId}" input "${inputName}" links to node "${input[0]}", which is not in the workflow`);
      }
    }
  }
  if (problems.length > 0) throw new ComfyUiWorkflowError(problems);

  const workflow = value as ComfyUiWorkflow;
  const found = findPlaceholderNames(workflow);
  const unknown = [...found].filter((name) => !isPlaceholder(name));
  if (unknown.length > 0) {
    problems.push(
      `unknown placeholder${unknown.length > 1 ? 's' : ''} ${unknown.map((name) => `{{${name}}}`).join(', ')} (known: ${Object.keys(
        COMFYUI_PLACEHOLDERS,
      )
        .map((name) => `{{${name}}}`)
        .join(', ')})`,
    );
  }
  if (!found.has('prompt'))
    problems.push('no {{prompt}} placeholder: put "{{prompt}}" as the text of the positive prompt node (e.g. CLIPTextEncode)');
  if (!found.has('duration_seconds') && !found.has('frames')) {
    problems.push(
      'no {{frames}} or {{duration_seconds}} placeholder: put one in the length input of the video latent node, so the clip length can be set',
    );
  }
  if (problems.length > 0) throw new ComfyUiWorkflowError(problems);
  return workflow;
}

/** The placeholders a (parsed) workflow uses, in its node inputs. */
export function comfyUiWorkflowPlaceholders(workflow: ComfyUiWorkflow): ReadonlySet<ComfyUiPlaceholder> {
  return new Set([...findPlaceholderNames(workflow)].filter(isPlaceholder));
}

/**
 * A copy of the workflow with every placeholder replaced, on the parsed JSON — never by string
 * concatenation, so a prompt with quotes, backslashes or `{{…}}` of its own cannot break the
 * graph or inject inputs. A whole-value placeholder takes its value's JSON type.
 */
export function fillComfyUiWorkflow(workflow: ComfyUiWorkflow, values: ComfyUiPlaceholderValues): ComfyUiWorkflow {
  const fill = (value: JsonValue): JsonValue => {
    if (typeof value === 'string') return fillString(value, values);
    if (Array.isArray(value)) return value.map(fill);
    if (value != null && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fill(item)]));
    return value;
  };
  return Object.fromEntries(
    Object.entries(workflow).map(([nodeId, node]) => [
      nodeId,
      { ...node, inputs: Object.fromEntries(Object.entries(node.inputs).map(([name, value]) => [name, fill(value)])) },
    ]),
  );
}

function fillString(text: string, values: ComfyUiPlaceholderValues): JsonValue {
  const whole = WHOLE_PLACEHOLDER.exec(text)?.[1];
  if (whole != null && isPlaceholder(whole)) return values[whole];
  // One pass over the original text: inserted values are never scanned again for placeholders.
  return text.replace(PLACEHOLDER, (match, name: string) => (isPlaceholder(name) ? String(values[name]) : match));
}

/** Own keys only: "constructor" or "toString" in a workflow must not reach Object.prototype. */
function isPlaceholder(name: string): name is ComfyUiPlaceholder {
  return hasOwn(COMFYUI_PLACEHOLDERS, name);
}

function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

function findPlaceholderNames(workflow: ComfyUiWorkflow): Set<string> {
  const names = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') for (const match of value.matchAll(PLACEHOLDER)) names.add(match[1]!);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (isRecord(value)) Object.values(value).forEach(visit);
  };
  for (const node of Object.values(workflow)) visit(node.inputs);
  return names;
}

/** A link input: `[nodeId, outputIndex]`. */
function isLink(value: unknown): value is [string, number] {
  return Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && Number.isInteger(value[1]);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value != null && !Array.isArray(value);
}
