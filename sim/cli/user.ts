// The CLI as a user of the add-on: it opens the cards Gmail would show, types into their inputs and
// presses their buttons, and reports what the cards show or what the bundle made. Nothing in sim/ reads
// the add-on's source (test/unit/boundary.test.ts holds it to that): the built bundle is all there is.
import { existsSync, readFileSync } from 'node:fs';
import type { DraftRecord } from '../mailbox/mailbox';
import type { Runtime } from '../sandbox';
import {
  buttonsOf,
  type CardButton,
  type CardInput,
  changeAction,
  composeTypeOf,
  fieldText,
  findButton,
  formDefaults,
  inputsOf,
  plain,
  rowsOf,
  sectionOf,
  textsOf,
  unisolated,
} from '../testing/cardQuery';
import { type AddonEvent, type FormValues, homepageEvent } from '../testing/events';
import {
  shownCard as cardShown,
  click,
  errorOf,
  importTemplates,
  SetupError,
  saveSettings,
} from '../testing/setup';
import { type CardLabel, cardLabels } from './cardLabels';
import { CliError } from './emlRun';

type Card = Record<string, unknown>;

/** The locale the cards speak (the command's --locale): the labels below are looked up in it. */
let cardLocale = 'en';

export function useCardLocale(locale: string | undefined): void {
  cardLocale = locale ?? 'en';
}

/** A card label in the cards' locale, as plain text (right-to-left labels come isolated, see html.ts). */
function label(id: CardLabel, params?: Record<string, number>): string {
  const text = cardLabels(cardLocale)[id];
  return text.replace(/\{count\}/g, String(params?.count ?? ''));
}

const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export { click, errorOf };

/** The card a response shows; an error card (or no card, only a notification) is a CliError. */
export function shownCard(response: unknown, what?: string): Card {
  return asCliError(what, () => cardShown(response));
}

/** A SetupError (what the add-on refused, as its card says) as the CliError the CLI reports. */
function asCliError<T>(what: string | undefined, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof SetupError) throw new CliError(what ? `${what}: ${error.message}` : error.message);
    throw error;
  }
}

function inputLabelled(card: unknown, kind: CardInput['kind'], label: string): CardInput {
  const input = inputsOf(card).find((i) => i.kind === kind && i.label === label);
  if (!input) throw new Error(`no ${kind} input "${label}" on the card`);
  return input;
}

/** The card's header title. */
export function titleOf(card: Card): string {
  return plain(String((card.header as { title?: string } | undefined)?.title ?? ''));
}

/** Texts shown in red (the add-on's errors) in a section, in order. */
function redTexts(section: unknown): string[] {
  const out: string[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const text = (node as { text?: unknown }).text;
      if (typeof text === 'string' && text.includes('color="#c5221f"')) out.push(plain(text));
      else Object.values(node).forEach(visit);
    }
  };
  visit(section);
  return out;
}

// --- Setting up the user: Settings and the library's Import, as the user fills them in (sim/testing) ---

/** --aliases A,B: typed into Settings' "My other addresses" (one per line) and saved. */
export function saveAliases(runtime: Runtime, aliases: string | undefined): void {
  if (!aliases) return;
  const list = aliases
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  asCliError('--aliases', () => saveSettings(runtime, { otherAddresses: list }));
}

/**
 * --templates FILE: pasted into the library's Import card and imported, so the add-on's own checks apply
 * (all or nothing, names unique, lint); a refusal is a CliError with the reasons the card lists.
 */
export function importTemplatesFile(runtime: Runtime, path: string | undefined): void {
  if (!path) return;
  if (!existsSync(path)) throw new CliError(`--templates: no such file: ${path}`);
  const json = readFileSync(path, 'utf8');
  asCliError(`--templates ${path}`, () => importTemplates(runtime, json));
}

/** Every template name the library (the homepage) lists, page by page. */
export function libraryNames(runtime: Runtime): string[] {
  const base = homepageEvent();
  let card = shownCard(runtime.render('onHomepage', base));
  const names: string[] = [];
  for (;;) {
    const sections = (card.sections ?? []) as { header?: string }[];
    const list = sections.filter((s) => !/^Damaged/.test(plain(s.header ?? '')));
    names.push(...rowsOf(list).map((r) => r.text));
    const next = buttonsOf(card).find((b) => b.text === 'Next');
    if (!next) return names;
    card = shownCard(click(runtime, base, card, next));
  }
}

