// The platform services the stores need, as small interfaces: the user's property store and the user
// lock. Adapters live beside this file (properties.ts, lock.ts); tests use an in-memory fake. They sit in
// platform/ because the store depends on the platform, never the other way (docs/architecture.md).

/** A string-to-string store with the documented PropertiesService limits (see PROPERTY_LIMITS). */
export interface KeyValueStore {
  /** Every key and value in one round trip. */
  getAll(): Record<string, string>;
  get(key: string): string | null;
  /** Adds or replaces the given keys; other keys stay. */
  setMany(values: Record<string, string>): void;
  /** Removes the given keys (missing ones are ignored). The platform has no batch delete: one call each. */
  deleteMany(keys: string[]): void;
}

/** Mutual exclusion between the user's concurrent executions (two open Gmail tabs, say). */
export interface UserLock {
  /**
   * Runs `fn` while holding the lock and releases it afterwards, also when `fn` throws.
   * Throws LockTimeoutError (src/platform/lock.ts) when the lock cannot be had within a few seconds.
   */
  withLock<T>(fn: () => T): T;
}

/**
 * Apps Script's documented property quotas ("9kB / val", "500kB / property store"), read as binary
 * kilobytes. Bytes are those of the key plus the value in UTF-8.
 */
export const PROPERTY_LIMITS = {
  valueBytes: 9 * 1024,
  storeBytes: 500 * 1024,
} as const;
