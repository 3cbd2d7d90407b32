// The Liquid engine as templates use it: the sandbox-safe build of liquidjs, only the tags and
// filters a mail template needs, our `date` filter, and limits so no template can hang a card.
//
// liquid.ts says why the browser build of liquidjs is used; its only host-specific code (file
// lookups, base64 and sha filters) is unreachable because those tags and filters are removed below.

import { type DateFormat, DEFAULT_DATE_STYLE, formatDate } from './dates';
import { Drop, Liquid, type LiquidTemplate, Output, toValueSync } from './liquid';

export { type LiquidTemplate, Output };

/**
 * Tags a template may use. Not offered: file tags (include, render, layout), raw and tablerow; and
 * echo, cycle and liquid, which print around the missing-field check, and assign, capture, increment
 * and decrement, which make names the user could be asked to fill but never can.
 */
export const ALLOWED_TAGS = ['if', 'unless', 'case', 'for', 'break', 'continue', 'comment', '#'];

/** Filters a template may use: text and list helpers, no hashing, randomness or HTML escaping. */
export const ALLOWED_FILTERS = (
  'default capitalize upcase downcase date append prepend strip lstrip rstrip strip_newlines squish ' +
  'normalize_whitespace replace replace_first replace_last remove remove_first remove_last truncate ' +
  'truncatewords split join first last size reverse sort sort_natural uniq compact map slice plus minus ' +
  'times divided_by modulo round ceil floor abs at_least at_most url_encode number_of_words ' +
  'array_to_sentence_string strip_html raw'
).split(' ');

/** Limits for one render. Counted, not timed, so a template hits them the same way every time. */
export const LIMITS = {
  /** Tags, text runs and outputs rendered, loops included: a 5,000-entry loop of two stops here. */
  renders: 10_000,
  /** Characters produced before Markdown. */
  output: 200_000,
  /** liquidjs's own allocation budget (ranges, string filters). */
  memory: 1_000_000,
  /** liquidjs's wall-clock backstop in ms, for anything the counts above miss. */
  timeMs: 3_000,
  /** Characters parsed. */
  parse: 1_000_000,
};

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

/** A fresh engine (per render, so its per-render hooks never leak between renders). */
export function createEngine(f: DateFormat, now: number, onOutput: (value: unknown) => string): Liquid {
  const liquid = new Liquid({
    // '' is false and 0 is false, as people expect from `{% if sender.first_name %}`.
    jsTruthy: true,
    strictFilters: true,
    strictVariables: false,
    ownPropertyOnly: true,
    cache: false,
    outputEscape: onOutput,
    parseLimit: LIMITS.parse,
    renderLimit: LIMITS.timeMs,
    memoryLimit: LIMITS.memory,
    templates: {},
  });
  for (const name of Object.keys(liquid.tags)) if (!ALLOWED_TAGS.includes(name)) delete liquid.tags[name];
  for (const name of Object.keys(liquid.filters))
    if (!ALLOWED_FILTERS.includes(name)) delete liquid.filters[name];
  // `| raw` would skip the output hook and let a value into the Markdown as markup: make it a no-op.
  liquid.registerFilter('raw', (v: unknown) => v);
  liquid.registerFilter('date', (v: unknown, style?: unknown) => {
    const ms = toMs(v, now);
    if (ms === null) return v;
    return formatDate(ms, typeof style === 'string' ? style : DEFAULT_DATE_STYLE, f);
  });
  return liquid;
}

/** The child nodes of a parsed node (branches, loop bodies), as liquidjs's static analysis sees them. */
export function childrenOf(node: LiquidTemplate): LiquidTemplate[] {
  const withChildren = node as LiquidTemplate & {
    children?: (partials: boolean, sync: boolean) => Generator<unknown, LiquidTemplate[]>;
  };
  return withChildren.children ? (toValueSync(withChildren.children(false, true)) as LiquidTemplate[]) : [];
}

/** Line and column (1-based) of a node or error token, when liquidjs recorded one. */
export function positionOf(holder: unknown): { line: number; column: number } {
  const token = (holder as { token?: { getPosition?: () => [number, number] } } | null)?.token;
  const pos = token?.getPosition?.();
  return pos ? { line: pos[0], column: pos[1] } : { line: 1, column: 1 };
}