/** The merge fields a template can use, as the template editor's "Insert field" picker lists them. */
export function mergeFields(runtime: Runtime): string[] {
  const base = homepageEvent();
  const library = shownCard(runtime.render('onHomepage', base));
  const editor = shownCard(click(runtime, base, library, findButton(library, 'New template')));
  const picker = inputsOf(editor).find((i) => i.kind === 'selection' && i.label === 'Insert field');
  return (picker?.items ?? []).map((i) => i.value).filter((v) => v !== '');
}

// --- The reply choices and the values a template asks for ---

export interface ReplyChoices {
  /** undefined: as the card has it. */
  mode?: string;
  quote?: boolean;
  attachments?: boolean;
  cc?: string;
  bcc?: string;
}

/** The form the card sends after the user made `choices` on it. */
export function chooseOn(card: Card, choices: ReplyChoices): FormValues {
  const form: FormValues = formDefaults(card);
  const inputs = inputsOf(card);
  const find = (kind: CardInput['kind'], label: RegExp) =>
    inputs.find((i) => i.kind === kind && label.test(i.label));
  if (choices.mode !== undefined) {
    const radio = find('selection', new RegExp(`^${escapeRe(label('card.reply.to'))}$`));
    // Without the choice on the card, the message offers a plain reply only.
    const offered = radio ? radio.items.map((i) => i.value) : ['reply'];
    if (!offered.includes(choices.mode)) {
      throw new CliError(
        `mode "${choices.mode}" is not offered for this message (offered: ${offered.join(', ')})`,
      );
    }
    if (radio) form[radio.name] = [choices.mode];
  }
  const flip = (input: CardInput | undefined, on: boolean | undefined, refusal: string) => {
    if (on === undefined) return;
    if (!input) {
      if (on) throw new CliError(refusal);
      return;
    }
    if (on) form[input.name] = [input.value];
    else delete form[input.name];
  };
  flip(
    find('switch', new RegExp(`^${escapeRe(label('card.reply.includeQuote'))}$`)),
    choices.quote,
    '--quote: the card has no "Include the original message" switch',
  );
  flip(
    find(
      'switch',
      new RegExp(`^${escapeRe(label('card.reply.includeAttachments', { count: 7 })).replace('7', '\\d+')}$`),
    ),
    choices.attachments,
    '--attachments: the message has no attachments to include',
  );
  for (const [name, value] of [
    [label('card.reply.addCc'), choices.cc],
    [label('card.reply.addBcc'), choices.bcc],
  ] as const) {
    if (value === undefined) continue;
    const input = find('text', new RegExp(`^${escapeRe(name)}$`));
    if (!input) throw new CliError(`the card has no "${name}" input`);
    form[input.name] = [value];
  }
  return form;
}

/** A merge field the card asks a value for (the "Fill in" form): its input, label and what it holds. */
export interface AskedField {
  field: string;
  label: string;
  input: string;
  value: string;
}

export function askedFields(card: Card): AskedField[] {
  const section = sectionOf(card, 'Fill in');
  if (!section) return [];
  return inputsOf(section)
    .filter((i) => i.kind === 'text')
    .map((i) => ({
      field: /^\{\{ (.+) \}\}$/.exec(i.hint)?.[1] ?? i.name,
      label: i.label,
      input: i.name,
      value: i.value,
    }));
}

/** The asked fields still without a value: the card makes nothing until each has one. */
export function missingFields(card: Card): AskedField[] {
  return askedFields(card).filter((a) => a.value.trim() === '');
}

/**
 * --field values typed into the card's "Fill in" inputs. A field the card does not ask for is an error:
 * an unknown one names the fields there are (the editor's help), a known one what the card asks for.
 */
export function fillIn(runtime: Runtime, card: Card, fields: { name: string; value: string }[]): FormValues {
  const asked = askedFields(card);
  const form: FormValues = {};
  for (const { name, value } of fields) {
    const input = asked.find((a) => a.field === name);
    if (input) {
      form[input.input] = [value];
      continue;
    }
    const known = mergeFields(runtime);
    if (!known.includes(name)) {
      throw new CliError(`--field ${name}: no such merge field (fields: ${known.join(', ')})`);
    }
    throw new CliError(
      `--field ${name}: the card asks for no value for it here (it asks for ${
        asked.length > 0 ? asked.map((a) => a.field).join(', ') : 'none'
      })`,
    );
  }
  return form;
}

