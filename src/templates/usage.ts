// Finds where a parsed template prints merge fields: which field (with loop variables resolved, so
// `p.first_name` in `{% for p in to %}` is `to[].first_name`), whether it has a default, and whether
// an enclosing `{% if %}` tests it. Lint warns from it; rendering hooks each output through it.
import { childrenOf } from './engine';
import { LIST_ROOTS } from './fields';
import { type LiquidTemplate, Output, TypeGuards } from './liquid';

export interface OutputUse {
  node: Output;
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

interface ExpressionLike {
  postfix?: unknown[];
}
interface ValueLike {
  initial?: ExpressionLike;
  filters?: { name: string; args?: unknown[] }[];
}

const isEmptyLiteral = (arg: unknown) => {
  const text = (arg as { getText?: () => string })?.getText?.();
  return text === '""' || text === "''";
};

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

/** Variable paths an expression reads. */
export function variablesOf(expression: ExpressionLike | undefined): string[] {
  return (expression?.postfix ?? [])
    .filter((t) => TypeGuards.isPropertyAccessToken(t as never))
    .map((t) => (t as { getText(): string }).getText());
}

function soleVariable(value: ValueLike): string | null {
  const postfix = value.initial?.postfix ?? [];
  const only = postfix[0];
  return postfix.length === 1 && TypeGuards.isPropertyAccessToken(only as never)
    ? (only as { getText(): string }).getText()
    : null;
}

/** Visits every node once (for hooks) and reports every output (for fields). */
export function walkTemplate(
  templates: LiquidTemplate[],
  onNode: (node: LiquidTemplate) => void,
  onOutput: (use: OutputUse) => void,
): void {
  const visit = (nodes: LiquidTemplate[], aliases: Map<string, string>, guards: ReadonlySet<string>) => {
    for (const node of nodes) {
      onNode(node);
      if (node instanceof Output) {
        const value = (node as unknown as { value: ValueLike }).value;
        const written = soleVariable(value);
        const field = written === null ? null : canonicalField(written, aliases);
        onOutput({
          node,
          written,
          field,
          hasDefault: (value.filters ?? []).some((f) => f.name === 'default'),
          allowsEmpty: (value.filters ?? []).some((f) => f.name === 'default' && isEmptyLiteral(f.args?.[0])),
          guarded: field !== null && guards.has(field),
        });
        continue;
      }
      const tag = node as unknown as {
        branches?: { value?: ValueLike; templates: LiquidTemplate[] }[];
        elseTemplates?: LiquidTemplate[];
        variable?: unknown;
        collection?: { getText?: () => string };
      };
      if (Array.isArray(tag.branches)) {
        for (const branch of tag.branches) {
          const tested = variablesOf(branch.value?.initial).map((v) => canonicalField(v, aliases));
          visit(branch.templates, aliases, new Set([...guards, ...tested]));
        }
        visit(tag.elseTemplates ?? [], aliases, guards);
        continue;
      }
      let inner = aliases;
      if (typeof tag.variable === 'string' && tag.collection?.getText) {
        const source = canonicalField(tag.collection.getText(), aliases);
        inner = new Map(aliases);
        if ((LIST_ROOTS as readonly string[]).includes(source)) inner.set(tag.variable, `${source}[]`);
        else inner.delete(tag.variable);
      }
      visit(childrenOf(node), inner, guards);
    }
  };
  visit(templates, new Map(), new Set());
}
