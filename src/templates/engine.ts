// The Liquid engine as templates use it: our own engine (./liquid) for exactly the tags and filters
// a mail template needs, with our `date` filter, and counted limits so no template can hang a card.
// It follows liquidjs 10 as the add-on configured it before (jsTruthy, strict filters, lenient
// variables, own properties only, an output hook on every `{{ }}`), at a fraction of its bytes.
import { type DateFormat, DEFAULT_DATE_STYLE, formatDate } from './dates';
import type { Node, OutputNode } from './liquid/ast';
import { FILTERS } from './liquid/filters';
import { parse } from './liquid/parser';
import { type Budget, renderNodes } from './liquid/render';
import { Drop } from './liquid/values';

export type { Expr, FilteredValue, Node, OutputNode, PathExpr } from './liquid/ast';
export { LiquidError, type Position } from './liquid/errors';
export { LIMITS } from './liquid/limits';
export { type Budget, chargeChars } from './liquid/render';

/**
 * Tags a template may use. Not offered: file tags (include, render, layout), raw and tablerow; and
 * echo, cycle and liquid, which print around the missing-field check, and assign, capture, increment
 * and decrement, which make names the user could be asked to fill but never can.
 */
export const ALLOWED_TAGS = ['if', 'unless', 'case', 'for', 'break', 'continue', 'comment', '#'];

/**
 * Filters a template may use: text and list helpers, no hashing, randomness or HTML escaping. The
 * engine has exactly these (liquid/filters.ts), so the list is read from it rather than kept twice.
 */
export const ALLOWED_FILTERS: readonly string[] = Object.keys(FILTERS);

/** A date value in the scope: prints in the user's long style; the `date` filter reformats it. */
export class DateValue extends Drop {
  constructor(
    readonly ms: number,
    private readonly text: string,
  ) {
    super();
  }
  override valueOf(): string {
    return this.text;
  }
  override toString(): string {
    return this.text;
  }
}

/** A date filter input as ms, or null when it is not a date ("now"/"today" mean the render's now). */
function toMs(value: unknown, now: number): number | null {
  if (value instanceof DateValue) return value.ms;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string') {
    if (/^(now|today)$/i.test(value.trim())) return now;
    // Only ISO 8601 text: its parsing does not depend on the host.
    if (/^\d{4}-\d{2}-\d{2}/.test(value.trim())) {
      const ms = Date.parse(value.trim());
      return Number.isNaN(ms) ? null : ms;
    }
  }
  return null;
}

export function dateValue(ms: number, f: DateFormat): DateValue {
  return new DateValue(ms, formatDate(ms, DEFAULT_DATE_STYLE, f));
}

/** Parses a template body; throws a LiquidError (code, params, position) for the first problem. */
export function parseTemplate(body: string): Node[] {
  return parse(body);
}

/**
 * Renders parsed nodes. `output` turns each `{{ }}` value into the text printed (render.ts prints a
 * marker); `| raw` goes through it too, so no value ever skips it.
 */
export function runTemplate(
  nodes: Node[],
  scope: Record<string, unknown>,
  f: DateFormat,
  now: number,
  output: (node: OutputNode, value: unknown) => string,
  budget?: Budget,
): string {
  return renderNodes(
    nodes,
    scope,
    {
      output,
      date: (v, style) => {
        const ms = toMs(v, now);
        if (ms === null) return v;
        return formatDate(ms, typeof style === 'string' ? style : DEFAULT_DATE_STYLE, f);
      },
    },
    budget,
  );
}