/** A choice changed: the card's own change action, and the card it answers with (unchanged: the same). */
export function refreshWith(runtime: Runtime, base: AddonEvent, card: Card, form: FormValues): Card {
  const key = (f: FormValues) => JSON.stringify(Object.entries(f).sort(([a], [b]) => a.localeCompare(b)));
  if (key(form) === key(formDefaults(card))) return card;
  return shownCard(click(runtime, base, card, changeAction(card), form));
}

// --- Templates, picked by name as the user finds them ---

function noTemplate(name: string, names: string[]): CliError {
  const quoted = names.map((n) => `"${n}"`);
  return new CliError(
    `no template named "${name}"; the library has ${quoted.length ? quoted.slice(0, 30).join(', ') : 'none'}${quoted.length > 30 ? ', …' : ''}`,
  );
}

const sameName = (a: string, b: string) =>
  unisolated(a).trim().toLowerCase() === unisolated(b).trim().toLowerCase();

/**
 * The template named `name` (capitals ignored) found in the message card's Templates, else in "All
 * templates" page by page, and clicked: its preview card.
 */
export function openTemplate(runtime: Runtime, base: AddonEvent, messageCard: Card, name: string): Card {
  let card = messageCard;
  let rows = rowsOf(sectionOf(card, label('card.templates.header')));
  let names = rows.map((r) => r.text);
  let hit = rows.find((r) => sameName(r.text, name));
  const all = buttonsOf(messageCard).find((b) => /^All templates \(\d+\)$/.test(b.text));
  if (!hit && all) {
    card = shownCard(click(runtime, base, messageCard, all));
    names = [];
    for (;;) {
      rows = rowsOf(card);
      names.push(...rows.map((r) => r.text));
      hit = rows.find((r) => sameName(r.text, name));
      const next = buttonsOf(card).find((b) => b.text === 'Next');
      if (hit || !next) break;
      card = shownCard(click(runtime, base, card, next));
    }
  }
  if (!hit) throw noTemplate(name, names);
  return shownCard(click(runtime, base, card, hit.button));
}

/** The template named `name` in the compose window's list (searched for when not shown), clicked. */
export function openComposeTemplate(runtime: Runtime, base: AddonEvent, listCard: Card, name: string): Card {
  let card = listCard;
  const find = () =>
    rowsOf(sectionOf(card, label('card.templates.header'))).find((r) => sameName(r.text, name));
  let hit = find();
  if (!hit) {
    // The one text input of the template list is its search, in any language the card speaks.
    const texts = inputsOf(card).filter((i) => i.kind === 'text');
    const search =
      texts.length === 1 && texts[0] ? texts[0] : inputLabelled(card, 'text', 'Search templates');
    card = refreshWith(runtime, base, card, { ...formDefaults(card), [search.name]: name.trim() });
    hit = find();
  }
  if (!hit) throw noTemplate(name, libraryNames(runtime));
  return shownCard(click(runtime, base, card, hit.button));
}

// --- The draft a card will make, and making it ---

export interface CardWarning {
  message: string;
  /** Shown as "No draft": the card makes no draft while it stands. */
  blocking: boolean;
  /** How the card shows it: blocking, caution ("Check") or info (a quiet note). */
  tier: 'blocking' | 'caution' | 'info';
}

export interface DraftPreview {
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  warnings: CardWarning[];
  /** Recipients a shortened line leaves out ("… and 3 more"), by line; absent when none is shortened. */
  more?: { to?: number; cc?: number; bcc?: number };
}

/** A recipient line as the card shows it: addresses split at commas outside quotes, and "and N more". */
export function recipientLine(line: string): { names: string[]; more: number } {
  if (line === '' || line === '—') return { names: [], more: 0 };
  const shortened = / and (\d+) more$/.exec(line);
  const body = shortened ? line.slice(0, shortened.index) : line;
  const names: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\' && quoted) {
      current += c + (body[i + 1] ?? '');
      i++;
    } else if (c === '"') {
      quoted = !quoted;
      current += c;
    } else if (c === ',' && !quoted) {
      names.push(current.trim());
      current = '';
    } else current += c;
  }
  if (current.trim()) names.push(current.trim());
  return { names, more: shortened ? Number(shortened[1]) : 0 };
}

