// CacheService with the documented limits: keys ≤ 250 chars, values ≤ 100 KB, expiry 1–21,600 s.
import type { ServiceContext } from './context';
import { localised } from './messages';

const MAX_KEY = 250;
const MAX_VALUE_BYTES = 100 * 1024;
const MAX_EXPIRY_S = 21600;
const DEFAULT_EXPIRY_S = 600;

export class CacheStore {
  readonly entries = new Map<string, { value: string; expires: number }>();
  constructor(private readonly now: () => number) {}
  get(key: string): string | null {
    const e = this.entries.get(key);
    if (!e || e.expires <= this.now()) return null;
    return e.value;
  }
}

function createCache(ctx: ServiceContext, store: CacheStore, label: string, now: () => number) {
  const record = (method: string, args: unknown[]) => ctx.record('CacheService', `${label}.${method}`, args);
  const check = (key: string, value?: string, expiration?: number) => {
    if (typeof key !== 'string' || key.length === 0 || key.length > MAX_KEY)
      throw ctx.error(localised('argumentTooLarge', { what: 'key' }));
    if (value !== undefined) {
      if (typeof value !== 'string') throw ctx.error(localised('invalidArgument', { what: 'value' }));
      if (Buffer.byteLength(value, 'utf8') > MAX_VALUE_BYTES)
        throw ctx.error(localised('argumentTooLarge', { what: 'value' }));
    }
    if (expiration !== undefined && (expiration < 1 || expiration > MAX_EXPIRY_S))
      throw ctx.error(localised('invalidArgument', { what: 'expirationInSeconds' }));
  };
  const put = (key: string, value: string, expiration = DEFAULT_EXPIRY_S) => {
    check(key, value, expiration);
    store.entries.set(key, { value, expires: now() + expiration * 1000 });
  };
  return {
    get(key: string): string | null {
      record('get', [key]);
      check(key);
      return store.get(key);
    },
    getAll(keys: string[]): Record<string, string> {
      record('getAll', [keys]);
      const out: Record<string, string> = {};
      for (const k of keys) {
        const v = store.get(k);
        if (v !== null) out[k] = v;
      }
      return out;
    },
    put(key: string, value: string, expirationInSeconds?: number) {
      record('put', [key, value]);
      put(key, value, expirationInSeconds);
    },
    putAll(values: Record<string, string>, expirationInSeconds?: number) {
      record('putAll', [values]);
      for (const [k, v] of Object.entries(values)) put(k, v, expirationInSeconds);
    },
    remove(key: string) {
      record('remove', [key]);
      store.entries.delete(key);
    },
    removeAll(keys: string[]) {
      record('removeAll', [keys]);
      for (const k of keys) store.entries.delete(k);
    },
  };
}

export function createCacheService(
  ctx: ServiceContext,
  user: CacheStore,
  script: CacheStore,
  now: () => number,
) {
  return {
    getUserCache() {
      ctx.record('CacheService', 'getUserCache', []);
      return createCache(ctx, user, 'user', now);
    },
    getScriptCache() {
      ctx.record('CacheService', 'getScriptCache', []);
      return createCache(ctx, script, 'script', now);
    },
    getDocumentCache() {
      ctx.record('CacheService', 'getDocumentCache', []);
      return null;
    },
  };
}
