import { mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { abortableDelay } from '../../shared/abortable-delay';
import { AppError } from '../../shared/app-error';

/** The lock stayed held longer than we wait; someone else is writing, or a lock file was left behind. */
class FileLockTimeoutError extends AppError {
  constructor(readonly lockPath: string) {
    super(`Another ClipRelay process has held ${lockPath} for too long. If none is running, delete that file and try again.`);
    this.name = 'FileLockTimeoutError';
  }
}

interface FileLockOptions {
  /** Give up after waiting this long. @default 10_000 */
  readonly waitMs?: number;
  /**
   * A lock older than this whose owner is gone (or unknown) is taken over: a killed process never
   * releases its lock. Held locks last milliseconds (one read-change-write). @default 30_000
   */
  readonly staleMs?: number;
}

/**
 * Runs `work` while holding `<path>.lock`, created exclusively (O_EXCL), holding the owner's pid.
 * Every process sharing the file takes the same lock, so read-change-write never interleaves.
 */
export async function withFileLock<T>(path: string, work: () => Promise<T>, options: FileLockOptions = {}): Promise<T> {
  const lockPath = `${path}.lock`;
  const waitMs = options.waitMs ?? 10_000;
  const staleMs = options.staleMs ?? 30_000;
  const startedAtMs = Date.now();
  await mkdir(dirname(lockPath), { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(lockPath, 'wx', 0o600);
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (await isStale(lockPath, staleMs)) {
        await rm(lockPath, { force: true });
        continue;
      }
      if (Date.now() - startedAtMs > waitMs) throw new FileLockTimeoutError(lockPath);
      await abortableDelay(Math.min(5 + attempt * 5, 50));
    }
  }
  try {
    return await work();
  } finally {
    await rm(lockPath, { force: true });
  }
}

/** The lock's owner died (its pid is gone), or the lock is older than `staleMs`. */
async function isStale(lockPath: string, staleMs: number): Promise<boolean> {
  try {
    const [owner, info] = await Promise.all([readFile(lockPath, 'utf8'), stat(lockPath)]);
    const pid = Number(owner);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !processIsAlive(pid)) return true;
    return Date.now() - info.mtimeMs > staleMs;
  } catch {
    return false; // released meanwhile: try again
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
