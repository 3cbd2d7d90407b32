// Finds what a parsed template reads: where it prints merge fields (which field, with loop variables
// resolved, so `p.first_name` in `{% for p in to %}` is `to[].first_name`; whether it has a default;
// whether an enclosing if/unless/case tests it), and every variable path it reads outside loop
// variables (lint checks those against the merge context). Rendering hooks each output through it.
import type { Expr, FilteredValue, Node, OutputNode, PathExpr, Position } from './engine';
import { LIST_ROOTS } from './fields';

export interface OutputUse {
  node: OutputNode;
  /** The variable as written (`p.first_name`), or null when the output prints a literal or expression. */
  written: string | null;
  /** The merge field it stands for (`to[].first_name`), or the written path for local variables. */
  field: string | null;
  hasDefault: boolean;
  /** `| default: ""`: the author chose to allow an empty value. */
  allowsEmpty: boolean;
  /** An enclosing if/unless/case condition mentions the same field. */
  guarded: boolean;
}

/** `to[0].name` → `to.first.name`, `a["b"]` → `a.b`, any other index → `.[]`. */
function segmentsOf(written: string): string[] {
  return written
    .replace(/\[\s*["']([^"']*)["']\s*\]/g, '.$1')
    .replace(/\[\s*0\s*\]/g, '.first')
    .replace(/\[[^\]]*\]/g, '.[]')
    .split('.')
    .filter((s) => s !== '');
}

/** The merge field a written path stands for, given loop variables bound to `to[]` / `cc[]`. */
export function canonicalField(written: string, aliases: ReadonlyMap<string, string>): string {
  const segs = segmentsOf(written);
  const alias = aliases.get(segs[0] ?? '');
  if (alias) segs[0] = alias;
  if ((LIST_ROOTS as readonly string[]).includes(segs[0] ?? '') && segs.length > 1) {
    if (segs[1] === 'first') segs.splice(1, 1);
    else if (segs[1] === 'last' || segs[1] === '[]') segs.splice(0, 2, `${segs[0]}[]`);
  }
  return segs.join('.');
}

/** Variable paths an expression compares or tests (its operands, not what indexes them). */
export function variablesOf(e: Expr): string[] {
  if (e.kind === 'path') return [e.text];
  if (e.kind === 'binary') return [...variablesOf(e.left), ...variablesOf(e.right)];
  return [];
}

const isEmptyLiteral = (arg: unknown) => {
  const a = arg as Expr | undefined;
  return a?.kind === 'literal' && (a.text === '""' || a.text === "''");
};

/** Reports every output with what it prints, in template order. */
export function walkTemplate(nodes: Node[], onOutput: (use: OutputUse) => void): void {
  const visit = (list: Node[], aliases: Map<string, string>, guards: ReadonlySet<string>) => {
    const guarded = (tests: Expr[]) =>
      new Set([...guards, ...tests.flatMap(variablesOf).map((v) => canonicalField(v, aliases))]);
    for (const node of list) {
      if (node.kind === 'output') {
        const { initial, filters } = node.value;
        const written = initial.kind === 'path' ? initial.text : null;
        const field = written === null ? null : canonicalField(written, aliases);
        onOutput({
          node,
          written,
          field,
          hasDefault: filters.some((f) => f.name === 'default'),
          allowsEmpty: filters.some((f) => f.name === 'default' && isEmptyLiteral(f.args[0])),
          guarded: field !== null && guards.has(field),
        });
      } else if (node.kind === 'if') {
        for (const b of node.branches) visit(b.body, aliases, guarded([b.test.initial]));
        visit(node.otherwise, aliases, guards);
      } else if (node.kind === 'case') {
        for (const w of node.whens) visit(w.body, aliases, guarded([node.subject.initial]));
        visit(node.otherwise, aliases, guards);
      } else if (node.kind === 'for') {
        const inner = new Map(aliases);
        const source = node.collection.kind === 'path' ? canonicalField(node.collection.text, aliases) : '';
        if ((LIST_ROOTS as readonly string[]).includes(source)) inner.set(node.variable, `${source}[]`);
        else inner.delete(node.variable);
        visit(node.body, inner, guards);
        visit(node.otherwise, aliases, guards);
      }
    }
  };
  visit(nodes, new Map(), new Set());
}

/** A variable path the template reads from the scope: its segments (an inner path is `[]`) and place. */
export interface GlobalUse {
  segments: (string | number | null)[];
  at: Position;
}

/**
 * Every path read from the scope (not from a loop variable or `forloop`), in the order liquidjs's
 * analysis reports them: a tag's own arguments, then what is inside it.
 */
export function globalsOf(nodes: Node[]): GlobalUse[] {
  const found: GlobalUse[] = [];
  const expr = (e: Expr | null, locals: ReadonlySet<string>): void => {
    if (e === null) return;
    if (e.kind === 'binary') {
      expr(e.left, locals);
      expr(e.right, locals);
    } else if (e.kind === 'range') {
      expr(e.from, locals);
      expr(e.to, locals);
    } else if (e.kind === 'path') path(e, locals);
  };
  const path = (p: PathExpr, locals: ReadonlySet<string>) => {
    const root = p.segments[0];
    if (p.base === null && !(typeof root === 'string' && locals.has(root)))
      found.push({ segments: p.segments.map((s) => (typeof s === 'object' ? null : s)), at: p.at });
    expr(p.base, locals);
    for (const s of p.segments) if (typeof s === 'object') expr(s, locals);
  };
  const filtered = (f: FilteredValue, locals: ReadonlySet<string>) => {
    expr(f.initial, locals);
    for (const call of f.filters) for (const a of call.args) expr(a.kind === 'keyword' ? a.value : a, locals);
  };
  const visit = (list: Node[], locals: ReadonlySet<string>) => {
    for (const node of list) {
      if (node.kind === 'output') filtered(node.value, locals);
      else if (node.kind === 'if') {
        for (const b of node.branches) filtered(b.test, locals);
        for (const b of node.branches) visit(b.body, locals);
        visit(node.otherwise, locals);
      } else if (node.kind === 'case') {
        filtered(node.subject, locals);
        for (const w of node.whens) for (const v of w.values) expr(v, locals);
        for (const w of node.whens) visit(w.body, locals);
        visit(node.otherwise, locals);
      } else if (node.kind === 'for') {
        expr(node.collection, locals);
        expr(node.offset, locals);
        expr(node.limit, locals);
        visit(node.body, new Set([...locals, node.variable, 'forloop']));
        visit(node.otherwise, locals);
      }
    }
  };
  visit(nodes, new Set());
  return found;
}
