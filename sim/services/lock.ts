// LockService for a single-threaded emulator: the lock is free unless a test says another run holds it.
import type { ServiceContext } from './context';
import { FAULT } from './messages';

export interface LockState {
  /** When true, another (imaginary) execution holds the lock: tryLock fails, waitLock times out. */
  heldElsewhere: boolean;
  held: boolean;
}

function createLock(ctx: ServiceContext, state: LockState, label: string) {
  const record = (method: string, args: unknown[]) => ctx.record('LockService', `${label}.${method}`, args);
  /** The lock changed hands: a fault armed with failAfter throws now (the lock taken or released). */
  const settle = (method: string) => ctx.settle('LockService', `${label}.${method}`);
  return {
    tryLock(timeoutInMillis: number): boolean {
      record('tryLock', [timeoutInMillis]);
      if (state.heldElsewhere) return false;
      state.held = true;
      settle('tryLock');
      return true;
    },
    waitLock(timeoutInMillis: number): void {
      record('waitLock', [timeoutInMillis]);
      if (state.heldElsewhere) throw ctx.error(FAULT.lockTimeout);
      state.held = true;
      settle('waitLock');
    },
    hasLock(): boolean {
      record('hasLock', []);
      return state.held;
    },
    releaseLock(): void {
      record('releaseLock', []);
      state.held = false;
      settle('releaseLock');
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
