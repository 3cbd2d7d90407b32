// Templates as every surface uses them (the message card now, the compose window later): the library
// read once with the starters added on first run, search and paging, the values the user typed for
// missing merge fields, and a template rendered for one merge context, linted first.
import { FIELD, FILL_PREFIX } from '../../actions';
import type { AskedField } from '../../cards/fillSection';
import type { TemplateRow } from '../../cards/templateList';
import { UserError } from '../../errors';
import { type AddonEvent, formValue, formValues, userEnv } from '../../events';
import { t } from '../../i18n';
import { domainOf, stripReplyPrefixes } from '../../mail';
import { TemplateNotFoundError } from '../../store/errors';
import { SETTINGS_KEY } from '../../store/schema';
import type { StarterTemplate } from '../../store/templateChecks';
import type { Library, StoredTemplate, TemplateStore } from '../../store/templateStore';
import {
  type FieldOverrides,
  findField,
  lintTemplate,
  type MergeContext,
  type Rendered,
  type RenderOptions,
  rankTemplates,
  renderTemplate,
  starterTemplates,
  suggestedFullName,
  suggestedName,
  type TemplateIssue,
} from '../../templates';
import type { Template } from '../../templates/types';
import { fieldLabel } from './templateForm';

/** The English starters with stable ids, so a deleted one is known and never added again. */
export const STARTERS: StarterTemplate[] = starterTemplates('en');

/**
 * The whole library in one read. On the user's first run (no starters added yet) the starters are added
 * and the library read again; a busy or full store just shows the library as it is, and the next read
 * tries again. Damaged settings may hide which starters were deleted, so then nothing is added.
 */
export function loadTemplates(store: TemplateStore, locale?: string): Library {
  const library = store.loadLibrary();
  if (library.settings.startersSeeded || library.damaged.some((d) => d.id === SETTINGS_KEY)) return library;
  try {
    // In the user's language (the event's userLocale): the starter set of its locale chain.
    store.seedStarters(locale ? starterTemplates(locale) : STARTERS);
  } catch (error) {
    if (error instanceof UserError) return library;
    throw error;
  }
  return store.loadLibrary();
}

export function findTemplate(library: Library, id: string): StoredTemplate {
  const template = library.templates.find((t) => t.id === id);
  if (!template) throw new TemplateNotFoundError();
  return template;
}

/**
 * Templates in the order a message lists them: suggested ones first, each with the reasons it fits
 * (recently used, a tag naming the sender's domain or in the subject) as its detail line.
 */
export function suggestedRows(library: Library, senderEmail: string, subject: string): TemplateRow[] {
  return rankTemplates(library.templates, {
    senderDomain: domainOf(senderEmail).toLowerCase(),
    subject: stripReplyPrefixes(subject),
    recentlyUsed: library.settings.recentTemplateIds,
  }).map((s) => ({ id: s.template.id, name: s.template.name, detail: s.reasons.join(' · ') }));
}

/**
 * Templates matching every word of `query` in their name, tags or body (case-insensitive), those with
 * every word in the name first; library order otherwise. An empty query matches everything.
 */
export function searchTemplates<T extends Template>(templates: readonly T[], query: string): T[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...templates];
  const all = (text: string) => words.every((w) => text.includes(w));
  const inName: T[] = [];
  const elsewhere: T[] = [];
  for (const t of templates) {
    const name = t.name.toLowerCase();
    if (all(name)) inName.push(t);
    else if (all(`${name}\n${t.tags.join(' ')}\n${t.body.toLowerCase()}`)) elsewhere.push(t);
  }
  return [...inName, ...elsewhere];
}

/** Rows of a list per page: with the card's other widgets, well inside the 100 widgets a card may hold. */
export const PAGE_SIZE = 40;

export interface Page<T> {
  items: T[];
  /** 0-based, clamped to the pages there are. */
  page: number;
  pages: number;
  /** 1-based positions of the first and last item shown (0 and 0 for an empty list). */
  first: number;
  last: number;
  total: number;
}

export function pageOf<T>(items: readonly T[], page: number, size = PAGE_SIZE): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const p = Math.min(Math.max(0, Number.isInteger(page) ? page : 0), pages - 1);
  const shown = items.slice(p * size, p * size + size);
  return {
    items: shown,
    page: p,
    pages,
    first: shown.length ? p * size + 1 : 0,
    last: p * size + shown.length,
    total: items.length,
  };
}

/** A page number from a button's parameter ('' or junk is the first page). */
export function pageParam(raw: string | undefined): number {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 0 ? n : 0;
}

/** My own name's fields: the ones a template may ask for when Settings has no name. */
const MY_NAME_FIELDS = ['me.name', 'me.first_name', 'me.last_name'];

/**
 * The input for a field this message has no value for: its typed value, a first or last name guessed
 * from the address the field is about (`addressOf` its root: 'sender', 'to', 'cc'), and my name's help.
 * The message card's fill-in form and the compose preview both ask this way.
 */
export function askedField(
  e: AddonEvent,
  field: string,
  label: string,
  addressOf: (root: string) => string | undefined,
  myEmail: string,
): AskedField {
  const [root = '', key = ''] = field.split('.');
  const input = fillInputName(field);
  const a: AskedField = { field, input, label, value: formValue(e, input) };
  if (key === 'first_name' || key === 'last_name') {
    const email = addressOf(root);
    const guess = email ? suggestedName(email, key === 'first_name' ? 'first' : 'last') : '';
    if (guess) a.suggestion = guess;
  }
  return withMyNameHelp(a, myEmail);
}

