// Renders a template for one message into an HTML part and an equivalent plain-text part, keeping
// every merge-field value as data and reporting the fields that came out empty.
//
// Pipeline (values never meet a parser):
//   1. Liquid runs on the template with the real values, so `if`/`for`/filters see real data, but
//      every `{{ output }}` prints an opaque marker (letters and digits, unique to this render).
//   2. Markdown runs on that text: it sees only the author's text and markers, so a value can't be
//      read as Markdown or Liquid, and `{{ sender.first_name }}` is gone before any `_` could emphasise.
//   3. Each part's renderer swaps markers for values: HTML-escaped in text, percent-encoded in link
//      targets (so a value never chooses a link's scheme: that is checked on the template's own text),
//      raw in the plain-text part.
import type { PlanWarning } from '../mail/types';
import type { MergeContext, MergePerson } from './context';
import {
  type Budget,
  chargeChars,
  DateValue,
  dateValue,
  type Node,
  type OutputNode,
  parseTemplate,
  runTemplate,
} from './engine';
import { findField, LIST_ROOTS, PERSON_FIELDS } from './fields';
import { issueOf, type TemplateIssue } from './issues';
import { droppedLinks, type Expander, escapeHtmlNamed, markdownToHtml, toPlainText } from './markdown';
import { type OutputUse, walkTemplate } from './usage';

export type { TemplateIssue } from './issues';

export interface Rendered {
  ok: true;
  html: string;
  text: string;
  /**
   * Merge fields that came out empty (no default, or a default that was empty too), named as in the schema
   * (`sender.first_name`, `to[].first_name` for a loop). Ask the user, then renderTemplate again
   * with their answers as overrides. Until then each shows as `[field]`, never as nothing.
   */
  missing: string[];
  warnings: PlanWarning[];
}

export interface RenderFailure {
  ok: false;
  error: TemplateIssue;
}

export type RenderOutcome = Rendered | RenderFailure;

/** Values the user typed for missing fields, keyed by field (`sender.first_name`). */
export type FieldOverrides = Record<string, string>;

/** A list of people that loops like a list and reads like its first person (`to.first_name`). */
type PersonList = MergePerson[] & MergePerson;

function personList(people: MergePerson[]): PersonList {
  const first = people[0];
  const list = people.map((p) => ({ ...p }));
  for (const f of PERSON_FIELDS)
    Object.defineProperty(list, f, { value: first?.[f] ?? '', enumerable: true });
  return list as PersonList;
}

function applyOverrides(context: MergeContext, overrides: FieldOverrides): MergeContext {
  const c: MergeContext = structuredCloneLite(context);
  for (const [field, raw] of Object.entries(overrides)) {
    const value = raw.trim();
    if (value === '') continue;
    const [root, key] = field.split('.') as [string, string | undefined];
    const people = root.endsWith('[]') ? root.slice(0, -2) : null;
    if (key && (PERSON_FIELDS as readonly string[]).includes(key)) {
      const k = key as keyof MergePerson;
      if (root === 'sender' && c.sender[k] === '') c.sender[k] = value;
      else if ((LIST_ROOTS as readonly string[]).includes(root)) {
        const list = c[root as 'to' | 'cc'];
        if (list[0] && list[0][k] === '') list[0][k] = value;
      } else if (people && (LIST_ROOTS as readonly string[]).includes(people)) {
        for (const p of c[people as 'to' | 'cc']) if (p[k] === '') p[k] = value;
      }
    } else if (root === 'me' && (key === 'name' || key === 'first_name') && c.me[key] === '')
      c.me[key] = value;
    else if (root === 'subject' && c.subject === '') c.subject = value;
  }
  return c;
}

// The context is plain JSON data; copying it this way needs no host API.
const structuredCloneLite = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function scopeOf(c: MergeContext): Record<string, unknown> {
  const f = c.format;
  return {
    sender: { ...c.sender },
    to: personList(c.to),
    cc: personList(c.cc),
    subject: c.subject,
    date: c.date === null ? null : dateValue(c.date, f),
    today: dateValue(c.today, f),
    me: { ...c.me },
    thread: { ...c.thread },
  };
}

const isPerson = (v: unknown): v is MergePerson =>
  typeof v === 'object' && v !== null && typeof (v as MergePerson).email === 'string' && 'first_name' in v;

/** How an output value reads as text: dates in the user's style, people by name, lists joined. */
function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof DateValue) return value.valueOf();
  if (Array.isArray(value))
    return value
      .map(textOf)
      .filter((s) => s !== '')
      .join(', ');
  if (isPerson(value)) return value.name || value.email;
  if (typeof value === 'object') return '';
  return String(value);
}

/** A marker prefix found nowhere in the template or the data, so every match is ours. */
function markerPrefix(haystack: string): string {
  for (let k = 0; ; k++) {
    const prefix = `mf${k.toString(36)}q`;
    if (!haystack.includes(prefix)) return prefix;
  }
}

/**
 * How much of a template's filled-in Markdown a preview line is read from (see RenderOptions): far
 * more than the line shows, and a bound on the Markdown work, which for some inputs grows faster than
 * their size (64 KB of `*a` takes over a second to read in full, 1,000 characters of it about 2 ms).
 */
