// The CLI commands: each runs the add-on the way Gmail would and returns one JSON-able value.

import { choicesFrom, planReply, replyContext } from '../../src/handlers/reply';
import { userStore } from '../../src/handlers/stores';
import { formatAddress } from '../../src/mail';
import { cardsOf, changeAction, findButton, formDefaults, notificationOf, textsOf } from '../cardQuery';
import type { Runtime } from '../runtime';
import { type AddonEvent, actionEvent, type FormValues, messageEvent } from '../runtime/events';
import type { DraftRecord } from '../runtime/gmail/mailbox';
import { type ReplyCliOptions, replyForm } from './replyOptions';
import { CliError, type EmlSession, sessionForEml } from './session';
import {
  loadTemplatesFile,
  missingFieldsError,
  renderedFor,
  type TemplateCliOptions,
  templateEvent,
  templateNamed,
} from './templateCommands';

interface CommonOptions {
  eml?: string;
  me?: string;
  mailbox?: string;
  aliases?: string;
  /** --templates FILE: a library loaded into the user store before the command runs. */
  templates?: string;
}

/** The error card's message, when the response is one. */
function errorMessageOf(response: unknown): string | undefined {
  const card = cardsOf(response)[0];
  if (card?.name !== 'error') return notificationOf(response);
  return textsOf(card).slice(1).join(' ') || 'error';
}

/** --aliases: the user's other addresses, saved through the add-on's own settings store. */
function applyAliases(runtime: Runtime, aliases: string | undefined): void {
  if (!aliases) return;
  const otherAddresses = aliases
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  runtime.withServices(() => userStore().saveSettings({ otherAddresses }));
}

async function session(options: CommonOptions): Promise<EmlSession> {
  const s = await sessionForEml(options);
  applyAliases(s.runtime, options.aliases);
  loadTemplatesFile(s.runtime, options.templates);
  return s;
}

export async function openCommand(options: CommonOptions) {
  const { runtime, messageId } = await session(options);
  const response = runtime.render('onGmailMessage', messageEvent(runtime.mailbox, messageId));
  const error = errorMessageOf(response);
  if (error) throw new CliError(error);
  return response;
}

export async function planCommand(options: CommonOptions & ReplyCliOptions) {
  const form = replyForm(options);
  const { runtime, messageId } = await session(options);
  const event = actionEvent(messageEvent(runtime.mailbox, messageId), { action: 'draftReply' }, form);
  return runtime.withServices(() => {
    const ctx = replyContext(event);
    if (!ctx.modes.includes(form.mode as never)) {
      throw new CliError(
        `mode "${form.mode}" is not offered for this message (offered: ${ctx.modes.join(', ')})`,
      );
    }
    const { plan, route } = planReply(ctx, choicesFrom(event, ctx.modes));
    return {
      to: plan.to.map(formatAddress),
      cc: plan.cc.map(formatAddress),
      bcc: plan.bcc.map(formatAddress),
      subject: plan.subject,
      inReplyTo: plan.inReplyTo,
      references: plan.references,
      warnings: plan.warnings,
      route: route.kind,
    };
  });
}

/**
 * Open the message card, set its inputs to `form` (which re-plans the card, as each change does in
 * Gmail) and press its "Create draft": the draft made, or the card's reason for making none.
 */
function pressCreateDraft(runtime: Runtime, base: AddonEvent, form: FormValues, shown?: unknown) {
  let first = shown;
  if (!first) {
    const opened = runtime.render('onGmailMessage', base);
    const openError = errorMessageOf(opened);
    if (openError) throw new CliError(openError);
    first = cardsOf(opened)[0]!;
  }
  const refreshed = runtime.render(
    'dispatchAction',
    actionEvent(base, changeAction(first).parameters, { ...formDefaults(first), ...form }),
  );
  const error = errorMessageOf(refreshed);
  if (error) throw new CliError(error);
  const card = cardsOf(refreshed)[0]!;
  const button = findButton(card, 'Create draft');
  if (button.disabled) {
    const reasons = textsOf(card).filter((t) => /^No draft/.test(t) || /blocked|cannot|can’t/i.test(t));
    throw new CliError(`no draft: ${reasons.join(' ') || 'the card disables Create draft'}`);
  }
  const drafts = runtime.mailbox.drafts.length;
  try {
    runtime.render(
      'dispatchAction',
      actionEvent(base, button.parameters, { ...formDefaults(card), ...form }),
    );
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
  const draft = runtime.mailbox.drafts[drafts];
  if (!draft) throw new CliError('the add-on made no draft');
  return draftJson(draft);
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

export async function draftCommand(options: CommonOptions & ReplyCliOptions & TemplateCliOptions) {
  if (options.template !== undefined) return templateDraftCommand(options);
  const form = replyForm(options);
  const { runtime, messageId } = await session(options);
  const base = messageEvent(runtime.mailbox, messageId);
  const offered = runtime.withServices(() => replyContext(base).modes as string[]);
  if (!offered.includes(form.mode as string)) {
    throw new CliError(
      `mode "${form.mode}" is not offered for this message (offered: ${offered.join(', ')})`,
    );
  }
  runtime.ledger.reset();
  return pressCreateDraft(runtime, base, form);
}

/** `render --eml PATH --template NAME`: the template's text and HTML for this message, and what it lacks. */
export async function renderCommand(options: CommonOptions & ReplyCliOptions & TemplateCliOptions) {
  const { runtime, messageId } = await session(options);
  const template = templateNamed(runtime, options.template);
  const event = templateEvent(runtime, messageId, template, options, 'refreshTemplate');
  const { rendered } = renderedFor(runtime, event, template);
  return { text: rendered.text, html: rendered.html, missing: rendered.missing, warnings: rendered.warnings };
}

/**
 * `draft --template NAME`: the reply draft with the template above the quote, made by the bundle as the
 * preview card's "Create draft" makes it. Fields the message has no value for must come with --field.
 */
async function templateDraftCommand(options: CommonOptions & ReplyCliOptions & TemplateCliOptions) {
  const { runtime, messageId } = await session(options);
  const template = templateNamed(runtime, options.template);
  const event = templateEvent(runtime, messageId, template, options, 'draftTemplate');
  const { rendered } = renderedFor(runtime, event, template);
  if (rendered.missing.length > 0) throw missingFieldsError(template, rendered.missing);
  // The template's preview, as "All templates" opens it for the template picked by name.
  const base = messageEvent(runtime.mailbox, messageId);
  const preview = runtime.render(
    'dispatchAction',
    actionEvent(base, { action: 'previewTemplate', templateId: template.id }),
    { kind: 'action', surface: 'message' },
  );
  const error = errorMessageOf(preview);
  if (error) throw new CliError(error);
  return pressCreateDraft(runtime, base, event.formInputs ? formOf(event) : {}, cardsOf(preview)[0]!);
}

/** The form values an event carries, as the card's inputs would send them. */
function formOf(event: AddonEvent): FormValues {
  const inputs = (event.commonEventObject.formInputs ?? {}) as Record<
    string,
    { stringInputs: { value: string[] } }
  >;
  return Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, v.stringInputs.value]));
}
