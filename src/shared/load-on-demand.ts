import { AppError } from './app-error';

/**
 * A part of the panel kept out of its main script (see webpack.config.js, "on demand") could not be loaded.
 * In Premiere the part is a file next to index.js that UXP's CommonJS `require` reads from the plugin folder.
 */
export class OnDemandCodeError extends AppError {
  readonly part: string;

  constructor(init: { part: string; cause: unknown }) {
    super(
      `ClipRelay could not load its ${init.part} from the plugin folder. Close and reopen the panel; if it happens again, reinstall ClipRelay.`,
      { cause: init.cause },
    );
    this.name = 'OnDemandCodeError';
    this.part = init.part;
  }
}

/**
 * Wraps a dynamic `import()` of a part only some actions need (`part` names it for a person: "timeline export").
 * The bundler caches what loaded; a failed load is retried at the next use and reported as an OnDemandCodeError.
 */
export function onDemand<Loaded>(part: string, load: () => Promise<Loaded>): () => Promise<Loaded> {
  return async () => {
    try {
      return await load();
    } catch (cause) {
      throw new OnDemandCodeError({ part, cause });
    }
  };
}
