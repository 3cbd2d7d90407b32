// Runs a parsed template against a scope. Every node rendered and every character of text is
// counted against LIMITS (the caller's output hook counts what it prints into the same budget), so
// a template stops at the same point every time, with the position of the node that stopped it.
import type { Expr, FilteredValue, Node, OutputNode } from './ast';
import { LiquidError, type Position } from './errors';
import { FILTERS, FilterArgumentError, type FilterContext } from './filters';
import { LIMITS } from './limits';
import { compare, contains, equals, isTruthy, own, readProperty, toEnumerable, toValue } from './values';

/** Counters of one render, shared with the caller's output hook. */
export interface Budget {
  renders: number;
  chars: number;
  memory: number;
}

export interface RenderHooks {
  /** The text an output prints (the caller escapes, marks or fills it). */
  output(node: OutputNode, value: unknown): string;
  /** The `date` filter. */
  date(value: unknown, style: unknown): unknown;
}

/** Adds printed characters to the budget; throws when the output limit is passed. */
export function chargeChars(budget: Budget, n: number, at: Position): void {
  budget.chars += n;
  if (budget.chars > LIMITS.output)
    throw new LiquidError('lint.render.tooLong', { count: LIMITS.output }, at);
}

class Run implements FilterContext {
  private readonly scopes: Record<string, unknown>[] = [];
  private broke = false;
  private continued = false;
  /** The node being rendered, where a filter or limit error points. */
  at: Position = { line: 1, column: 1 };

  constructor(
    private readonly globals: Record<string, unknown>,
    private readonly hooks: RenderHooks,
    readonly budget: Budget,
  ) {}

  use(n: number): void {
    this.budget.memory += +n || 0;
    if (this.budget.memory > LIMITS.memory) throw new LiquidError('lint.render.tooMuchText', {}, this.at);
  }

  date(value: unknown, style: unknown): unknown {
    return this.hooks.date(value, style);
  }

  private lookup(key: unknown): unknown {
    const k = toValue(key) as string;
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const scope = this.scopes[i]!;
      if (own(scope, k)) return scope[k];
    }
    return readProperty(this.globals, k);
  }

  value(e: Expr): unknown {
    switch (e.kind) {
      case 'literal':
        return e.value;
      case 'range': {
        const low = toValue(this.value(e.from)) as number;
        const high = toValue(this.value(e.to)) as number;
        this.use(high - low + 1);
        const list: number[] = [];
        for (let i = +low; i < +high + 1; i++) list.push(i);
        return list;
      }
      case 'binary': {
        const l = this.value(e.left);
        const r = this.value(e.right);
        if (e.op === '==') return equals(l, r);
        if (e.op === '!=') return !equals(l, r);
        if (e.op === 'contains') return contains(l, r);
        if (e.op === 'and') return isTruthy(l) && isTruthy(r);
        if (e.op === 'or') return isTruthy(l) || isTruthy(r);
        return compare(e.op, l, r);
      }
      case 'path': {
        const keys = e.segments.map((s) => (typeof s === 'object' ? toValue(this.value(s)) : s));
        let v = e.base === null ? this.lookup(keys.shift()) : this.value(e.base);
        for (const k of keys) v = readProperty(v, k);
        return v;
      }
    }
  }

  filtered(f: FilteredValue): unknown {
    let v = this.value(f.initial);
    for (const call of f.filters) {
      const args = call.args.map((a) =>
        a.kind === 'keyword' ? [a.key, a.value ? this.value(a.value) : undefined] : this.value(a),
      );
      try {
        v = FILTERS[call.name]!(this, v, args);
      } catch (err) {
        if (err instanceof FilterArgumentError)
          throw new LiquidError('lint.render.filterArgument', { filter: err.filter }, this.at);
        throw err;
      }
    }
    return v;
  }

  nodes(nodes: Node[], out: string[]): void {
    for (const node of nodes) {
      this.node(node, out);
      if (this.broke || this.continued) return;
    }
  }

  private node(node: Node, out: string[]): void {
    this.at = node.at;
    if (++this.budget.renders > LIMITS.renders)
      throw new LiquidError('lint.render.tooManyPieces', { count: LIMITS.renders }, node.at);
    switch (node.kind) {
      case 'text':
        chargeChars(this.budget, node.value.length, node.at);
        out.push(node.value);
        return;
      case 'output':
        out.push(this.hooks.output(node, this.filtered(node.value)));
        return;
      case 'if': {
        const hit = node.branches.find((b) => isTruthy(this.filtered(b.test)) !== b.negate);
        this.nodes(hit ? hit.body : node.otherwise, out);
        return;
      }
      case 'case': {
        const target = toValue(this.filtered(node.subject));
        let hit = false;
        for (const when of node.whens) {
          // Every matching `when` renders, as in Shopify Liquid and liquidjs.
          if (when.values.some((v) => equals(target, this.value(v)))) {
            this.nodes(when.body, out);
            hit = true;
          }
        }
        if (!hit) this.nodes(node.otherwise, out);
        return;
      }
      case 'for':
        this.loop(node, out);
        return;
      case 'break':
        this.broke = true;
        return;
      case 'continue':
        this.continued = true;
        return;
      case 'comment':
        return;
    }
  }

  private loop(node: Extract<Node, { kind: 'for' }>, out: string[]): void {
    let items = toEnumerable(this.value(node.collection));
    if (items.length === 0) {
      this.nodes(node.otherwise, out);
      return;
    }
    // Applied in this order whatever order they are written in, as liquidjs does; a value that is
    // undefined (`limit: missing`) is no limit.
    const offset = node.offset ? this.value(node.offset) : undefined;
    const limit = node.limit ? this.value(node.limit) : undefined;
    if (offset !== undefined) items = items.slice(offset as number);
    if (limit !== undefined) items = items.slice(0, limit as number);
    if (node.reversed) items = [...items].reverse();
    const length = items.length;
    // No prototype: a loop variable named `__proto__` is just a name.
    const scope: Record<string, unknown> = Object.create(null);
    this.scopes.push(scope);
    for (let i = 0; i < length; i++) {
      scope.forloop = {
        index: i + 1,
        index0: i,
        rindex: length - i,
        rindex0: length - i - 1,
        first: i === 0,
        last: i === length - 1,
        length,
      };
      scope[node.variable] = items[i];
      this.broke = this.continued = false;
      this.nodes(node.body, out);
      if (this.broke) break;
    }
    this.broke = this.continued = false;
    this.scopes.pop();
  }
}

/** Renders parsed nodes to text; throws a LiquidError for a limit or a failed filter. */
export function renderNodes(
  nodes: Node[],
  scope: Record<string, unknown>,
  hooks: RenderHooks,
  budget: Budget = { renders: 0, chars: 0, memory: 0 },
): string {
  const run = new Run(scope, hooks, budget);
  const out: string[] = [];
  try {
    run.nodes(nodes, out);
  } catch (err) {
    if (err instanceof LiquidError) throw err;
    // Anything else is a bug or a value no filter expects: a failure in words, never a raw message.
    throw new LiquidError('lint.render.failed', {}, run.at);
  }
  return out.join('');
}
