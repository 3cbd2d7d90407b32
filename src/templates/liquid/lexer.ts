// Splits a template into text, `{{ output }}` and `{% tag %}` tokens, applying whitespace control
// (`{{-`, `-}}`, `{%-`, `-%}` trim all whitespace on that side, as liquidjs's greedy default does).
import { LiquidError, type Position } from './errors';

export type Token =
  | { kind: 'text'; value: string; at: number }
  | { kind: 'output'; content: string; contentAt: number; at: number }
  | { kind: 'tag'; name: string; args: string; argsAt: number; at: number };

// The whitespace liquidjs trims: ASCII blanks and the Unicode space separators.
const BLANK = /[\t\n\v\f\r \u00a0\u1680\u180e\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
export const isBlank = (c: string | undefined): boolean => c !== undefined && BLANK.test(c);

/** A character of a name (tag, variable, filter): letters, digits, `_ - ?`, and non-blank non-ASCII. */
export function isWord(c: string | undefined): boolean {
  if (c === undefined || c === '') return false;
  const code = c.charCodeAt(0);
  if (code >= 128) return !BLANK.test(c) && code !== 0x201c && code !== 0x201d;
  return /[A-Za-z0-9_\-?]/.test(c);
}

/** Index just past the closing delimiter, or -1; outputs skip quoted strings, as liquidjs does. */
function closeOf(source: string, from: number, close: string, quoted: boolean): number {
  let p = from;
  while (p < source.length) {
    const c = source[p]!;
    if (quoted && (c === '"' || c === "'")) {
      p = skipQuoted(source, p);
      continue;
    }
    if (source.startsWith(close, p)) return p + close.length;
    p++;
  }
  return -1;
}

/** Index just past a quoted string starting at `from` (or the end when it is not closed). */
export function skipQuoted(source: string, from: number): number {
  const quote = source[from];
  let escaped = false;
  for (let p = from + 1; p < source.length; p++) {
    const c = source[p];
    if (c === quote && !escaped) return p + 1;
    escaped = !escaped && c === '\\';
  }
  return source.length;
}

interface Raw {
  token: Token;
  trimLeft: boolean;
  trimRight: boolean;
}

export function tokenize(source: string, positionAt: (offset: number) => Position): Token[] {
  const raws: Raw[] = [];
  let p = 0;
  while (p < source.length) {
    const output = source.indexOf('{{', p);
    const tag = source.indexOf('{%', p);
    const next = output === -1 ? tag : tag === -1 ? output : Math.min(output, tag);
    if (next === -1) {
      raws.push({
        token: { kind: 'text', value: source.slice(p), at: p },
        trimLeft: false,
        trimRight: false,
      });
      break;
    }
    if (next > p)
      raws.push({
        token: { kind: 'text', value: source.slice(p, next), at: p },
        trimLeft: false,
        trimRight: false,
      });
    const isOutput = next === output;
    const close = isOutput ? '}}' : '%}';
    const end = closeOf(source, next + 2, close, isOutput);
    if (end === -1)
      throw new LiquidError(
        isOutput ? 'lint.parse.unclosedOutput' : 'lint.parse.unclosedTag',
        {},
        positionAt(next),
      );
    let from = next + 2;
    let to = end - 2;
    const trimLeft = source[from] === '-';
    if (trimLeft) from++;
    const trimRight = to > from && source[to - 1] === '-';
    if (trimRight) to--;
    while (from < to && isBlank(source[from])) from++;
    while (to > from && isBlank(source[to - 1])) to--;
    if (isOutput) {
      raws.push({
        token: { kind: 'output', content: source.slice(from, to), contentAt: from, at: next },
        trimLeft,
        trimRight,
      });
    } else {
      // `{% # note %}` is an inline comment: its name is the `#` alone.
      let nameEnd = from;
      if (source[from] === '#') nameEnd++;
      else while (nameEnd < to && isWord(source[nameEnd])) nameEnd++;
      let argsAt = nameEnd;
      while (argsAt < to && isBlank(source[argsAt])) argsAt++;
      const name = source.slice(from, nameEnd);
      if (name === '')
        throw new LiquidError('lint.parse.invalid', { near: near(source, from) }, positionAt(next));
      raws.push({
        token: { kind: 'tag', name, args: source.slice(argsAt, to), argsAt, at: next },
        trimLeft,
        trimRight,
      });
    }
    p = end;
  }
  for (let i = 0; i < raws.length; i++) {
    const r = raws[i]!;
    const before = raws[i - 1]?.token;
    const after = raws[i + 1]?.token;
    if (r.trimLeft && before?.kind === 'text') before.value = trimEnd(before.value);
    if (r.trimRight && after?.kind === 'text') after.value = trimStart(after.value);
  }
  return raws.map((r) => r.token);
}

function trimEnd(s: string): string {
  let i = s.length;
  while (i > 0 && isBlank(s[i - 1])) i--;
  return s.slice(0, i);
}

function trimStart(s: string): string {
  let i = 0;
  while (i < s.length && isBlank(s[i])) i++;
  return s.slice(i);
}

/** The text an error points at, cut short, for a message that shows where reading stopped. */
export function near(source: string, at: number): string {
  const rest = source.slice(at, at + 33).split('\n')[0] ?? '';
  return rest.length > 32 ? `${rest.slice(0, 29)}...` : rest;
}
