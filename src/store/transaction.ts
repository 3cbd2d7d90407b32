// One change to the user's property store as a transaction: under the user lock, read everything,
// upgrade an old store first when asked, let the caller plan its writes, check the space, then write in
// the order that keeps the previous version readable if the execution dies halfway (parts, commit,
// drops, best-effort cleanup). The template store (templateStore.ts) decides what a change is; this
// module decides how any change is written.
import { LockTimeoutError } from '../platform/lock';
import { type KeyValueStore, PROPERTY_LIMITS, type UserLock } from '../platform/ports';
import { entryBytes, storeBytes } from './bytes';
import { NewerStoreVersionError, StoreBusyError, StoreFullError, type StoreNeed } from './errors';
import { readStoreSnapshot, type StoreSnapshot } from './library';
import { CURRENT_SCHEMA, encodeTemplate, headKey, SCHEMA_KEY } from './schema';

/** The writes of one change, in the order that makes it crash-safe. */
export interface WritePlan {
  /** New part values, under keys no head refers to yet: written first, invisible until committed. */
  parts: Record<string, string>;
  /** Heads and settings: writing them commits the change. */
  commit: Record<string, string>;
  /** Heads to delete (a deletion's commit). Deleted after `commit` is written. */
  drop: string[];
  /** Values nothing refers to once committed; removing them is best effort. */
  cleanup: string[];
  /** What the write is for, as a StoreFullError says it ("This template needs"). */
  need: StoreNeed;
  /** How many templates it writes, for `import`. */
  count: number;
}

export const emptyPlan = (need: StoreNeed, count = 0): WritePlan => ({
  parts: {},
  commit: {},
  drop: [],
  cleanup: [],
  need,
  count,
});

/**
 * How far below the limit our own count may put a change that the platform refuses as too big: our
 * bytes (UTF-8 key plus value) and the platform's count can differ a little. A refused write whose
 * peak lies within this margin is reported as a full store. The refusal's text is not read: Apps
 * Script writes it in the user's language.
 */
const QUOTA_MARGIN_BYTES = 16 * 1024;

export class StoreTransactions {
  /** The store's values after the last committed change (see TemplateStore.libraryAfterChange). */
  after: Record<string, string> | undefined;

  constructor(
    private readonly kv: KeyValueStore,
    private readonly lock: UserLock,
  ) {}

  locked<T>(fn: () => T): T {
    try {
      return this.lock.withLock(fn);
    } catch (error) {
      if (error instanceof LockTimeoutError) throw new StoreBusyError();
      throw error;
    }
  }

  /**
   * One locked read-modify-write: read everything, upgrade an old store first when the change writes
   * templates (`needsCurrent`; deletions work in any version), plan, check space, write.
   */
  run<T>(needsCurrent: boolean, make: (snap: StoreSnapshot) => { plan: WritePlan; result: T }): T {
    return this.locked(() => {
      let snap = readStoreSnapshot(this.kv.getAll());
      if (snap.version > CURRENT_SCHEMA) throw new NewerStoreVersionError(snap.version, CURRENT_SCHEMA);
      if (needsCurrent && snap.version < CURRENT_SCHEMA) snap = this.upgrade(snap);
      const { plan, result } = make(snap);
      // An empty store gets its version with its first write.
      if (
        Object.keys(plan.commit).length &&
        snap.values[SCHEMA_KEY] === undefined &&
        snap.version === CURRENT_SCHEMA
      ) {
        plan.commit[SCHEMA_KEY] = String(CURRENT_SCHEMA);
      }
      this.apply(snap, plan);
      return result;
    });
  }

