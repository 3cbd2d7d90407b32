// Setting up a user the way the user does it: through the bundle's own cards. Templates are pasted into
// the library's Import card, the name and other addresses typed into Settings, templates deleted from
// the editor. So the add-on's own checks apply (all or nothing, names unique, lint), and what ends up
// stored is what the add-on itself writes. The CLI, the behaviour tests and the bench seed their users
// with these; nothing here runs the add-on's source outside the sandbox.
import type { Runtime } from '../sandbox';
import {
  type CardButton,
  cardsOf,
  findButton,
  formDefaults,
  inputsOf,
  notificationOf,
  plain,
  rowsOf,
  sectionOf,
  textsOf,
} from './cardQuery';
import { type AddonEvent, actionEvent, type FormValues, homepageEvent } from './events';

type Card = Record<string, unknown>;

/**
 * The add-on would not do what was asked: `reasons` are what the card says (the refusals an import card
 * lists, the text of an error card, or the notification shown instead of a card).
 */
export class SetupError extends Error {
  constructor(readonly reasons: string[]) {
    super(reasons.join('; '));
    this.name = 'SetupError';
  }
}

/** A template as the export format and the Import card have it (the add-on fills in what is left out). */
export interface TemplateJson {
  name: string;
  body: string;
  cc?: string;
  bcc?: string;
  subject?: string;
  mode?: 'reply' | 'reply-all' | 'reply-list';
  tags?: string[];
}

/** The message of an error card in the response, if it shows one. */
export function errorOf(response: unknown): string | undefined {
  const card = cardsOf(response)[0];
  if (card?.name !== 'error') return undefined;
  return textsOf(card).slice(1).join(' ') || 'error';
}

/** The card a response shows; an error card (or no card, only a notification) is a SetupError. */
export function shownCard(response: unknown): Card {
  const error = errorOf(response) ?? (cardsOf(response)[0] ? undefined : notificationOf(response));
  if (error) throw new SetupError([error]);
  const card = cardsOf(response)[0];
  if (!card) throw new SetupError(['the add-on showed no card']);
  return card;
}

/** Press a button (or a row, or an input's change) of `card`: what Gmail sends is the card's form. */
export function click(
  runtime: Runtime,
  base: AddonEvent,
  card: Card,
  button: CardButton,
  form: FormValues = formDefaults(card),
): unknown {
  if (!button.functionName) throw new Error(`"${button.text}" runs no action`);
  if (button.disabled) throw new Error(`"${button.text}" is disabled on the card`);
  return runtime.render(button.functionName, actionEvent(base, button.parameters, form));
}

/** The name of the text input labelled `label` on the card. */
export function textInputNamed(card: unknown, label: string): string {
  const input = inputsOf(card).find((i) => i.kind === 'text' && i.label === label);
  if (!input) throw new Error(`no text input "${label}" on the card`);
  return input.name;
}

/** The library: the homepage card (the first one adds the starter templates, as a first run does). */
export function openLibrary(runtime: Runtime, base: AddonEvent = homepageEvent()): Card {
  return shownCard(runtime.render('onHomepage', base));
}

/**
 * Homepage → "Import" → the JSON pasted into "Templates as JSON" → "Import". Returns the notification
 * ("Imported 3 templates", "Nothing new: …"); a refusal is a SetupError with the reasons the card lists.
 * `templates` is pasted as given when it is text, else as the export format's bare list.
 */
export function importTemplates(runtime: Runtime, templates: string | readonly TemplateJson[]): string {
  const json = typeof templates === 'string' ? templates : JSON.stringify(templates);
  const base = homepageEvent();
  const library = openLibrary(runtime, base);
  const importCard = shownCard(click(runtime, base, library, findButton(library, 'Import')));
  const response = click(runtime, base, importCard, findButton(importCard, 'Import'), {
    ...formDefaults(importCard),
    [textInputNamed(importCard, 'Templates as JSON')]: [json],
  });
  const after = shownCard(response);
  const refused = sectionOf(after, 'Nothing was imported');
  if (refused) throw new SetupError(textsOf(refused).slice(1));
  return notificationOf(response) ?? '';
}

/** Homepage → "Export": the templates as the export card gives them to copy (its JSON, parsed). */
export function exportedTemplates(runtime: Runtime): TemplateJson[] {
  const base = homepageEvent();
  const library = openLibrary(runtime, base);
  const card = shownCard(click(runtime, base, library, findButton(library, 'Export')));
  const json = formDefaults(card)[textInputNamed(card, 'Export (JSON)')]?.[0] ?? '';
  const parsed = JSON.parse(json) as { templates?: TemplateJson[] } | TemplateJson[];
  return Array.isArray(parsed) ? parsed : (parsed.templates ?? []);
}

/**
 * The toolbar's Settings: `myName` typed into "Your name", `otherAddresses` into "My other addresses"
 * (one a line), then Save. What is not given stays as the card shows it. A refusal is a SetupError.
 */
export function saveSettings(
  runtime: Runtime,
  settings: { myName?: string; otherAddresses?: readonly string[] },
): void {
  const base = homepageEvent();
  const card = shownCard(runtime.render('onSettings', base));
  const form = formDefaults(card);
  if (settings.myName !== undefined) form[textInputNamed(card, 'Your name')] = [settings.myName];
  if (settings.otherAddresses !== undefined) {
    form[textInputNamed(card, 'My other addresses')] = [settings.otherAddresses.join('\n')];
  }
  const after = shownCard(click(runtime, base, card, findButton(card, 'Save'), form));
  // A refused save shows the card again, as typed, with the reason in red ("Not saved: …").
  const refused = textsOf(after).find((t) => t.startsWith('Not saved'));
  if (refused) throw new SetupError([refused]);
}

/** The library's template rows (not its damaged entries) on one page of the list. */
function templateRows(card: Card) {
  const sections = (card.sections ?? []) as { header?: string }[];
  return rowsOf(sections.filter((s) => !/^Damaged/.test(plain(s.header ?? '')))).filter(
    (row) => row.button.parameters.action === 'editTemplate',
  );
}

/**
 * Every template deleted as the user does it: each opened from the library, "Delete", then "Delete"
 * again on the confirmation. A deleted starter stays deleted, so the library is then empty for good.
 */
export function deleteAllTemplates(runtime: Runtime): void {
  const base = homepageEvent();
  let library = openLibrary(runtime, base);
  for (let row = templateRows(library)[0]; row; row = templateRows(library)[0]) {
    const editor = shownCard(click(runtime, base, library, row.button));
    const confirm = shownCard(click(runtime, base, editor, findButton(editor, 'Delete')));
    library = shownCard(click(runtime, base, confirm, findButton(confirm, 'Delete')));
  }
}
