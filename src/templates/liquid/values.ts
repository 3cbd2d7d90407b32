// How values behave: truthiness (JavaScript's, as the engine was configured: '' and 0 are false),
// equality and comparison with the nil/empty/blank literals, and property reads that only see a
// value's own data (`__proto__`, `constructor` read nothing), as liquidjs with ownPropertyOnly.

/** A value that stands for another when compared or printed (a date, the nil/empty/blank literals). */
export abstract class Drop {
  abstract valueOf(): unknown;
}

/** The nil/empty/blank literals: each compares in its own way and is never greater or less. */
abstract class Comparable extends Drop {
  abstract equals(other: unknown): boolean;
}

class Nil extends Comparable {
  equals(other: unknown): boolean {
    return toValue(other) == null;
  }
  valueOf(): null {
    return null;
  }
}

class Empty extends Comparable {
  equals(other: unknown): boolean {
    if (other instanceof Empty) return false;
    const v = toValue(other);
    if (typeof v === 'string' || Array.isArray(v)) return v.length === 0;
    if (typeof v === 'object' && v !== null) return Object.keys(v).length === 0;
    return false;
  }
  valueOf(): string {
    return '';
  }
}

class Blank extends Empty {
  override equals(other: unknown): boolean {
    if (other === false || toValue(other) == null) return true;
    if (typeof other === 'string') return /^\s*$/.test(other);
    return super.equals(other);
  }
}

export const NIL = new Nil();
export const EMPTY = new Empty();
export const BLANK_VALUE = new Blank();

export const toValue = (v: unknown): unknown => (v instanceof Drop ? v.valueOf() : v);
export const isTruthy = (v: unknown): boolean => !!toValue(v);
export const isNil = (v: unknown): v is null | undefined => v == null;

/** Whether `o` has `key` itself. Not Object.hasOwn: Apps Script's V8 may predate it (ES2022). */
// biome-ignore lint/suspicious/noPrototypeBuiltins: Object.hasOwn is what the rule wants, and is too new.
export const own = (o: unknown, key: PropertyKey): boolean => Object.prototype.hasOwnProperty.call(o, key);

export function equals(left: unknown, right: unknown): boolean {
  if (left instanceof Comparable) return left.equals(right);
  if (right instanceof Comparable) return right.equals(left);
  const l = toValue(left);
  const r = toValue(right);
  if (Array.isArray(l))
    return Array.isArray(r) && l.length === r.length && l.every((x, i) => equals(x, r[i]));
  return l === r;
}

/** `<`, `>`, `<=`, `>=`: false when either side is a nil/empty/blank literal, else JavaScript's. */
export function compare(op: string, left: unknown, right: unknown): boolean {
  if (left instanceof Comparable || right instanceof Comparable) return false;
  const l = toValue(left) as number;
  const r = toValue(right) as number;
  return op === '<' ? l < r : op === '>' ? l > r : op === '<=' ? l <= r : l >= r;
}

export function contains(left: unknown, right: unknown): boolean {
  const l = toValue(left);
  if (Array.isArray(l)) return l.some((x) => equals(x, right));
  if (typeof l === 'string') return l.indexOf(String(toValue(right))) > -1;
  return false;
}

/** An array element by index (negative counts from the end), only when the array has it. */
export function elementAt(list: ArrayLike<unknown>, index: number): unknown {
  const i = index < 0 ? list.length + index : index;
  return own(list, i) ? list[i] : undefined;
}

function sizeOf(o: object | string): unknown {
  if (own(o, 'size')) return (o as { size: unknown }).size;
  if (Array.isArray(o) || typeof o === 'string') return o.length;
  if (typeof o === 'object') return Object.keys(o).length;
  return undefined;
}

/** `obj.key` as a template reads it: own data only, plus `size`, `first` and `last`. */
export function readProperty(obj: unknown, rawKey: unknown): unknown {
  const key = toValue(rawKey);
  if (obj == null) return obj;
  // Dates and literals have no fields a template may read.
  if (obj instanceof Drop) return undefined;
  if (Array.isArray(obj) && typeof key === 'number') return elementAt(obj, key);
  const k = key as PropertyKey;
  const value =
    typeof obj === 'object' || typeof obj === 'string'
      ? own(obj, k)
        ? (obj as never)[k]
        : undefined
      : undefined;
  // Data is plain JSON; a function reached anyway is not called.
  if (typeof value === 'function') return undefined;
  if (key === 'size') return typeof obj === 'object' || typeof obj === 'string' ? sizeOf(obj) : undefined;
  if (key === 'first') return Array.isArray(obj) ? elementAt(obj, 0) : value;
  if (key === 'last') return Array.isArray(obj) ? elementAt(obj, -1) : value;
  return value;
}

/** What `for` iterates: a list as is, a non-empty string as one item, an object's [key, value] pairs. */
export function toEnumerable(v: unknown): unknown[] {
  const value = toValue(v);
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return value.length > 0 ? [value] : [];
  if (typeof value === 'object' && value !== null)
    return Object.keys(value).map((k) => [k, (value as Record<string, unknown>)[k]]);
  return [];
}

/** A value as filters read text: nil is '', a list is its items' text run together. */
export function stringify(v: unknown): string {
  const value = toValue(v);
  if (typeof value === 'string') return value;
  if (value == null) return '';
  if (Array.isArray(value)) return value.map(stringify).join('');
  return String(value);
}

export function toArray(v: unknown): unknown[] {
  const value = toValue(v);
  if (value == null) return [];
  return Array.isArray(value) ? value : [value];
}

export const toNumber = (v: unknown): number => +(toValue(v) as number) || 0;
