// Reads the inside of `{{ }}` and tag arguments: values (literals, paths, ranges), operators and
// filters, with liquidjs's rules (names may hold `-` and `?`; and/or group right to left).
import type { Expr, FilterArg, FilterCall, FilteredValue, PathExpr } from './ast';
import { LiquidError, type Position } from './errors';
import { isBlank, isWord, near, skipQuoted } from './lexer';
import { LIMITS } from './limits';
import { BLANK_VALUE, EMPTY, NIL } from './values';

const LITERALS: Record<string, unknown> = {
  true: true,
  false: false,
  nil: NIL,
  null: NIL,
  empty: EMPTY,
  blank: BLANK_VALUE,
};

// Longest first, so `>=` is not read as `>`.
const OPERATORS = ['==', '!=', '<>', '>=', '<=', '>', '<', 'contains', 'and', 'or'];
const precedence = (op: string) => (op === 'and' || op === 'or' ? 0 : 2);

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v' };

function unquote(text: string): string {
  const inner = text.slice(1, text.length - (text.length > 1 && text.endsWith(text[0]!) ? 1 : 0));
  return inner.replace(/\\(u[0-9a-fA-F]{4}|[\s\S])/g, (_m, c: string) =>
    c.length === 5 ? String.fromCharCode(Number.parseInt(c.slice(1), 16)) : (ESCAPES[c] ?? c),
  );
}

/** A reader over one token's content; every error points at the token. */
export class Cursor {
  constructor(
    readonly source: string,
    public p: number,
    readonly end: number,
    readonly positionAt: (offset: number) => Position,
    readonly tokenAt: Position,
  ) {
    this.start = p;
  }

  /** Where the content starts. */
  private readonly start: number;
  /** Brackets open around the value being read. */
  private depth = 0;

  /** Stops with what follows the point reading stopped at, or the whole content when that is the end. */
  fail(): never {
    const source = this.source.slice(0, this.end);
    const at = near(source, this.p) || near(source, this.start);
    throw new LiquidError('lint.parse.invalid', { near: at }, this.tokenAt);
  }

  skipBlank(): void {
    while (this.p < this.end && isBlank(this.source[this.p])) this.p++;
  }

  done(): boolean {
    this.skipBlank();
    return this.p >= this.end;
  }

  peek(n = 0): string {
    return this.p + n < this.end ? this.source[this.p + n]! : '';
  }

  identifier(): string {
    this.skipBlank();
    const begin = this.p;
    while (this.p < this.end && isWord(this.source[this.p])) this.p++;
    return this.source.slice(begin, this.p);
  }

  /** A word like `and` or `nil` here, not the start of a longer name. */
  private word(w: string): boolean {
    return this.source.startsWith(w, this.p) && this.p + w.length <= this.end && !isWord(this.peek(w.length));
  }

  private literal(): Expr | null {
    for (const text of Object.keys(LITERALS)) {
      if (this.word(text)) {
        this.p += text.length;
        return { kind: 'literal', value: LITERALS[text], text };
      }
    }
    const c = this.peek();
    if (c === '"' || c === "'") {
      const begin = this.p;
      this.p = Math.min(skipQuoted(this.source, begin), this.end);
      const text = this.source.slice(begin, this.p);
      return { kind: 'literal', value: unquote(text), text };
    }
    const m = /^[-+]?(\d+(\.\d+)?)/.exec(this.source.slice(this.p, this.end));
    if (
      m &&
      !isWord(this.peek(m[0].length)) &&
      !(this.peek(m[0].length) === '.' && this.peek(m[0].length + 1) !== '.')
    ) {
      this.p += m[0].length;
      return { kind: 'literal', value: Number(m[0]), text: m[0] };
    }
    return null;
  }

  private range(): Expr | null {
    if (this.peek() !== '(') return null;
    this.p++;
    const from = this.valueOrFail();
    this.skipBlank();
    if (this.peek() !== '.' || this.peek(1) !== '.') this.fail();
    this.p += 2;
    const to = this.valueOrFail();
    this.skipBlank();
    if (this.peek() !== ')') this.fail();
    this.p++;
    return { kind: 'range', from, to };
  }