export const PREVIEW_SOURCE_CHARS = 1000;

export interface RenderOptions {
  /**
   * Only the text's first lines are wanted (a list's preview line): the Markdown is read from the first
   * PREVIEW_SOURCE_CHARS of the filled-in source, cut at a line break where there is one, and no HTML
   * is made (`html` is ''). Liquid still runs over the whole body, so `missing` is the whole body's.
   */
  previewOnly?: boolean;
  /** The locale an error is said in (see src/i18n); the context's own (the user's) when missing. */
  locale?: string;
}

/** The filled-in source a preview line is read from: its start, cut at the last blank line or line break. */
export function previewSource(source: string, max = PREVIEW_SOURCE_CHARS): string {
  if (source.length <= max) return source;
  const head = source.slice(0, max);
  const paragraph = head.lastIndexOf('\n\n');
  if (paragraph > max / 2) return head.slice(0, paragraph);
  const line = head.lastIndexOf('\n');
  return line > max / 2 ? head.slice(0, line) : head;
}

/**
 * Renders a template body (Markdown with Liquid merge fields) for a merge context.
 * `overrides` fills fields the user was asked for (see Rendered.missing). Never throws for a bad
 * template: a syntax error or a limit comes back as `{ok: false, error}` in plain words.
 */
export function renderTemplate(
  body: string,
  context: MergeContext,
  overrides: FieldOverrides = {},
  options: RenderOptions = {},
): RenderOutcome {
  const filled = applyOverrides(context, overrides);
  const prefix = markerPrefix(body + JSON.stringify(filled) + JSON.stringify(overrides));
  const markers = new RegExp(`${prefix}(\\d+)q`, 'g');
  const values: string[] = [];
  const missing: string[] = [];
  const budget: Budget = { renders: 0, chars: 0, memory: 0 };

  const mark = (text: string, node: OutputNode): string => {
    chargeChars(budget, text.length, node.at);
    values.push(text);
    return `${prefix}${values.length - 1}q`;
  };

  let parsed: Node[];
  try {
    parsed = parseTemplate(body);
  } catch (err) {
    return { ok: false, error: issueOf(err, options.locale ?? context.format.locale) };
  }

  const uses = new Map<OutputNode, OutputUse>();
  walkTemplate(parsed, (use) => uses.set(use.node, use));
  const print = (node: OutputNode, v: unknown): string => {
    const use = uses.get(node);
    let text = textOf(v);
    if (use && text.trim() === '' && use.field !== null) {
      const typed = (overrides[use.field] ?? '').trim();
      if (typed !== '') text = typed;
      // A default that is itself empty (`default: me.name` with no name) still leaves a hole.
      else if (!use.allowsEmpty) {
        if (!missing.includes(use.field)) missing.push(use.field);
        text = `[${use.field}]`;
      }
    }
    return mark(text, node);
  };

  let source: string;
  try {
    source = runTemplate(parsed, scopeOf(filled), filled.format, filled.today, print, budget);
  } catch (err) {
    return { ok: false, error: issueOf(err, options.locale ?? context.format.locale) };
  }

  const expand = (
    text: string,
    literal: (s: string) => string,
    value: (v: string) => string,
    depth = 0,
  ): string => {
    let out = '';
    let last = 0;
    for (const m of text.matchAll(markers)) {
      out += literal(text.slice(last, m.index));
      const v = values[Number(m[1])] ?? '';
      // A captured block holds markers of its own; resolve them, but never loop.
      out +=
        depth < 8
          ? value(
              expand(
                v,
                (s) => s,
                (s) => s,
                depth + 1,
              ),
            )
          : '';
      last = m.index + m[0].length;
    }
    return out + literal(text.slice(last));
  };
  const expander: Expander = {
    html: (t) => expand(t, escapeHtmlNamed, (v) => escapeHtmlNamed(v).replace(/\r?\n/g, '<br>')),
    url: (t) =>
      expand(
        t,
        (s) => s,
        (v) => encodeURIComponent(v).replace(/%40/g, '@'),
      ),
    text: (t) =>
      expand(
        t,
        (s) => s,
        (v) => v,
      ),
  };

  if (options.previewOnly) {
    return { ok: true, html: '', text: toPlainText(previewSource(source), expander), missing, warnings: [] };
  }
  const warnings: PlanWarning[] = droppedLinks(source).map((href) => ({
    code: 'link-dropped',
    message: `The link to "${expander.text(href)}" was kept as text: only https: and mailto: links are sent`,
  }));
  return {
    ok: true,
    html: markdownToHtml(source, expander),
    text: toPlainText(source, expander),
    missing,
    warnings,
  };
}

/** Same as renderTemplate with the user's answers for missing fields; named for the call site. */
export function renderWithOverrides(
  body: string,
  context: MergeContext,
  overrides: FieldOverrides,
): RenderOutcome {
  return renderTemplate(body, context, overrides);
}

/** Label for a missing field, for the form that asks for it. */
export function missingFieldLabel(field: string): string {
  return findField(field)?.label ?? field;
}