/** The card's "The draft" section: who it reaches, its subject, and the warnings, as shown. */
export function draftPreview(card: Card): DraftPreview {
  const section = sectionOf(card, label('card.draft.header'));
  if (!section) throw new CliError(`the card shows no draft: ${textsOf(card).join(' ')}`);
  const preview: DraftPreview = {
    to: [],
    cc: [],
    bcc: [],
    subject: fieldText(section, label('card.draft.subject')),
    warnings: [],
  };
  for (const [key, name] of [
    ['to', label('card.draft.to')],
    ['cc', label('card.draft.cc')],
    ['bcc', label('card.draft.bcc')],
  ] as const) {
    const { names, more } = recipientLine(fieldText(section, name));
    preview[key] = names;
    if (more > 0) preview.more = { ...preview.more, [key]: more };
  }
  type Decorated = { topLabel?: string; text?: string; startIcon?: { materialIcon?: { name?: string } } };
  for (const widget of section.widgets as { decoratedText?: Decorated }[]) {
    const d = widget.decoratedText;
    // Warnings come in three looks: "No draft" (blocking), "Check" (caution), an info icon (a note).
    const tier =
      unisolated(plain(d?.topLabel ?? '')) === label('card.warning.blocking')
        ? 'blocking'
        : unisolated(plain(d?.topLabel ?? '')) === label('card.warning.check')
          ? 'caution'
          : d?.startIcon?.materialIcon?.name === 'info'
            ? 'info'
            : null;
    if (d && tier)
      preview.warnings.push({ message: plain(d.text ?? ''), blocking: tier === 'blocking', tier });
  }
  return preview;
}

/** "Create draft" and the kind of draft it makes, from the ComposedEmailType the button was given. */
export function createDraftButton(card: Card): { button: CardButton; route: 'reply' | 'standalone' } {
  // While values are missing the button says so ("Create draft (fill in 1 value)").
  const button =
    buttonsOf(card).find((b) => b.text === 'Create draft' || b.text.startsWith('Create draft (')) ??
    buttonsOf(card).find((b) => b.text === label('card.createDraft')) ??
    findButton(card, 'Create draft');
  const type = composeTypeOf(card, button);
  if (!type) throw new Error('"Create draft" is not a compose action on this card');
  return { button, route: type === 'REPLY_AS_DRAFT' ? 'reply' : 'standalone' };
}

/** Press the card's "Create draft": the draft made, or the card's reason for making none. */
export function pressCreateDraft(runtime: Runtime, base: AddonEvent, card: Card): DraftRecord {
  const { button } = createDraftButton(card);
  if (button.disabled) {
    const reasons = draftPreview(card)
      .warnings.filter((w) => w.blocking)
      .map((w) => w.message);
    throw new CliError(`no draft: ${reasons.join(' ') || 'the card disables Create draft'}`);
  }
  const before = runtime.mailbox.drafts.length;
  try {
    click(runtime, base, card, button);
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
  const draft = runtime.mailbox.drafts[before];
  if (!draft) throw new CliError('the add-on made no draft');
  return draft;
}

/** A template the preview card says can't be used: its errors, as the card lists them in red. */
export function templateIssues(card: Card): string[] | undefined {
  const section = sectionOf(card, 'This template can’t be used yet');
  return section ? redTexts(section) : undefined;
}

/** The template's text as the preview's "The text" shows it, and how many characters the card leaves out. */
export function previewText(card: Card): { text: string; moreCharacters: number } {
  const section = sectionOf(card, 'The text');
  if (!section) throw new CliError(`the card shows no text: ${textsOf(card).join(' ')}`);
  const html = rawParagraph(section);
  if (/^<font color="#5f6368">\(no text\)<\/font>$/.test(html)) return { text: '', moreCharacters: 0 };
  const cut = /<br><font color="#5f6368">… and (\d+) more characters, all in the draft<\/font>$/.exec(html);
  const shown = cut ? html.slice(0, cut.index) : html;
  return { text: plain(shown), moreCharacters: cut ? Number(cut[1]) : 0 };
}

function rawParagraph(section: unknown): string {
  const widgets = ((section as { widgets?: unknown[] }).widgets ?? []) as {
    textParagraph?: { text?: string };
  }[];
  return widgets.find((w) => typeof w.textParagraph?.text === 'string')?.textParagraph?.text ?? '';
}
