// Turns tokens into the tree of tags a template may use: if/elsif/else, unless, case/when, for
// (limit, offset, reversed, else), break, continue, comment and `{% # %}`. Anything else is refused
// here, with its position, before any value is read.
import type { Branch, Expr, FilteredValue, Node } from './ast';
import { LiquidError, type Position, positionsOf } from './errors';
import { Cursor } from './expression';
import { FILTERS } from './filters';
import { type Token, tokenize } from './lexer';
import { LIMITS } from './limits';
import { own } from './values';

type TagToken = Extract<Token, { kind: 'tag' }>;

/** Tags Liquid has that templates may not use, named as such rather than as unknown. */
const UNAVAILABLE = ['raw', 'include', 'render', 'layout', 'tablerow'];

class Parser {
  private i = 0;
  private depth = 0;
  private readonly positionAt: (offset: number) => Position;
  private readonly tokens: Token[];

  constructor(private readonly source: string) {
    this.positionAt = positionsOf(source);
    this.tokens = tokenize(source, this.positionAt);
  }

  private cursor(content: string, at: number, tokenAt: number): Cursor {
    return new Cursor(this.source, at, at + content.length, this.positionAt, this.positionAt(tokenAt));
  }

  private filtered(content: string, at: number, tokenAt: number): FilteredValue {
    const c = this.cursor(content, at, tokenAt);
    const value = c.filteredValue();
    for (const f of value.filters)
      if (!own(FILTERS, f.name))
        throw new LiquidError('lint.parse.unknownFilter', { filter: f.name }, c.tokenAt);
    return value;
  }

  /** Nodes up to one of the `stops` tags (returned, consumed), or to the end (null). */
  nodes(stops: readonly string[]): { nodes: Node[]; stop: TagToken | null } {
    const nodes: Node[] = [];
    while (this.i < this.tokens.length) {
      const token = this.tokens[this.i++]!;
      const at = this.positionAt(token.at);
      if (token.kind === 'text') nodes.push({ kind: 'text', value: token.value, at });
      else if (token.kind === 'output')
        nodes.push({ kind: 'output', value: this.filtered(token.content, token.contentAt, token.at), at });
      else if (stops.includes(token.name)) return { nodes, stop: token };
      else nodes.push(this.tag(token, at));
    }
    return { nodes, stop: null };
  }

  private block(open: TagToken, at: Position, stops: readonly string[]): { nodes: Node[]; stop: TagToken } {
    if (++this.depth > LIMITS.depth) throw new LiquidError('lint.parse.tooDeep', { count: LIMITS.depth }, at);
    const r = this.nodes(stops);
    this.depth--;
    if (r.stop === null) throw new LiquidError('lint.parse.unclosed', { tag: open.name }, at);
    return r as { nodes: Node[]; stop: TagToken };
  }

  private unexpected(token: TagToken): never {
    throw new LiquidError('lint.parse.unexpectedTag', { tag: token.name }, this.positionAt(token.at));
  }

