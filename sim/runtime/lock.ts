// LockService for a single-threaded emulator: the lock is free unless a test says another run holds it.
import type { ServiceContext } from './context';

export interface LockState {
  /** When true, another (imaginary) execution holds the lock: tryLock fails, waitLock times out. */
  heldElsewhere: boolean;
  held: boolean;
}

function createLock(ctx: ServiceContext, state: LockState, label: string) {
  const record = (method: string, args: unknown[]) => ctx.record('LockService', `${label}.${method}`, args);
  return {
    tryLock(timeoutInMillis: number): boolean {
      record('tryLock', [timeoutInMillis]);
      if (state.heldElsewhere) return false;
      state.held = true;
      return true;
    },
    waitLock(timeoutInMillis: number): void {
      record('waitLock', [timeoutInMillis]);
      if (state.heldElsewhere)
        throw ctx.error('Exception: Lock timeout: another process was holding the lock for too long.');
      state.held = true;
    },
    hasLock(): boolean {
      record('hasLock', []);
      return state.held;
    },
    releaseLock(): void {
      record('releaseLock', []);
      state.held = false;
    },
  };
}

export function createLockService(ctx: ServiceContext, user: LockState, script: LockState) {
  return {
    getUserLock() {
      ctx.record('LockService', 'getUserLock', []);
      return createLock(ctx, user, 'user');
    },
    getScriptLock() {
      ctx.record('LockService', 'getScriptLock', []);
      return createLock(ctx, script, 'script');
    },
    getDocumentLock() {
      ctx.record('LockService', 'getDocumentLock', []);
      return null;
    },
  };
}
