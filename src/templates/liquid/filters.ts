// The filters a template may use, each as liquidjs 10 computes it (its quirks included: `truncate`
// keeps the value as is when it fits, `split` drops trailing empty items, `divided_by` divides
// exactly unless its second argument asks for integer division). `use` charges the memory budget
// the way liquidjs charges it, so a filter chain cannot build unbounded text.
import { isNil, own, readProperty, stringify, toArray, toNumber, toValue } from './values';

export interface FilterContext {
  /** Charges `n` units of the render's memory budget; throws when it is spent. */
  use(n: number): void;
  /** The `date` filter: reformats a date value in the user's locale and zone. */
  date(value: unknown, style: unknown): unknown;
}

type Filter = (ctx: FilterContext, value: unknown, args: unknown[]) => unknown;

const BLANKS = /\s+/g;
// Han, kana and Hangul, which number_of_words counts one per character in its "cjk" and "auto" modes.
const CJK = '\\u4E00-\\u9FFF\\uF900-\\uFAFF\\u3400-\\u4DBF\\u3040-\\u309F\\u30A0-\\u30FF\\uAC00-\\uD7AF';
const CJK_CHAR = new RegExp(`[${CJK}]`, 'gu');
const NON_CJK_WORD = new RegExp(`[^${CJK}\\s]+`, 'gu');

