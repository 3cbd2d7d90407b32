// In-memory stand-ins for the user property store and the user lock, as strict as the platform:
// per-value and per-store quotas with Apps Script's messages, call counts, and injectable failures.
import { LockTimeoutError } from '../../../src/platform/lock';
import type { KeyValueStore, UserLock } from '../../../src/platform/ports';
import { PROPERTY_LIMITS } from '../../../src/platform/ports';

export const QUOTA_EXCEEDED =
  'Exception: You have exceeded the property storage quota. Please remove some properties and try again.';
export const VALUE_TOO_LARGE = 'Exception: Argument too large: value';
export const CRASH = 'Simulated crash: the execution stopped here';

const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

export class MemoryLock implements UserLock {
  held = false;
  /** When true, the lock is taken by "another execution" and withLock times out. */
  busy = false;
  acquisitions = 0;

  withLock<T>(fn: () => T): T {
    if (this.busy) throw new LockTimeoutError(8000);
    if (this.held) throw new Error('withLock called while already holding the lock');
    this.held = true;
    this.acquisitions++;
    try {
      return fn();
    } finally {
      this.held = false;
    }
  }
}

export class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, string>();
  /** Platform calls: getProperties, getProperty, setProperties, deleteProperty (one per key). */
  readonly calls = { getAll: 0, get: 0, setMany: 0, deleteProperty: 0 };
  private writesSeen = 0;
  private failures: { at: number; message: string }[] = [];

  /**
   * `lock`: when given, any write made while it is not held throws (every write must be locked), but the
   * one write designed to need no lock: a use record (`used:<id>`, its own key, a plain overwrite).
   */
  constructor(private readonly lock?: MemoryLock) {}

  get reads(): number {
    return this.calls.getAll + this.calls.get;
  }

  get writes(): number {
    return this.calls.setMany + this.calls.deleteProperty;
  }

  resetCounts(): void {
    this.calls.getAll = this.calls.get = this.calls.setMany = this.calls.deleteProperty = 0;
  }

  /** Makes the `n`th write from now (1 = the next; setProperties or one deleteProperty) throw, writing nothing. */
  failWrite(n: number, message = CRASH): void {
    this.failures.push({ at: this.writesSeen + n, message });
  }

  bytes(): number {
    let total = 0;
    for (const [k, v] of this.data) total += utf8(k) + utf8(v);
    return total;
  }

  /** A copy of everything, for "nothing was touched" comparisons. */
  dump(): Record<string, string> {
    return Object.fromEntries(this.data);
  }

  getAll(): Record<string, string> {
    this.calls.getAll++;
    return Object.fromEntries(this.data);
  }

  get(key: string): string | null {
    this.calls.get++;
    return this.data.get(key) ?? null;
  }

  setMany(values: Record<string, string>): void {
    this.calls.setMany++;
    this.beforeWrite(Object.keys(values).every((k) => k.startsWith('used:')));
    let total = this.bytes();
    for (const [key, value] of Object.entries(values)) {
      if (typeof value !== 'string')
        throw new TypeError(`value of ${key} is a ${typeof value}, not a string`);
      const size = utf8(key) + utf8(value);
      if (size > PROPERTY_LIMITS.valueBytes) throw new Error(VALUE_TOO_LARGE);
      const old = this.data.get(key);
      total += size - (old === undefined ? 0 : utf8(key) + utf8(old));
    }
    if (total > PROPERTY_LIMITS.storeBytes) throw new Error(QUOTA_EXCEEDED);
    for (const [key, value] of Object.entries(values)) this.data.set(key, value);
  }

  deleteMany(keys: string[]): void {
    for (const key of keys) {
      this.calls.deleteProperty++;
      this.beforeWrite();
      this.data.delete(key);
    }
  }

  private beforeWrite(unlockedByDesign = false): void {
    if (this.lock && !this.lock.held && !unlockedByDesign) throw new Error('write outside the user lock');
    this.writesSeen++;
    const failure = this.failures.find((f) => f.at === this.writesSeen);
    if (failure) throw new Error(failure.message);
  }
}
