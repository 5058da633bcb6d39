import { AppError, describeError } from '../../shared/app-error';
import { HostOperationError, HostUnavailableError, TrackOccupiedError, type TrackKind } from '../../hosts/spec';
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
      // The message already starts with "<operation> failed: ".
      const rebuilt = new HostOperationError(text('operation'), '');
      rebuilt.message = error.message;
      return rebuilt;
    }
    case 'HostUnavailableError':
      return new HostUnavailableError(error.message);
    default:
      return new BridgeRefusedError({ message: error.message });
  }
}
