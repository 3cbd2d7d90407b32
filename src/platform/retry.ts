// Retry with exponential backoff and jitter for service calls that are safe to repeat (reads and
// idempotent writes). Creating a draft is not idempotent and must never go through this.
import { errorMessage } from '../errors';

const TRANSIENT = [
  /too many times in a short time/i,
  /try again later/i,
  /service error/i,
  /internal error/i,
  /timed out/i,
  /temporarily unavailable/i,
];

export function isTransient(error: unknown): boolean {
  const message = errorMessage(error);
  // A daily quota ("too many times for one day") will not recover by waiting a second.
  return TRANSIENT.some((re) => re.test(message));
}

export interface RetryOptions {
  attempts?: number;
  baseMs?: number;
  sleep?: (ms: number) => void;
  random?: () => number;
}

export function withRetry<T>(read: () => T, options: RetryOptions = {}): T {
  const attempts = options.attempts ?? 3;
  const baseMs = options.baseMs ?? 250;
  const sleep = options.sleep ?? ((ms: number) => Utilities.sleep(ms));
  const random = options.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      return read();
    } catch (error) {
      if (attempt >= attempts || !isTransient(error)) throw error;
      sleep(Math.round(baseMs * 2 ** (attempt - 1) * (0.5 + random())));
    }
  }
}
