// The signed-in user's address (userinfo.email scope).
import { withRetry } from './retry';

/** A read: retried on any error (src/platform/retry.ts). */
export function userEmail(): string {
  return withRetry(() => Session.getActiveUser().getEmail());
}
