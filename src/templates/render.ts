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
import type { DateFormat } from './dates';
import { createEngine, DateValue, dateValue, LIMITS, type LiquidTemplate, positionOf } from './engine';
import { findField, LIST_ROOTS, PERSON_FIELDS } from './fields';
import { droppedLinks, type Expander, escapeHtml, markdownToHtml, toPlainText } from './markdown';
import { walkTemplate } from './usage';

/** A problem in a template, where it is (1-based). */
export interface TemplateIssue {
  message: string;
  line: number;
  column: number;
}

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

const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Thrown by our hooks to stop a render; turned into a TemplateIssue, never shown raw. */
class LimitReached extends Error {}

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

/** Plain-language message for an engine error; the engine's own text never reaches the user. */
export function describeLiquidError(err: unknown): string {
  let cause: unknown = err;
  for (let i = 0; i < 5 && cause; i++) {
    if (cause instanceof LimitReached) return cause.message;
    cause = (cause as { originalError?: unknown }).originalError;
  }
  const raw = (err instanceof Error ? err.message : String(err)).replace(/, line:\d+, col:\d+$/, '');
  const rules: [RegExp, (m: RegExpExecArray) => string][] = [
    [
      /^tag "([^"]+)" not found/,
      (m) =>
        m[1] === 'raw' || m[1] === 'include' || m[1] === 'render' || m[1] === 'layout' || m[1] === 'tablerow'
          ? `{% ${m[1]} %} is not available in templates`
          : `Unknown tag {% ${m[1]} %}`,
    ],
    [/^undefined filter: (.+)$/, (m) => `Unknown filter "${m[1]}"`],
    [/^tag \{%\s*(\w+).*not closed/, (m) => `{% ${m[1]} %} is not closed: add {% end${m[1]} %}`],
    [/^output .* not closed/, () => '"{{" is not closed: add "}}"'],
    [/^tag .* not closed/, () => '"{%" is not closed: add "%}"'],
    [/^memory alloc limit exceeded|memory limit exceeded/, () => 'The template builds too much text to send'],
    [/^template render limit exceeded/, () => 'The template takes too long to fill in'],
    [/^parse length limit exceeded/, () => 'The template is too long'],
  ];
  for (const [re, say] of rules) {
    const m = re.exec(raw);
    if (m) return say(m);
  }
  return `The template could not be read: ${raw}`;
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
  let renders = 0;
  let chars = 0;

  const mark = (text: string): string => {
    chars += text.length;
    if (chars > LIMITS.output) {
      throw new LimitReached(`The filled-in template is longer than ${thousands(LIMITS.output)} characters`);
    }
    values.push(text);
    return `${prefix}${values.length - 1}q`;
  };
  const f: DateFormat = filled.format;
  const engine = createEngine(f, filled.today, (v) => mark(textOf(v)));

  let parsed: LiquidTemplate[];
  try {
    parsed = engine.parse(body);
  } catch (err) {
    return { ok: false, error: { message: describeLiquidError(err), ...positionOf(err) } };
  }

  walkTemplate(
    parsed,
    (node) => {
      const n = node as unknown as { render: (...args: unknown[]) => unknown; str?: unknown };
      const render = n.render;
      n.render = function (this: unknown, ...args: unknown[]) {
        renders += 1;
        if (renders > LIMITS.renders) {
          throw new LimitReached(
            `The template repeats too much: it stopped after ${thousands(LIMITS.renders)} pieces. Loop over fewer items (e.g. {% for p in to limit: 20 %}).`,
          );
        }
        if (typeof n.str === 'string') chars += n.str.length;
        if (chars > LIMITS.output) {
          throw new LimitReached(
            `The filled-in template is longer than ${thousands(LIMITS.output)} characters`,
          );
        }
        return render.apply(this, args);
      };
    },
    (use) => {
      const filters = (use.node as unknown as { value: { filters: { handler: (v: unknown) => unknown }[] } })
        .value.filters;
      const hook = filters[filters.length - 1];
      if (!hook) return;
      hook.handler = (v: unknown) => {
        let text = textOf(v);
        if (text.trim() === '' && use.field !== null) {
          const typed = (overrides[use.field] ?? '').trim();
          if (typed !== '') text = typed;
          // A default that is itself empty (`default: me.name` with no name) still leaves a hole.
          else if (!use.allowsEmpty) {
            if (!missing.includes(use.field)) missing.push(use.field);
            text = `[${use.field}]`;
          }
        }
        return mark(text);
      };
    },
  );

  let source: string;
  try {
    source = engine.renderSync(parsed, scopeOf(filled)) as string;
  } catch (err) {
    return { ok: false, error: { message: describeLiquidError(err), ...positionOf(err) } };
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
    html: (t) => expand(t, escapeHtml, (v) => escapeHtml(v).replace(/\r?\n/g, '<br>')),
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