const advance = (s: string, from: number, count: number): number => {
  let i = from;
  for (let n = 0; n < count && i < s.length; n++) i += (s.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
  return i;
};
const codePoints = (s: string): number => [...s].length;

function trimStart(s: string, chars: Set<string>): number {
  let start = 0;
  for (const c of s) {
    if (!chars.has(c)) break;
    start += c.length;
  }
  return start;
}
function trimEnd(s: string, chars: Set<string>, start = 0): number {
  let end = s.length;
  while (end > start) {
    const size = end - start >= 2 && (s.codePointAt(end - 2) ?? 0) > 0xffff ? 2 : 1;
    if (!chars.has(s.slice(end - size, end))) break;
    end -= size;
  }
  return end;
}

/** Reads `a.b` of each item, as sort and map do. */
const field = (item: unknown, path: unknown): unknown =>
  stringify(path)
    .split('.')
    .reduce<unknown>((o, k) => readProperty(o, k), item);

function ordered(a: unknown, b: unknown, fold: boolean): number {
  if (isNil(a) && isNil(b)) return 0;
  if (isNil(a)) return 1;
  if (isNil(b)) return -1;
  const l = fold ? String(a).toLowerCase() : (a as number);
  const r = fold ? String(b).toLowerCase() : (b as number);
  return l < r ? -1 : l > r ? 1 : 0;
}

function sortBy(ctx: FilterContext, list: unknown, property: unknown, fold: boolean): unknown[] {
  const array = toArray(list);
  ctx.use(array.length);
  return array
    .map((item) => [item, property ? field(item, property) : item] as const)
    .sort((l, r) => ordered(l[1], r[1], fold))
    .map((pair) => pair[0]);
}

const text =
  (f: (s: string) => string): Filter =>
  (ctx, v) => {
    const s = stringify(v);
    ctx.use(s.length);
    return f(s);
  };

const math =
  (f: (...n: number[]) => number): Filter =>
  (_ctx, v, args) =>
    f(toNumber(v), ...args.map(toNumber));

const strip =
  (side: 'both' | 'start' | 'end'): Filter =>
  (ctx, v, [chars]) => {
    const s = stringify(v);
    ctx.use(s.length);
    if (!chars) return side === 'both' ? s.trim() : side === 'start' ? s.trimStart() : s.trimEnd();
    const set = new Set(stringify(chars));
    ctx.use(side === 'both' ? set.size : stringify(chars).length);
    const start = side === 'end' ? 0 : trimStart(s, set);
    return s.slice(start, side === 'start' ? s.length : trimEnd(s, set, start));
  };

function shiftDecimal(n: number, exponent: number): number {
  const [mantissa, power = '0'] = String(n).split('e');
  return Number(`${mantissa}e${Number(power) + exponent}`);
}

function stripHtml(s: string): string {
  const blocks = new Map([
    ['<script', '</script>'],
    ['<style', '</style>'],
    ['<!--', '-->'],
    ['<', '>'],
  ]);
  let out = '';
  let i = 0;
  while (i < s.length) {
    const lt = s.indexOf('<', i);
    if (lt < 0) return out + s.slice(i);
    out += s.slice(i, lt);
    for (const [opener, closer] of blocks) {
      if (!s.startsWith(opener, lt)) continue;
      const e = s.indexOf(closer, lt + opener.length);
      if (e >= 0) {
        i = e + closer.length;
        break;
      }
      blocks.delete(opener);
    }
    if (i <= lt) return out + s.slice(lt);
  }
  return out;
}

function needsArgument(name: string, args: unknown[]): void {
  if (args.length !== 1) throw new FilterArgumentError(name);
}

/** A filter called without the argument it needs (`| append`). */
export class FilterArgumentError extends Error {
  constructor(readonly filter: string) {
    super(filter);
  }
}

export const FILTERS: Readonly<Record<string, Filter>> = {
  default: (_ctx, v, [fallback, ...rest]) => {
    const value = toValue(v);
    if (Array.isArray(value) || typeof value === 'string') return value.length ? value : fallback;
    const allowFalse = rest.some((a) => Array.isArray(a) && a[0] === 'allow_false' && a[1]);
    if (value === false && allowFalse) return false;
    return value ? value : fallback;
  },
  raw: (_ctx, v) => v,
  date: (ctx, v, [style]) => ctx.date(v, style),
  capitalize: text((s) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase()),
  upcase: text((s) => s.toUpperCase()),
  downcase: text((s) => s.toLowerCase()),
  append: (ctx, v, args) => {
    needsArgument('append', args);
    const [l, r] = [stringify(v), stringify(args[0])];
    ctx.use(l.length + r.length);
    return l + r;
  },
  prepend: (ctx, v, args) => {
    needsArgument('prepend', args);
    const [l, r] = [stringify(v), stringify(args[0])];
    ctx.use(l.length + r.length);
    return r + l;
  },
  strip: strip('both'),
  lstrip: strip('start'),
  rstrip: strip('end'),
  strip_newlines: text((s) => s.replace(/\r?\n/gm, '')),
  squish: text((s) => s.replace(BLANKS, ' ').trim()),
  normalize_whitespace: text((s) => s.replace(BLANKS, ' ')),
  replace: (ctx, v, [a, b]) => {
    const [s, pattern, replacement] = [stringify(v), stringify(a), stringify(b)];
    const parts = s.split(pattern);
    ctx.use(s.length + (parts.length - 1) * (replacement.length - pattern.length));
    return parts.join(replacement);
  },
  replace_first: (ctx, v, [a, b]) => {
    const [s, pattern, replacement] = [stringify(v), stringify(a), stringify(b)];
    ctx.use(s.length + pattern.length + replacement.length);
    return s.replace(pattern, () => replacement);
  },
  replace_last: (ctx, v, [a, b]) => {
    const [s, pattern, replacement] = [stringify(v), stringify(a), stringify(b)];
    ctx.use(s.length + pattern.length + replacement.length);
    const i = s.lastIndexOf(pattern);
    return i === -1 ? s : s.slice(0, i) + replacement + s.slice(i + pattern.length);
  },
  remove: (ctx, v, [a]) => {
    const [s, pattern] = [stringify(v), stringify(a)];
    ctx.use(s.length + pattern.length);
    return s.split(pattern).join('');
  },
  remove_first: (ctx, v, [a]) => {
    const [s, pattern] = [stringify(v), stringify(a)];
    ctx.use(s.length + pattern.length);
    return s.replace(pattern, '');
  },
  remove_last: (ctx, v, [a]) => {
    const [s, pattern] = [stringify(v), stringify(a)];
    ctx.use(s.length + pattern.length);
    const i = s.lastIndexOf(pattern);
    return i === -1 ? s : s.slice(0, i) + s.slice(i + pattern.length);
  },
  truncate: (ctx, v, [length = 50, omission = '...']) => {
    const s = stringify(v);
    const o = stringify(omission);
    const l = length as number;
    ctx.use(s.length + o.length);
    if (s.length <= l || advance(s, 0, l) >= s.length) return v;
    return s.slice(0, advance(s, 0, Math.max(l - codePoints(o), 0))) + o;
  },
  truncatewords: (ctx, v, [count = 15, omission = '...']) => {
    const s = stringify(v);
    const o = stringify(omission);
    ctx.use(s.length + o.length);
    const words = s.trimStart().split(/\s+/);
    const n = (count as number) <= 0 ? 1 : (count as number);
    return words.slice(0, n).join(' ') + (words.length >= n ? o : '');
  },
  split: (ctx, v, [separator]) => {
    const s = stringify(v);
    ctx.use(s.length);
    const parts = s.split(stringify(separator));
    while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
    return parts;
  },
  join: (ctx, v, [separator]) => {
    const array = toArray(v);
    const sep = isNil(toValue(separator)) ? ' ' : stringify(separator);
    ctx.use(
      sep.length * Math.max(array.length - 1, 0) + array.reduce<number>((n, x) => n + String(x).length, 0),
    );
    return array.map(toValue).join(sep);
  },
  first: (_ctx, v) => listItem(toValue(v), 0),
  last: (_ctx, v) => listItem(toValue(v), -1),
  size: (_ctx, v) => ((v as { length?: number } | null)?.length ?? 0) || 0,
  reverse: (ctx, v) => {
    const array = toArray(v);
    ctx.use(array.length);
    return [...array].reverse();
  },
  sort: (ctx, v, [property]) => sortBy(ctx, v, property, false),
  sort_natural: (ctx, v, [property]) => sortBy(ctx, v, property, true),
  uniq: (ctx, v) => {
    const array = toArray(v);
    ctx.use(array.length);
    return [...new Set(array)];
  },
  compact: (ctx, v) => {
    const array = toArray(v);
    ctx.use(array.length);
    return array.filter((x) => !isNil(toValue(x)));
  },
  map: (ctx, v, [property]) => {
    const array = toArray(v);
    ctx.use(array.length);
    return array.map((item) => field(item, property));
  },
  slice: (ctx, v, [start, length = 1]) => {
    const value = toValue(v);
    if (isNil(value)) return [];
    const list = Array.isArray(value) ? value : stringify(value);
    let begin = Number(toValue(start));
    const count = Number(toValue(length));
    if (begin < 0) begin += Array.isArray(list) ? list.length : codePoints(list);
    if (begin < 0 || count < 0) return Array.isArray(list) ? [] : '';
    ctx.use(count);
    if (Array.isArray(list)) return list.slice(begin, begin + count);
    const from = advance(list, 0, begin);
    return list.slice(from, advance(list, from, count));
  },
  // A missing operand is NaN, as in liquidjs (`{{ 1 | plus }}` prints NaN).
  plus: math((a, b) => a + (b as number)),
  minus: math((a, b) => a - (b as number)),
  times: math((a, b) => a * (b as number)),
  divided_by: math((a, b, integer) => (integer ? Math.floor(a / (b as number)) : a / (b as number))),
  modulo: math((a, b) => ((a % (b as number)) + (b as number)) % (b as number)),
  round: (_ctx, v, [digits = 0]) => {
    const n = toNumber(v);
    const d = toNumber(digits);
    const scaled = shiftDecimal(Math.abs(n), d);
    if (!(scaled <= Number.MAX_SAFE_INTEGER)) return n;
    const rounded = shiftDecimal(Math.round(scaled), -d);
    return n < 0 ? -rounded : rounded;
  },
  ceil: math(Math.ceil),
  floor: math(Math.floor),
  abs: math(Math.abs),
  at_least: math(Math.max),
  at_most: math(Math.min),
  url_encode: (_ctx, v) => encodeURIComponent(stringify(v)).replace(/%20/g, '+'),
  number_of_words: (ctx, v, [mode]) => {
    const s = stringify(v);
    ctx.use(s.length);
    const input = s.trim();
    if (!input) return 0;
    const cjk = input.match(CJK_CHAR)?.length ?? 0;
    const others = () => input.match(NON_CJK_WORD)?.length ?? 0;
    if (mode === 'cjk' || (mode === 'auto' && cjk > 0)) return cjk + others();
    return input.split(/\s+/).length;
  },
  array_to_sentence_string: (ctx, v, [connector = 'and']) => {
    const array = toArray(v);
    const c = stringify(connector);
    ctx.use(c.length + array.length * 2 + array.reduce<number>((n, x) => n + stringify(x).length, 0));
    if (array.length === 0) return '';
    if (array.length === 1) return array[0];
    if (array.length === 2) return `${array[0]} ${c} ${array[1]}`;
    return `${array.slice(0, -1).join(', ')}, ${c} ${array[array.length - 1]}`;
  },
  strip_html: text(stripHtml),
};

/** `first`/`last` of a list or a string (its first or last character); '' for anything else. */
function listItem(v: unknown, index: number): unknown {
  if (!v || typeof (v as { length?: unknown }).length !== 'number') return '';
  const list = v as ArrayLike<unknown>;
  const i = index < 0 ? list.length + index : index;
  return own(list, i) ? list[i] : undefined;
}
