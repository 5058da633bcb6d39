import type { IncomingMessage, ServerResponse } from 'node:http';
import { abortableDelay } from '../../shared/abortable-delay';
import { EMULATOR_PROBE_PATH } from '../../shared/diagnostics/emulator-probe-path';
import type { EmulatorMount } from '../emulator-router';
import type { FaultEffect } from './emulator-fault';
import type { FaultInjector } from './fault-injector';

/**
 * Wraps a mount so scripted faults hit its requests: the mount says which phase a request is
 * (create, poll, download) and how its vendor words an error; the fault decides what goes wrong.
 * Diagnostics' probe is not the client's traffic: a fault queued for the next call waits for it.
 */
export function withFaults(mount: EmulatorMount, injector: FaultInjector): EmulatorMount {
  return {
    ...mount,
    async handle(req, res, path) {
      if (path.endsWith(EMULATOR_PROBE_PATH)) return mount.handle(req, res, path);
      const phase = mount.classify?.(req.method ?? 'GET', path) ?? 'other';
      const fault = injector.take(mount.name, phase);
      if (fault == null) return mount.handle(req, res, path);
      return applyEffect(fault.effect, mount, req, res, path);
    },
  };
}

async function applyEffect(
  effect: FaultEffect,
  mount: EmulatorMount,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): Promise<boolean> {
  switch (effect.kind) {
    case 'status': {
      req.resume(); // the request body is not read: the call "failed" before the vendor looked at it
      const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
      if (effect.retryAfterSeconds != null && mount.retryHintInBody !== true) headers['retry-after'] = String(effect.retryAfterSeconds);
      const body = mount.errorBody?.(effect.status, { retryAfterSeconds: effect.retryAfterSeconds }) ?? {
        error: { message: `Emulated fault: HTTP ${effect.status}` },
      };
      res.writeHead(effect.status, headers).end(JSON.stringify(body));
      return true;
    }
    case 'delay':
      await abortableDelay(effect.delayMs);
      return mount.handle(req, res, path);
    case 'drop-answer':
      interceptBody(res, () => 0, 'drop');
      return mount.handle(req, res, path);
    case 'gateway-status':
      replaceAnswer(res, effect.status);
      return mount.handle(req, res, path);
    case 'malformed-json':
      interceptBody(res, (total) => Math.max(1, Math.floor(total / 2)), 'garble');
      return mount.handle(req, res, path);
    case 'drop-download':
      interceptBody(res, () => effect.afterBytes, 'drop');
      return mount.handle(req, res, path);
    case 'stall-download':
      interceptBody(res, () => effect.afterBytes, 'stall');
      return mount.handle(req, res, path);
  }
}

/**
 * Lets the mount do its work and answer, but swallows that answer and sends `status` with a
 * gateway's plain-text body instead, as a proxy does when the upstream answer times out.
 */
function replaceAnswer(res: ServerResponse, status: number): void {
  const writeHead = res.writeHead.bind(res) as (status: number, headers?: Record<string, string>) => ServerResponse;
  const end = res.end.bind(res) as (chunk?: string) => ServerResponse;
  res.writeHead = () => res;
  res.setHeader = () => res;
  res.write = (() => true) as ServerResponse['write'];
  res.end = (() => {
    writeHead(status, { 'content-type': 'text/html' });
    return end(`<html><body><h1>${status} Gateway error</h1></body></html>`);
  }) as ServerResponse['end'];
}

/**
 * Lets the mount answer normally but passes on only the first `keepBytes(total)` body bytes. Then
 * 'drop' destroys the socket (a connection cut mid-body, Content-Length unmet), 'stall' sends
 * nothing more but keeps the socket open, and 'garble' pads the rest with spaces (a complete
 * response whose JSON is cut off: malformed, not short).
 */
function interceptBody(res: ServerResponse, keepBytes: (declaredTotal: number) => number, mode: 'drop' | 'garble' | 'stall'): void {
  const write = res.write.bind(res) as (chunk: Buffer) => boolean;
  const end = res.end.bind(res) as () => ServerResponse;
  let sent = 0;
  let limit: number | undefined;
  let cut = false;
  // Headers given to writeHead() never reach getHeader(), so note Content-Length on the way past.
  let declaredTotal = 0;
  const writeHead = res.writeHead.bind(res) as (status: number, headers?: Record<string, string>) => ServerResponse;
  res.writeHead = ((status: number, headers?: Record<string, string>) => {
    declaredTotal = Number(headers?.['content-length'] ?? res.getHeader('content-length') ?? 0);
    return writeHead(status, headers);
  }) as ServerResponse['writeHead'];
  const pass = (chunk: unknown): boolean => {
    if (cut || chunk == null) return true;
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    limit ??= keepBytes(declaredTotal);
    const room = limit - sent;
    if (bytes.length < room) {
      sent += bytes.length;
      return write(bytes);
    }
    if (room > 0) write(bytes.subarray(0, room));
    sent += Math.max(0, room);
    cut = true;
    if (mode === 'garble') {
      if (declaredTotal > sent) write(Buffer.alloc(declaredTotal - sent, 0x20));
      end();
    } else if (mode === 'drop') {
      // With nothing written, not even the status line leaves: the client sees the connection drop.
      setImmediate(() => res.socket?.destroy());
    }
    return true;
  };
  res.write = ((chunk: unknown) => pass(chunk)) as ServerResponse['write'];
  res.end = ((chunk?: unknown) => {
    if (typeof chunk !== 'function') pass(chunk);
    return cut ? res : end();
  }) as ServerResponse['end'];
}