  /**
   * Rewrites v1 records as v2 (same revision, 0, so a template opened before the upgrade still saves),
   * then the version key. Each record is replaced whole, and a record already in v2 is left alone,
   * so an upgrade that stops halfway is simply finished by the next one. Returns the new snapshot.
   */
  upgrade(snap: StoreSnapshot): StoreSnapshot {
    const plan = emptyPlan('upgrade');
    for (const id of snap.v1Ids) {
      const template = snap.templates.find((t) => t.id === id)!;
      const encoded = encodeTemplate(template, template.revision);
      Object.assign(plan.parts, encoded.parts);
      plan.commit[headKey(id)] = encoded.head;
    }
    this.apply(snap, plan);
    // The version goes last: it says every record is v2.
    this.writeOrFull({ [SCHEMA_KEY]: String(CURRENT_SCHEMA) }, this.peakBytes(snap, plan));
    return readStoreSnapshot({
      ...snap.values,
      ...plan.parts,
      ...plan.commit,
      [SCHEMA_KEY]: String(CURRENT_SCHEMA),
    });
  }

  /** Bytes the store holds at the plan's fullest moment (new parts and heads written, nothing removed yet). */
  private peakBytes(snap: StoreSnapshot, plan: WritePlan): number {
    let bytes = storeBytes(snap.values);
    for (const [key, value] of Object.entries({ ...plan.parts, ...plan.commit })) {
      const old = snap.values[key];
      bytes += entryBytes(key, value) - (old === undefined ? 0 : entryBytes(key, old));
    }
    return bytes;
  }

  fits(snap: StoreSnapshot, plan: WritePlan): boolean {
    const peak = this.peakBytes(snap, plan);
    return peak <= PROPERTY_LIMITS.storeBytes || peak <= storeBytes(snap.values);
  }

  private fullError(snap: StoreSnapshot, plan: WritePlan): StoreFullError {
    const current = storeBytes(snap.values);
    const limit = PROPERTY_LIMITS.storeBytes;
    return new StoreFullError(
      this.peakBytes(snap, plan) - current,
      Math.max(0, limit - current),
      limit,
      plan.need,
      plan.count,
    );
  }

  /**
   * Writes a plan: parts, then the commit, then dropped heads; then best-effort cleanup of what nothing
   * refers to any more (and of leftovers from earlier interrupted changes). Space is checked first, so
   * a change that would not fit writes nothing.
   */
  private apply(snap: StoreSnapshot, plan: WritePlan): void {
    if (!this.fits(snap, plan)) throw this.fullError(snap, plan);
    try {
      if (Object.keys(plan.parts).length) this.kv.setMany(plan.parts);
      if (Object.keys(plan.commit).length) this.kv.setMany(plan.commit);
    } catch (error) {
      // Near the limit by our count, the platform's refusal means "full", not a bug (see QUOTA_MARGIN_BYTES).
      if (nearLimit(this.peakBytes(snap, plan))) throw this.fullError(snap, plan);
      throw error;
    }
    if (plan.drop.length) this.kv.deleteMany(plan.drop);
    const written = { ...plan.parts, ...plan.commit };
    const after: Record<string, string> = { ...snap.values, ...written };
    for (const key of plan.drop) delete after[key];
    this.after = after;
    const cleanup = [...new Set([...plan.cleanup, ...snap.leftovers])].filter(
      (k) => k in snap.values && !(k in written),
    );
    if (cleanup.length === 0) return;
    try {
      this.kv.deleteMany(cleanup);
      for (const key of cleanup) delete after[key];
    } catch (error) {
      // The change is committed; unreferenced values are invisible and the next change removes them.
      console.warn(`Template store: cleanup of ${cleanup.length} values deferred: ${String(error)}`);
    }
  }

  /** `bytesAfter`: the store's size once written, by our count, when known (see QUOTA_MARGIN_BYTES). */
  writeOrFull(values: Record<string, string>, bytesAfter?: number): void {
    try {
      this.kv.setMany(values);
    } catch (error) {
      if (bytesAfter !== undefined && nearLimit(bytesAfter)) {
        const [key, value] = Object.entries(values)[0]!;
        throw new StoreFullError(entryBytes(key, value), 0, PROPERTY_LIMITS.storeBytes, 'change');
      }
      throw error;
    }
  }
}

function nearLimit(bytes: number): boolean {
  return bytes > PROPERTY_LIMITS.storeBytes - QUOTA_MARGIN_BYTES;
}
