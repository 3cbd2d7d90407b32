// Integration-test harness: the built dist/Code.js in the emulator, over a mailbox, driven like Gmail.
import { basename, join } from 'node:path';
import { Mailbox } from '../../sim/mailbox/mailbox';
import { DEFAULT_USER, ROOT, Runtime, type RuntimeOptions } from '../../sim/sandbox';
import {
  buttonsOf,
  type CardButton,
  cardsOf,
  changeAction,
  findButton,
  formDefaults,
} from '../../sim/testing/cardQuery';
import {
  type AddonEvent,
  actionEvent,
  type EventEnv,
  type FormValues,
  messageEvent,
} from '../../sim/testing/events';
import { openLibrary } from '../../sim/testing/setup';
import { catalogueOf, LOCALES } from '../../src/i18n';

export const FIXTURES = join(ROOT, 'fixtures', 'mailbox');
export const CORPORA = join(ROOT, '..', 'shared', 'corpora');
export const ME = DEFAULT_USER;

let fixtureMailbox: Promise<Mailbox> | undefined;

/** The fixture mailbox, parsed once per test file (drafts are per runtime: see freshRuntime). */
export function loadFixtures(): Promise<Mailbox> {
  fixtureMailbox ??= Mailbox.fromDirectory(FIXTURES);
  return fixtureMailbox;
}

export async function fixtureRuntime(options: Partial<RuntimeOptions> = {}): Promise<Runtime> {
  const mailbox = options.mailbox ?? (await Mailbox.fromDirectory(FIXTURES));
  const runtime = new Runtime({ ...options, mailbox });
  runtime.loadBundle();
  return runtime;
}

export function messageIdOf(runtime: Runtime, file: string): string {
  const message = runtime.mailbox.messages().find((m) => basename(m.file) === file);
  if (!message) throw new Error(`fixture ${file} is not in the mailbox`);
  return message.id;
}

/** Open a message as Gmail does: the contextual trigger's first card. */
export function openMessage(runtime: Runtime, file: string, env?: EventEnv) {
  const event = messageEvent(runtime.mailbox, messageIdOf(runtime, file), env);
  const card = cardsOf(runtime.render('onGmailMessage', event))[0];
  if (!card) throw new Error('the contextual trigger returned no card');
  return { event, card };
}

/**
 * Click a button of `card` (shown for `base`): the event carries the card's form values as they stand,
 * with `changes` applied, as Gmail sends them.
 */
export function click(
  runtime: Runtime,
  base: AddonEvent,
  card: unknown,
  button: CardButton,
  changes: FormValues = {},
) {
  if (!button.functionName) throw new Error(`button "${button.text}" has no action`);
  if (button.disabled) throw new Error(`button "${button.text}" is disabled`);
  const form: FormValues = { ...formDefaults(card) };
  for (const [name, value] of Object.entries(changes)) {
    if (Array.isArray(value) && value.length === 0) delete form[name];
    else form[name] = value;
  }
  return runtime.render(button.functionName, actionEvent(base, button.parameters, form));
}

/**
 * Change the card's inputs as a user would (each change re-plans the card through its onChange action,
 * as Gmail calls it), then press "Create draft" on the refreshed card. `draft` is the draft made, if any;
 * a disabled button is pressed by nobody, so `draft` is undefined and `disabled` true.
 */
/** "Create draft" in every language the card may speak (the event's locale picks one). */
export const CREATE_DRAFT: string[] = [
  'Create draft',
  ...LOCALES.map((tag) => catalogueOf(tag) ?? {}).flatMap((c) => {
    const text = c['card.createDraft'];
    return typeof text === 'string' ? [text] : [];
  }),
];

/** The card's Create draft button, whatever language the card speaks. */
export function createDraftButtonOf(card: Parameters<typeof buttonsOf>[0]) {
  return buttonsOf(card).find((b) => CREATE_DRAFT.includes(b.text)) ?? findButton(card, 'Create draft');
}

export function createDraft(
  runtime: Runtime,
  base: AddonEvent,
  card: unknown,
  changes: FormValues = {},
): {
  card: unknown;
  response?: unknown;
  draft?: ReturnType<Runtime['mailbox']['drafts']['at']>;
  disabled: boolean;
} {
  const shown =
    Object.keys(changes).length > 0
      ? (cardsOf(click(runtime, base, card, changeAction(card), changes))[0] ?? card)
      : card;
  const button = createDraftButtonOf(shown);
  if (button.disabled) return { card: shown, disabled: true };
  const before = runtime.mailbox.drafts.length;
  const response = click(runtime, base, shown, button, changes);
  return { card: shown, response, draft: runtime.mailbox.drafts[before], disabled: false };
}

/**
 * A template written straight into the user's properties in the stored format (schema 2: the head
 * `tpl:<id>` with the body inline; src/store/schema.ts describes it), as a version of the add-on from
 * before lint blocked a save, or a store edited by hand, would have left it. Only for what the cards
 * cannot reach: Import and Save refuse a template whose Liquid has an error. The library is opened
 * first, as by a returning user, so the starters and the store's version are already there.
 */
export function storeTemplateAsIs(
  runtime: Runtime,
  template: { id: string; name: string; body: string; mode?: string },
): void {
  openLibrary(runtime);
  const { id, name, body, mode = 'reply' } = template;
  const time = Date.UTC(2025, 0, 15, 9, 30);
  const head = { id, name, cc: '', bcc: '', subject: '', mode, tags: [], createdAt: time, updatedAt: time };
  runtime.userStore.values.set(`tpl:${id}`, JSON.stringify({ ...head, rev: 1, parts: 0, body }));
}
