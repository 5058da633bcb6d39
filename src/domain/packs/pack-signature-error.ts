import { AppError, type LocalizedMessage } from '../../shared/app-error';

/**
 * Why a signed pack was refused: its signature does not match its contents (`tampered`), or it is
 * signed by another key than the one pinned when the pack was first installed (`key-changed`).
 */
type PackSignatureProblem = 'tampered' | 'key-changed';

/** A signed pack whose signature cannot be trusted; the message says what to do, in the editor's words. */
export class PackSignatureError extends AppError {
  readonly problem: PackSignatureProblem;
  readonly source: string;

  constructor(init: { source: string; problem: PackSignatureProblem; message: string; localized?: LocalizedMessage }) {
    super(init.message, { localized: init.localized });
    this.name = 'PackSignatureError';
    this.problem = init.problem;
    this.source = init.source;
  }
}
