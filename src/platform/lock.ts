// The user lock (LockService.getUserLock) behind the UserLock port: one read-modify-write at a time
// across the user's concurrent executions of the add-on.
import type { UserLock } from '../store/port';

/** The lock stayed taken for the whole wait; the caller decides what to tell the user. */
export class LockTimeoutError extends Error {
  constructor(readonly waitedMs: number) {
    super(`Could not get the user lock within ${waitedMs} ms.`);
    this.name = 'LockTimeoutError';
  }
}

/** Waits up to `timeoutMs` (well inside the 30 s a card callback has) for the lock. */
export function userLock(timeoutMs = 8000): UserLock {
  return {
    withLock<T>(fn: () => T): T {
      const lock = LockService.getUserLock();
      // tryLock returns false on timeout; waitLock would throw an untyped Exception instead.
      if (!lock.tryLock(timeoutMs)) throw new LockTimeoutError(timeoutMs);
      try {
        return fn();
      } finally {
        lock.releaseLock();
      }
    },
  };
}
