// The user's PropertiesService store behind the KeyValueStore port. Reads are retried on any error;
// writes are checked by reading them back after an error (a write can land and still throw) and tried
// again only when they did not land (src/platform/retry.ts).
import type { KeyValueStore } from './ports';
import { type RetryOptions, withRetry, writeChecked } from './retry';

/**
 * `retry.sleep` defaults to Utilities.sleep; pass it explicitly in tests.
 * Costs without errors: getAll, get and setMany are one service call each; deleteMany is one
 * deleteProperty call per key, because Properties has no batch delete besides deleteAllProperties
 * (which would take the user's settings with it). An error adds the read that checks the write.
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
      writeChecked(
        () => {
          props().setProperties(values, false);
        },
        () => {
          const stored = props().getProperties();
          return Object.keys(values).every((key) => stored[key] === values[key]);
        },
        retry,
      );
    },
    deleteMany: (keys) => {
      // Each delete is checked on its own, so an error does not repeat the ones already done.
      for (const key of keys) {
        writeChecked(
          () => {
            props().deleteProperty(key);
          },
          () => props().getProperty(key) === null,
          retry,
        );
      }
    },
  };
}
