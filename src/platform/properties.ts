// The user's PropertiesService store behind the KeyValueStore port, with every call retried on
// transient errors (all four operations are reads or idempotent writes, so repeating them is safe).
import type { KeyValueStore } from '../store/port';
import { type RetryOptions, withRetry } from './retry';

/**
 * `retry.sleep` defaults to Utilities.sleep; pass it explicitly in tests.
 * Costs: getAll, get and setMany are one service call each; deleteMany is one deleteProperty call per
 * key, because Properties has no batch delete besides deleteAllProperties (which would take the user's
 * settings with it).
 */
export function userPropertiesStore(retry: RetryOptions = {}): KeyValueStore {
  // Fetched once: getUserProperties is itself a service call.
  let cached: GoogleAppsScript.Properties.Properties | undefined;
  const props = () => {
    cached ??= PropertiesService.getUserProperties();
    return cached;
  };
  return {
    getAll: () => withRetry(() => props().getProperties(), retry),
    get: (key) => withRetry(() => props().getProperty(key), retry),
    setMany: (values) => {
      withRetry(() => props().setProperties(values, false), retry);
    },
    deleteMany: (keys) => {
      const store = props();
      // Each delete is retried on its own, so a transient error does not repeat the ones already done.
      for (const key of keys) withRetry(() => store.deleteProperty(key), retry);
    },
  };
}
