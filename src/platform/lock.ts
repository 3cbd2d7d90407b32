// The user lock (LockService.getUserLock) behind the UserLock port: one read-modify-write at a time
// across the user's concurrent executions of the add-on.
import type { UserLock } from './ports';
import { withRetry } from './retry';

/** The lock stayed taken for the whole wait; the caller decides what to tell the user. */
export class LockTimeoutError extends Error {
  constructor(readonly waitedMs: number) {
    super(`Could not get the user lock within ${waitedMs} ms.`);
    this.name = 'LockTimeoutError';
  }
}

/**
 * Releasing can throw too (a server error) — after the work under the lock is done, a save
 * committed. That must not turn the save into a failure, nor hide the error `fn` threw: "the lock is
 * automatically released when the script terminates" (Lock.releaseLock, Apps Script reference), so
 * at worst another tab waits until this execution ends.
 */
function release(lock: GoogleAppsScript.Lock.Lock): void {
  try {
    lock.releaseLock();
  } catch (error) {
    console.warn(`User lock not released (it is when this execution ends): ${String(error)}`);
  }
}

/** Waits up to `timeoutMs` (well inside the 30 s a card callback has) for the lock. */
export function userLock(timeoutMs = 8000): UserLock {
  return {
    withLock<T>(fn: () => T): T {
      const lock = withRetry(() => LockService.getUserLock());
      // tryLock returns false on timeout; waitLock would throw an untyped Exception instead.
      if (!lock.tryLock(timeoutMs)) throw new LockTimeoutError(timeoutMs);
      let result: T;
      try {
        result = fn();
      } catch (error) {
        release(lock);
        throw error;
      }
      release(lock);
      return result;
    },
  };
}
