// When a service call is tried again. Apps Script writes its errors in the user's language ("Leider ist
// ein Serverfehler aufgetreten…" for a German account), so no rule here reads what an error says:
//  - a read (or any call whose repetition cannot change anything) is tried again on ANY error, a
//    bounded number of times with a growing pause; a read that keeps failing costs a second or so;
//  - a write is never repeated blindly: after an error, a read says whether it landed anyway (a
//    timeout can strike after the write), and only a write known not to have landed is tried again;
//  - a write that cannot be checked (creating a draft) is never tried again, here or anywhere.

export interface RetryOptions {
  /** Tries in all, the first included. */
  attempts?: number;
  baseMs?: number;
  sleep?: (ms: number) => void;
  random?: () => number;
}

function settings(options: RetryOptions) {
  return {
    attempts: options.attempts ?? 3,
    baseMs: options.baseMs ?? 250,
    sleep: options.sleep ?? ((ms: number) => Utilities.sleep(ms)),
    random: options.random ?? Math.random,
  };
}

/** The pause before try `attempt + 1`: exponential, with jitter so two tabs do not retry in step. */
function pause(s: ReturnType<typeof settings>, attempt: number): void {
  s.sleep(Math.round(s.baseMs * 2 ** (attempt - 1) * (0.5 + s.random())));
}

/** A read: tried again on any error, up to `attempts` tries; the last error is thrown. */
export function withRetry<T>(read: () => T, options: RetryOptions = {}): T {
  const s = settings(options);
  for (let attempt = 1; ; attempt++) {
    try {
      return read();
    } catch (error) {
      if (attempt >= s.attempts) throw error;
      pause(s, attempt);
    }
  }
}

/**
 * A write whose effect a read can confirm, and that is harmless to repeat once it has not landed
 * (setting properties, deleting one). On an error `landed` (itself retried as a read) is asked: true
 * means the write took effect though the call threw, and it counts as done; false means it is tried
 * again, up to `attempts` tries. The write's own error is thrown when it never lands, or when
 * `landed` cannot be answered.
 */
export function writeChecked(write: () => void, landed: () => boolean, options: RetryOptions = {}): void {
  const s = settings(options);
  for (let attempt = 1; ; attempt++) {
    try {
      write();
      return;
    } catch (error) {
      let done: boolean;
      try {
        done = withRetry(landed, options);
      } catch {
        throw error;
      }
      if (done) return;
      if (attempt >= s.attempts) throw error;
      pause(s, attempt);
    }
  }
}
