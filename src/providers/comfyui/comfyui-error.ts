import type { MappedErrorBody } from '../http';
import { comfyUiErrorBodySchema } from './comfyui-api-schemas';

/**
 * What an empty 403 from ComfyUI means and how to get past it. ComfyUI's server.py
 * (`create_origin_only_middleware`) refuses a request to a loopback address whose Origin header
 * names another host:port — a browser-style runtime such as Premiere's UXP may send one. Its own
 * way out is `--enable-cors-header [ORIGIN]` (comfy/cli_args.py: "Enable CORS … with optional
 * origin or allow all with default '*'"), which replaces that check; the check also fires when
 * the panel calls 127.0.0.1 and the Origin says localhost (or the reverse), so one name is used.
 */
export const COMFYUI_ORIGIN_ADVICE =
  'ComfyUI refused the request because its Origin header does not match the address ComfyUI was called at (its check against other web pages). ' +
  'Start ComfyUI with --enable-cors-header (e.g. python main.py --enable-cors-header), and use the same address everywhere (127.0.0.1 or localhost, not both)';

/**
 * ComfyUI's POST /prompt refusals in our terms (research/providers.md §8; server.py `post_prompt`,
 * execution.py `validate_prompt`): `node_errors` name each failing node with its class and
 * reasons, which become one sentence per node — "node 7 (KSampler): Value not in list:
 * sampler_name: 'x' not in […]" — so the user knows which node of their workflow to fix. Without
 * node errors the top-level `error` (type, message, details such as "Node ID '#3'") is used.
 * A bare 403 is ComfyUI's Origin check, explained.
 */
export function mapComfyUiErrorBody(status: number, body: unknown): MappedErrorBody {
  if (status === 403 && (body == null || body === '' || typeof body === 'string')) {
    return { kind: 'auth', message: COMFYUI_ORIGIN_ADVICE };
  }
  const parsed = comfyUiErrorBodySchema.safeParse(body);
  if (!parsed.success) return typeof body === 'string' && body !== '' ? { message: body } : {};
  const { error, node_errors: nodeErrors } = parsed.data;

  const nodeSentences =
    nodeErrors == null || Array.isArray(nodeErrors)
      ? []
      : Object.entries(nodeErrors).map(([nodeId, node]) => {
          const reasons = (node.errors ?? []).map((reason) =>
            [reason.message, reason.details].filter((part) => part != null && part !== '').join(': '),
          );
          return `node ${nodeId}${node.class_type == null ? '' : ` (${node.class_type})`}: ${reasons.join('; ') || 'invalid'}`;
        });
  const type = typeof error === 'object' && error != null ? (error.type ?? undefined) : undefined;
  const topLevel =
    typeof error === 'string'
      ? error
      : error == null
        ? undefined
        : [error.message, error.details].filter((part) => part != null && part !== '').join(': ');
  const advice = type === 'missing_node_type' ? 'install the custom node pack that provides it, or change the workflow' : undefined;
  const message = [...(nodeSentences.length > 0 ? nodeSentences : [topLevel]), advice]
    .filter((part) => part != null && part !== '')
    .join(' — ');
  return {
    kind: status === 400 ? 'invalid-request' : undefined,
    message: message === '' ? undefined : message,
    providerCode: type,
  };
}
