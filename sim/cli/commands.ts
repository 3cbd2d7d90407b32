// The CLI commands: each drives the built add-on the way a user in Gmail would (open the card, make the
// choices on it, press its buttons) and returns one JSON-able value read from the cards or the draft.

import type { DraftRecord } from '../mailbox/mailbox';
import type { Runtime } from '../sandbox';
import { type AddonEvent, type EventEnv, messageEvent } from '../testing/events';
import { CliError, type EmlSession, sessionForEml } from './emlRun';
import { type ReplyCliOptions, replyChoices } from './replyOptions';
import { fieldPairs, missingFieldsError, type TemplateCliOptions, templateName } from './templateCommands';
import {
  chooseOn,
  createDraftButton,
  draftPreview,
  errorOf,
  fillIn,
  importTemplatesFile,
  missingFields,
  openTemplate,
  pressCreateDraft,
  previewText,
  type ReplyChoices,
  refreshWith,
  saveAliases,
  shownCard,
  templateIssues,
  titleOf,
  useCardLocale,
} from './user';

interface CommonOptions {
  eml?: string;
  me?: string;
  mailbox?: string;
  aliases?: string;
  /** --templates FILE: a library imported through the library's Import card before the command runs. */
  templates?: string;
  /** --locale TAG (the event's userLocale, default en-US) and --time-zone ZONE: every command. */
  locale?: string;
  'time-zone'?: string;
}

/** The events' environment for this command (one command per process; set by session()). */
let env: EventEnv = {};

/** The events' locale and zone from --locale / --time-zone (the emulator's defaults where absent). */
export function envOf(options: CommonOptions): EventEnv {
  const env: EventEnv = {};
  if (options.locale !== undefined) env.locale = options.locale;
  if (options['time-zone'] !== undefined) env.timeZone = options['time-zone'];
  return env;
}

/** The run for the message, with --aliases saved in Settings and --templates imported, as a user would. */
async function session(options: CommonOptions): Promise<EmlSession> {
  const s = await sessionForEml(options);
  // The card's words are the user's: the CLI finds its labels (The draft, Create draft…) in that locale.
  useCardLocale(options.locale);
  env = envOf(options);
  saveAliases(s.runtime, options.aliases);
  importTemplatesFile(s.runtime, options.templates);
  return s;
}

export async function openCommand(options: CommonOptions) {
  const { runtime, messageId } = await session(options);
  const response = runtime.render('onGmailMessage', messageEvent(runtime.mailbox, messageId, env));
  const error = errorOf(response);
  if (error) throw new CliError(error);
  return response;
}

/** The message card, opened, with the reply choices made on it (each change re-plans the card). */
function replyCard(runtime: Runtime, messageId: string, choices: ReplyChoices) {
  const base = messageEvent(runtime.mailbox, messageId, env);
  const opened = shownCard(runtime.render('onGmailMessage', base));
  return { base, card: refreshWith(runtime, base, opened, chooseOn(opened, choices)) };
}

/**
 * `plan`: what the message card's "The draft" says the draft will be (To, Cc, Bcc and Subject as the
 * card shows them, its warnings), the kind of draft its "Create draft" makes, and whether it is enabled.
 */
export async function planCommand(options: CommonOptions & ReplyCliOptions) {
  const choices = replyChoices(options);
  const { runtime, messageId } = await session(options);
  const { card } = replyCard(runtime, messageId, choices);
  const preview = draftPreview(card);
  const { button, route } = createDraftButton(card);
  return {
    to: preview.to,
    cc: preview.cc,
    bcc: preview.bcc,
    subject: preview.subject,
    warnings: preview.warnings,
    route,
    blocked: button.disabled,
    ...(preview.more ? { more: preview.more } : {}),
  };
}

export function draftJson(draft: DraftRecord) {
  return {
    threadId: draft.threadId,
    to: draft.to,
    cc: draft.cc,
    bcc: draft.bcc,
    subject: draft.subject,
    inReplyTo: draft.inReplyTo ?? '',
    references: draft.references,
    text: draft.text,
    html: draft.html ?? '',
    attachments: draft.attachments,
    raw: draft.raw,
  };
}

/** `draft`: the choices made on the message card, then its "Create draft": the draft the bundle made. */
export async function draftCommand(options: CommonOptions & ReplyCliOptions & TemplateCliOptions) {
  if (options.template !== undefined) return templateDraftCommand(options);
  const choices = replyChoices(options);
  const { runtime, messageId } = await session(options);
  runtime.ledger.reset();
  const { base, card } = replyCard(runtime, messageId, choices);
  return draftJson(pressCreateDraft(runtime, base, card));
}

/**
 * The template's preview card for the message: the template picked by name from the message card's
 * list (or "All templates"), then the reply choices and the --field values typed in. A template the
 * card says can't be used is a CliError with its errors.
 */
function templateCard(
  runtime: Runtime,
  messageId: string,
  choices: ReplyChoices,
  options: TemplateCliOptions,
): { base: AddonEvent; card: Record<string, unknown> } {
  const name = templateName(options);
  const fields = fieldPairs(options.field);
  const base = messageEvent(runtime.mailbox, messageId, env);
  const opened = shownCard(runtime.render('onGmailMessage', base));
  const preview = openTemplate(runtime, base, opened, name);
  const issues = templateIssues(preview);
  if (issues) throw new CliError(`template "${titleOf(preview)}" can't be used: ${issues.join('; ')}`);
  const form = { ...chooseOn(preview, choices), ...fillIn(runtime, preview, fields) };
  return { base, card: refreshWith(runtime, base, preview, form) };
}

/**
 * `render`: the template's preview for this message: its text as "The text" shows it, the fields
 * "Fill in" still asks for, the warnings the card shows, and the HTML the draft gets (made in a
 * throwaway copy of the run, the quote off; null while the card would make no draft).
 */
export async function renderCommand(options: CommonOptions & ReplyCliOptions & TemplateCliOptions) {
  return renderIn(await session(options), options);
}

/** `render` in a run already set up (tests seed its user store first). */
export async function renderIn(s: EmlSession, options: ReplyCliOptions & TemplateCliOptions) {
  const choices = replyChoices(options);
  const { card } = templateCard(s.runtime, s.messageId, choices, options);
  const { text, moreCharacters } = previewText(card);
  const missing = missingFields(card).map((f) => f.field);
  const preview = draftPreview(card);
  let html: string | null = null;
  if (!createDraftButton(card).button.disabled) {
    const copy = await s.copy();
    const bare = templateCard(
      copy.runtime,
      copy.messageId,
      { ...choices, quote: false, attachments: false },
      options,
    );
    html = pressCreateDraft(copy.runtime, bare.base, bare.card).html ?? '';
  }
  return {
    text,
    html,
    missing,
    warnings: preview.warnings,
    ...(moreCharacters > 0 ? { moreCharacters } : {}),
  };
}

/**
 * `draft --template NAME`: the preview card's "Create draft": the reply with the template above the
 * quote. Fields the message has no value for must come with --field (the card waits for them).
 */
async function templateDraftCommand(options: CommonOptions & ReplyCliOptions & TemplateCliOptions) {
  const choices = replyChoices(options);
  const { runtime, messageId } = await session(options);
  const { base, card } = templateCard(runtime, messageId, choices, options);
  const missing = missingFields(card);
  if (missing.length > 0) throw missingFieldsError(titleOf(card), missing);
  return draftJson(pressCreateDraft(runtime, base, card));
}