  valueOrFail(): Expr {
    return this.value() ?? this.fail();
  }

  /** One operand: a literal, a range or a path (optionally on a literal), or null when there is none. */
  value(): Expr | null {
    this.skipBlank();
    const begin = this.p;
    const base = this.literal() ?? this.range();
    const segments: PathExpr['segments'] = [];
    for (;;) {
      if (this.peek() === '[') {
        this.p++;
        // `a[a[a[…]]]` nests by recursion: bounded like blocks, never run into the call stack.
        if (++this.depth > LIMITS.depth)
          throw new LiquidError('lint.parse.tooDeep', { count: LIMITS.depth }, this.tokenAt);
        const inner = this.value();
        this.depth--;
        const close = this.source.indexOf(']', this.p);
        if (close === -1 || close >= this.end) this.fail();
        this.p = close + 1;
        if (inner === null) segments.push('');
        else if (
          inner.kind === 'literal' &&
          (typeof inner.value === 'string' || typeof inner.value === 'number')
        )
          segments.push(inner.value);
        else segments.push(inner);
        continue;
      }
      if (base === null && segments.length === 0) {
        const name = this.identifier();
        if (name !== '') {
          segments.push(name);
          continue;
        }
      }
      if (this.peek() === '.' && this.peek(1) !== '.') {
        this.p++;
        const name = this.identifier();
        if (name === '') break;
        segments.push(name);
        continue;
      }
      break;
    }
    if (segments.length === 0) return base;
    return {
      kind: 'path',
      base,
      segments,
      text: this.source.slice(begin, this.p),
      at: this.positionAt(begin),
    };
  }

  private operator(): string | null {
    this.skipBlank();
    for (const op of OPERATORS) {
      if (/^[a-z]/.test(op) ? this.word(op) : this.source.startsWith(op, this.p)) {
        this.p += op.length;
        return op;
      }
    }
    return null;
  }

  /** Operands joined by operators, grouped as liquidjs's postfix conversion groups them. */
  expression(): Expr {
    const postfix: (Expr | string)[] = [];
    const ops: string[] = [];
    postfix.push(this.valueOrFail());
    for (let op = this.operator(); op !== null; op = this.operator()) {
      while (ops.length > 0 && precedence(ops[ops.length - 1]!) > precedence(op)) postfix.push(ops.pop()!);
      ops.push(op);
      postfix.push(this.valueOrFail());
    }
    while (ops.length > 0) postfix.push(ops.pop()!);
    const stack: Expr[] = [];
    for (const item of postfix) {
      if (typeof item !== 'string') stack.push(item);
      else {
        const right = stack.pop()!;
        const left = stack.pop()!;
        stack.push({ kind: 'binary', op: item === '<>' ? '!=' : item, left, right });
      }
    }
    return stack[0]!;
  }

  private filterArg(): FilterArg | null {
    const key = this.value();
    if (key === null) return null;
    this.skipBlank();
    if (this.peek() !== ':') return key;
    this.p++;
    return {
      kind: 'keyword',
      key: key.kind === 'path' ? key.text : ((key as { text?: string }).text ?? ''),
      value: this.value(),
    };
  }

  /** An expression and its filters, to the end of the token. */
  filteredValue(): FilteredValue {
    const initial = this.expression();
    const filters: FilterCall[] = [];
    while (!this.done()) {
      if (this.peek() !== '|') this.fail();
      this.p++;
      const name = this.identifier();
      if (name === '') {
        if (this.done()) break;
        this.fail();
      }
      const args: FilterArg[] = [];
      this.skipBlank();
      if (this.peek() === ':') {
        do {
          this.p++;
          const arg = this.filterArg();
          if (arg) args.push(arg);
          if (!this.done() && this.peek() !== ',' && this.peek() !== '|') this.fail();
        } while (this.peek() === ',');
      } else if (!this.done() && this.peek() !== '|') this.fail();
      filters.push({ name, args });
    }
    return { initial, filters };
  }
}
