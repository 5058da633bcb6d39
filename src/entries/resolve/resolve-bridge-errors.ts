import { AppError, describeError } from '../../shared/app-error';
import { HostOperationError, HostUnavailableError, TrackOccupiedError, type TrackKind } from '../../hosts/spec';
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
  if (error instanceof HostOperationError) fields['operation'] = error.operation;
  if (error instanceof TrackOccupiedError)
    Object.assign(fields, { trackKind: error.trackKind, trackIndex: error.trackIndex, occupiedBy: error.occupiedBy });
  // A catalog message without values ("open a timeline first") crosses too, so the panel says it in its language.
  if (AppError.isInstance(error) && error.localized != null && error.localized.values == null) fields['messageId'] = error.localized.id;
  return { name: error instanceof Error ? error.name : 'Error', message: describeError(error), fields };
}

/** The error class again on the page side, so the panel's `instanceof` checks hold. */
export function fromBridgedError(error: BridgedError): Error {
  const text = (key: string) => String(error.fields[key] ?? '');
  switch (error.name) {
    case 'TrackOccupiedError':
      return new TrackOccupiedError(
        text('operation'),
        text('trackKind') as TrackKind,
        Number(error.fields['trackIndex']),
        text('occupiedBy'),
      );
    case 'HostOperationError': {
      // The message already starts with "<operation> failed: "; the rest is the detail its catalog message repeats.
      const prefix = `${text('operation')} failed: `;
      const rebuilt = new HostOperationError(text('operation'), error.message.startsWith(prefix) ? error.message.slice(prefix.length) : '');
      rebuilt.message = error.message;
      return rebuilt;
    }
    case 'HostUnavailableError': {
      const messageId = error.fields['messageId'];
      // An id this build does not know is shown as the English message (describeErrorIn checks the catalog).
      return new HostUnavailableError(error.message, typeof messageId === 'string' ? { id: messageId as MessageId } : undefined);
    }
    default:
      return new BridgeRefusedError({ message: error.message });
  }
}
