import { AppError, describeError, type LocalizedMessage } from '../../shared/app-error';
import { HostOperationError, HostUnavailableError, TrackOccupiedError, type TrackKind } from '../../hosts/spec';
import { HOST_OPERATION_KINDS } from '../../hosts/spec/host-operation';
import type { MessageId } from '../../shared/i18n/catalogs';
import type { BridgedError } from './resolve-bridge-api';

/** A page asked for something the bridge does not offer or allow (a channel, a path, a host). */
export class BridgeRefusedError extends AppError {
  constructor(init: { message: string }) {
    super(init.message);
    this.name = 'BridgeRefusedError';
  }
}

/** An error as plain data: only its class name, message and the fields the page acts on cross IPC. */
export function toBridgedError(error: unknown): BridgedError {
  const fields: Record<string, string | number> = {};
  if (error instanceof HostOperationError) {
    Object.assign(fields, { operation: error.operation, kind: error.kind });
    // The host's account as its catalog message, so the page says it in the editor's language.
    const detail = error.localized?.parts?.['detail'];
    if (detail != null) fields['detailMessage'] = JSON.stringify({ id: detail.id, values: detail.values ?? {} });
  }
  if (error instanceof TrackOccupiedError)
    Object.assign(fields, { trackKind: error.trackKind, trackIndex: error.trackIndex, occupiedBy: error.occupiedBy });
  // A catalog message without values ("open a timeline first") crosses too, so the panel says it in its language.
  if (AppError.isInstance(error) && error.localized != null && error.localized.values == null) fields['messageId'] = error.localized.id;
  return { name: error instanceof Error ? error.name : 'Error', message: describeError(error), fields };
}

/** The error class again on the page side, so the panel's `instanceof` checks hold. */
export function fromBridgedError(error: BridgedError): Error {
  const text = (key: string) => String(error.fields[key] ?? '');
  const kind = HOST_OPERATION_KINDS.find((known) => known === error.fields['kind']);
  // A kind this page does not know (never, within one build) leaves the English message as it came.
  if (kind == null || (error.name !== 'TrackOccupiedError' && error.name !== 'HostOperationError')) return otherError(error);
  const operation = { kind, name: text('operation') };
  if (error.name === 'TrackOccupiedError')
    return new TrackOccupiedError(operation, text('trackKind') as TrackKind, Number(error.fields['trackIndex']), text('occupiedBy'));
  // The message already starts with "<operation> failed: "; the rest is the detail its catalog message repeats.
  const prefix = `${operation.name} failed: `;
  const english = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : '';
  const rebuilt = new HostOperationError(operation, { english, localized: detailMessageOf(error.fields['detailMessage']) });
  rebuilt.message = error.message;
  return rebuilt;
}

function otherError(error: BridgedError): Error {
  if (error.name === 'HostUnavailableError') {
    const messageId = error.fields['messageId'];
    // An id this build does not know is shown as the English message (describeErrorIn checks the catalog).
    return new HostUnavailableError(error.message, typeof messageId === 'string' ? { id: messageId as MessageId } : undefined);
  }
  return new BridgeRefusedError({ message: error.message });
}

/** The detail's catalog message as it crossed; anything else is dropped (the English detail stays). */
function detailMessageOf(field: string | number | undefined): LocalizedMessage | undefined {
  if (typeof field !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(field);
    if (typeof parsed !== 'object' || parsed == null) return undefined;
    const { id, values } = parsed as { id?: unknown; values?: unknown };
    if (typeof id !== 'string' || typeof values !== 'object' || values == null) return undefined;
    const entries = Object.entries(values);
    if (!entries.every(([, value]) => typeof value === 'string' || typeof value === 'number')) return undefined;
    return { id: id as MessageId, values: Object.fromEntries(entries) };
  } catch {
    return undefined;
  }
}