  private tag(token: TagToken, at: Position): Node {
    switch (token.name) {
      case 'if':
      case 'unless':
        return this.conditional(token, at);
      case 'case':
        return this.caseTag(token, at);
      case 'for':
        return this.forTag(token, at);
      case 'break':
      case 'continue':
        return { kind: token.name, at };
      case 'comment': {
        // Skipped to its end unread, as liquidjs does (no nesting).
        while (this.i < this.tokens.length) {
          const t = this.tokens[this.i++]!;
          if (t.kind === 'tag' && t.name === 'endcomment') return { kind: 'comment', at };
        }
        throw new LiquidError('lint.parse.unclosed', { tag: 'comment' }, at);
      }
      case '#':
        if (/\n\s*[^#\s]/.test(token.args)) throw new LiquidError('lint.parse.inlineComment', {}, at);
        return { kind: 'comment', at };
      default:
        throw new LiquidError(
          UNAVAILABLE.includes(token.name) ? 'lint.parse.unavailableTag' : 'lint.parse.unknownTag',
          { tag: token.name },
          at,
        );
    }
  }

  private conditional(open: TagToken, at: Position): Node {
    const end = `end${open.name}`;
    const branches: Branch[] = [];
    let test = this.filtered(open.args, open.argsAt, open.at);
    let negate = open.name === 'unless';
    for (;;) {
      const r = this.block(open, at, ['elsif', 'else', end]);
      branches.push({ test, negate, body: r.nodes });
      if (r.stop.name === end) return { kind: 'if', branches, otherwise: [], at };
      if (r.stop.name === 'else') {
        const rest = this.block(open, at, ['elsif', 'else', end]);
        if (rest.stop.name !== end) this.unexpected(rest.stop);
        return { kind: 'if', branches, otherwise: rest.nodes, at };
      }
      test = this.filtered(r.stop.args, r.stop.argsAt, r.stop.at);
      negate = false;
    }
  }

  private caseTag(open: TagToken, at: Position): Node {
    const subject = this.filtered(open.args, open.argsAt, open.at);
    const whens: { values: Expr[]; body: Node[] }[] = [];
    // Anything before the first `when` is never shown.
    let r = this.block(open, at, ['when', 'else', 'endcase']);
    while (r.stop.name === 'when') {
      const c = this.cursor(r.stop.args, r.stop.argsAt, r.stop.at);
      const values: Expr[] = [];
      while (!c.done()) {
        values.push(c.valueOrFail());
        c.skipBlank();
        if (c.peek() === ',') c.p++;
        else if (c.source.startsWith('or', c.p) && !/[\w\-?]/.test(c.peek(2))) c.p += 2;
        else if (!c.done()) c.fail();
      }
      r = this.block(open, at, ['when', 'else', 'endcase']);
      whens.push({ values, body: r.nodes });
    }
    if (r.stop.name === 'endcase') return { kind: 'case', subject, whens, otherwise: [], at };
    const rest = this.block(open, at, ['when', 'else', 'endcase']);
    if (rest.stop.name !== 'endcase') this.unexpected(rest.stop);
    return { kind: 'case', subject, whens, otherwise: rest.nodes, at };
  }

  private forTag(open: TagToken, at: Position): Node {
    const c = this.cursor(open.args, open.argsAt, open.at);
    const variable = c.identifier();
    if (variable === '' || c.identifier() !== 'in') c.fail();
    const collection = c.valueOrFail();
    let offset: Expr | null = null;
    let limit: Expr | null = null;
    let reversed = false;
    while (!c.done()) {
      if (c.peek() === ',') c.p++;
      const key = c.identifier();
      if (key === '') c.fail();
      c.skipBlank();
      let value: Expr | null = null;
      if (c.peek() === ':') {
        c.p++;
        value = c.valueOrFail();
      }
      if (key === 'offset') offset = value;
      else if (key === 'limit') limit = value;
      else if (key === 'reversed') reversed = true;
    }
    const r = this.block(open, at, ['else', 'endfor']);
    let otherwise: Node[] = [];
    if (r.stop.name === 'else') {
      const rest = this.block(open, at, ['else', 'endfor']);
      if (rest.stop.name !== 'endfor') this.unexpected(rest.stop);
      otherwise = rest.nodes;
    }
    return { kind: 'for', variable, collection, offset, limit, reversed, body: r.nodes, otherwise, at };
  }
}

/** Parses a template, or throws a LiquidError with the code and position of the first problem. */
export function parse(source: string): Node[] {
  if (source.length > LIMITS.parse) throw new LiquidError('lint.parse.tooLong', {}, { line: 1, column: 1 });
  const parser = new Parser(source);
  const { nodes, stop } = parser.nodes([]);
  if (stop) throw new LiquidError('lint.parse.unknownTag', { tag: stop.name }, { line: 1, column: 1 });
  return nodes;
}
