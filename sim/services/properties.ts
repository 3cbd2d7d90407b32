// PropertiesService with Apps Script's limits: string values, 9 KB per value, 500 KB per store.
import type { ServiceContext } from './context';
import { localised } from './messages';

export const VALUE_LIMIT_BYTES = 9 * 1024;
export const STORE_LIMIT_BYTES = 500 * 1024;
/** The English text of the store-full error (thrown in the user's language). */
export const QUOTA_MESSAGE =
  'Exception: You have exceeded the property storage quota. Please remove some properties and try again.';

function utf8Bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** The host side of one property store; tests seed and inspect it directly. */
export class PropertyStore {
  readonly values = new Map<string, string>();

  constructor(initial: Record<string, string> = {}) {
    for (const [k, v] of Object.entries(initial)) this.values.set(k, v);
  }

  bytes(): number {
    let total = 0;
    for (const [k, v] of this.values) total += utf8Bytes(k) + utf8Bytes(v);
    return total;
  }

  toObject(): Record<string, string> {
    return Object.fromEntries(this.values);
  }
}

function createProperties(ctx: ServiceContext, store: PropertyStore, label: string) {
  const record = (method: string, args: unknown[]) =>
    ctx.record('PropertiesService', `${label}.${method}`, args);
  /** The write is done: a fault armed with failAfter throws now, the value already stored. */
  const settle = (method: string) => ctx.settle('PropertiesService', `${label}.${method}`);
  const checkedWrite = (entries: [string, unknown][], replaceAll: boolean) => {
    const next = new Map(replaceAll ? [] : store.values);
    for (const [key, value] of entries) {
      if (typeof key !== 'string' || key === '')
        throw ctx.error(localised('invalidArgument', { what: 'key' }));
      // Apps Script stores String(value); objects become "[object Object]", which we refuse to hide bugs.
      if (typeof value !== 'string')
        throw ctx.error(`Exception: Invalid argument: value for "${key}" is not a string`);
      if (utf8Bytes(key) + utf8Bytes(value) > VALUE_LIMIT_BYTES)
        throw ctx.error(localised('argumentTooLarge', { what: 'value' }));
      next.set(key, value);
    }
    let total = 0;
    for (const [k, v] of next) total += utf8Bytes(k) + utf8Bytes(v);
    if (total > STORE_LIMIT_BYTES) throw ctx.error(localised('propertyQuota'));
    store.values.clear();
    for (const [k, v] of next) store.values.set(k, v);
  };
  const self = {
    getProperty(key: string): string | null {
      record('getProperty', [key]);
      return store.values.get(key) ?? null;
    },
    getProperties(): Record<string, string> {
      record('getProperties', []);
      return store.toObject();
    },
    getKeys(): string[] {
      record('getKeys', []);
      return [...store.values.keys()];
    },
    setProperty(key: string, value: string) {
      record('setProperty', [key, value]);
      checkedWrite([[key, value]], false);
      settle('setProperty');
      return self;
    },
    setProperties(properties: Record<string, string>, deleteAllOthers = false) {
      record('setProperties', [properties, deleteAllOthers]);
      checkedWrite(Object.entries(properties), deleteAllOthers);
      settle('setProperties');
      return self;
    },
    deleteProperty(key: string) {
      record('deleteProperty', [key]);
      store.values.delete(key);
      settle('deleteProperty');
      return self;
    },
    deleteAllProperties() {
      record('deleteAllProperties', []);
      store.values.clear();
      settle('deleteAllProperties');
      return self;
    },
  };
  return self;
}

export function createPropertiesService(ctx: ServiceContext, user: PropertyStore, script: PropertyStore) {
  return {
    getUserProperties() {
      ctx.record('PropertiesService', 'getUserProperties', []);
      return createProperties(ctx, user, 'user');
    },
    getScriptProperties() {
      ctx.record('PropertiesService', 'getScriptProperties', []);
      return createProperties(ctx, script, 'script');
    },
    // Add-ons are not bound to a document here: Apps Script returns null.
    getDocumentProperties() {
      ctx.record('PropertiesService', 'getDocumentProperties', []);
      return null;
    },
  };
}