/**
 * An asked field of my own name gets a guess from my address to pick ("Sam Taylor" for sam.taylor@) and
 * the "Use my name for every draft" switch; other fields are returned as they are.
 */
export function withMyNameHelp(a: AskedField, myEmail: string): AskedField {
  if (!MY_NAME_FIELDS.includes(a.field)) return a;
  const guess =
    a.field === 'me.name'
      ? suggestedFullName(myEmail)
      : suggestedName(myEmail, a.field === 'me.first_name' ? 'first' : 'last');
  return { ...a, mine: true, ...(guess ? { suggestion: guess } : {}) };
}

/**
 * "Use my name for every draft" switched on with my name typed: saved in Settings, so no template asks
 * again. Returns what to tell the user ('' when there was nothing to save). A failed save costs only the
 * keeping: the name typed is still used for this draft.
 */
export function keepMyName(e: AddonEvent, store: TemplateStore): string {
  if (!formValues(e, FIELD.keepMyName).includes('on')) return '';
  const typed = (
    formValue(e, fillInputName('me.name')) || formValue(e, fillInputName('me.first_name'))
  ).trim();
  if (!typed) return '';
  try {
    const settings = store.loadSettings();
    store.saveSettings({ otherAddresses: settings.otherAddresses, myName: typed });
    return t(userEnv(e).locale, 'fill.nameKept', { name: typed });
  } catch (error) {
    if (error instanceof UserError)
      return t(userEnv(e).locale, 'fill.nameNotKept', { reason: error.message });
    throw error;
  }
}

/** The input that asks for a merge field's value. */
export function fillInputName(field: string): string {
  return `${FILL_PREFIX}${field}`;
}

/** What the user typed for missing merge fields (known fields only, blanks left out). */
export function fieldOverrides(e: AddonEvent): FieldOverrides {
  const out: FieldOverrides = {};
  for (const [name, input] of Object.entries(e.commonEventObject?.formInputs ?? {})) {
    if (!name.startsWith(FILL_PREFIX)) continue;
    const field = name.slice(FILL_PREFIX.length);
    const value = input.stringInputs?.value?.[0] ?? '';
    if (value.trim() !== '' && findField(field)) out[field] = value;
  }
  return out;
}

export type TemplateOutcome =
  | {
      ok: true;
      /** The render with the user's values; `missing` lists the fields still without one. */
      rendered: Rendered;
      /** Fields this message has no value for: the form asks for exactly these (filled or not yet). */
      asked: string[];
    }
  | {
      ok: false;
      /** Syntax errors and unknown fields, with line and column: the template can't be used as it is. */
      issues: TemplateIssue[];
    };

/**
 * A template body rendered for one context. Lint comes first, because an unknown field would render as
 * nothing; then a render without the user's values finds what must be asked, and one with them fills it.
 */
export function renderForContext(
  body: string,
  context: MergeContext,
  overrides: FieldOverrides,
  options: RenderOptions = {},
): TemplateOutcome {
  // A preview line needs the errors only; the link warnings read the whole body as Markdown.
  const lint = lintTemplate(body, { links: !options.previewOnly, locale: context.format.locale });
  if (lint.errors.length > 0) return { ok: false, issues: lint.errors };
  const bare = renderTemplate(body, context, {}, options);
  if (!bare.ok) return { ok: false, issues: [bare.error] };
  const asked = bare.missing;
  const typed = Object.fromEntries(Object.entries(overrides).filter(([field]) => asked.includes(field)));
  if (asked.length === 0 || Object.keys(typed).length === 0) return { ok: true, rendered: bare, asked };
  const filled = renderTemplate(body, context, typed, options);
  return filled.ok ? { ok: true, rendered: filled, asked } : { ok: false, issues: [filled.error] };
}

/** "Line 2, column 7: Unknown field …" (English: see issueTextIn). */
export function issueText(issue: TemplateIssue): string {
  return issueTextIn(undefined)(issue);
}

/** issueText in the user's locale, shaped for `.map` (whose index must not be taken for a locale). */
export function issueTextIn(locale: string | undefined): (issue: TemplateIssue) => string {
  return (issue) =>
    t(locale, 'editor.issue', {
      line: String(issue.line),
      column: String(issue.column),
      message: issue.message,
    });
}

/**
 * The render a draft may be made from, or a UserError saying why not: a template that does not work, or
 * fields still without a value. So no draft ever holds an empty merge field.
 */
export function draftableRender(name: string, outcome: TemplateOutcome, locale?: string): Rendered {
  if (!outcome.ok) {
    throw new UserError(
      t(locale, 'editor.unusable', { name, issues: outcome.issues.map(issueTextIn(locale)).join('; ') }),
      t(locale, 'editor.unusableTitle'),
    );
  }
  const missing = outcome.rendered.missing;
  if (missing.length > 0) {
    const sep = t(locale, 'list.separator');
    throw new UserError(
      t(locale, 'fill.missing', {
        count: missing.length,
        labels: missing.map((f) => `“${fieldLabel(f, locale)}”`).join(sep),
        fields: missing.join(', '),
      }),
      t(locale, 'fill.missingTitle'),
    );
  }
  return outcome.rendered;
}
