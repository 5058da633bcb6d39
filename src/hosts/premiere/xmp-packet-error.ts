import { AppError } from '../../shared/app-error';

/** An XMP packet ClipRelay cannot read or edit safely; the packet was left unchanged. */
export class XmpPacketError extends AppError {
  constructor(message: string) {
    super(`Unreadable XMP metadata: ${message}`);
    this.name = 'XmpPacketError';
  }
}
