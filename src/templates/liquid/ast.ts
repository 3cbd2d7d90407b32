// The parsed shape of a template: what render.ts runs and what usage.ts and lint.ts read fields from.
import type { Position } from './errors';

/** A value read from the scope or from a literal: `a.b`, `a[0]`, `a["x"]`, `a[b]`, `"x".size`. */
export interface PathExpr {
  kind: 'path';
  /** A literal the path starts from (`"abc".size`), or null for a scope variable. */
  base: Expr | null;
  segments: (string | number | Expr)[];
  /** The path as written, e.g. `p.first_name` or `to[0].email`. */
  text: string;
  at: Position;
}

export type Expr =
  | { kind: 'literal'; value: unknown; text: string }
  | PathExpr
  | { kind: 'range'; from: Expr; to: Expr }
  | { kind: 'binary'; op: string; left: Expr; right: Expr };

/** A filter argument: positional, or `key: value` (handed to the filter as a `[key, value]` pair). */
export type FilterArg = Expr | { kind: 'keyword'; key: string; value: Expr | null };

export interface FilterCall {
  name: string;
  args: FilterArg[];
}

export interface FilteredValue {
  initial: Expr;
  filters: FilterCall[];
}

export interface Branch {
  test: FilteredValue;
  /** `unless`: the branch runs when the test is false. */
  negate: boolean;
  body: Node[];
}

export type Node =
  | { kind: 'text'; value: string; at: Position }
  | { kind: 'output'; value: FilteredValue; at: Position }
  | { kind: 'if'; branches: Branch[]; otherwise: Node[]; at: Position }
  | {
      kind: 'case';
      subject: FilteredValue;
      whens: { values: Expr[]; body: Node[] }[];
      otherwise: Node[];
      at: Position;
    }
  | {
      kind: 'for';
      variable: string;
      collection: Expr;
      offset: Expr | null;
      limit: Expr | null;
      reversed: boolean;
      body: Node[];
      otherwise: Node[];
      at: Position;
    }
  | { kind: 'break' | 'continue' | 'comment'; at: Position };

export type OutputNode = Extract<Node, { kind: 'output' }>;
