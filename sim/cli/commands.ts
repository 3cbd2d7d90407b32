// The CLI commands: each runs the add-on the way Gmail would and returns one JSON-able value.

import { cardsOf, notificationOf, textsOf } from '../cardQuery';
import { actionEvent, messageEvent } from '../runtime/events';
import type { DraftRecord } from '../runtime/gmail/mailbox';
import { CliError, sessionForEml } from './session';

const MODES = ['reply', 'reply-all'] as const;

/** The error card's message, when the response is one. */
function errorMessageOf(response: unknown): string | undefined {
  const card = cardsOf(response)[0];
  if (card?.name !== 'error') return notificationOf(response);
  return textsOf(card).slice(1).join(' ') || 'error';
}

export async function openCommand(options: { eml?: string; me?: string; mailbox?: string }) {
  const { runtime, messageId } = await sessionForEml(options);
  const response = runtime.render('onGmailMessage', messageEvent(runtime.mailbox, messageId));
  const error = errorMessageOf(response);
  if (error) throw new CliError(error);
  return response;
}

export function draftJson(draft: DraftRecord) {
  return {
    threadId: draft.threadId,
    to: draft.to,
    cc: draft.cc,
    bcc: draft.bcc,
    subject: draft.subject,
    inReplyTo: draft.inReplyTo,
    references: draft.references,
    text: draft.text,
    html: draft.html,
    attachments: draft.attachments,
    raw: draft.raw,
  };
}

export async function draftCommand(options: { eml?: string; me?: string; mailbox?: string; mode?: string }) {
  const mode = options.mode ?? 'reply';
  if (!(MODES as readonly string[]).includes(mode))
    throw new CliError(`--mode must be one of ${MODES.join(', ')}`);
  const { runtime, messageId } = await sessionForEml(options);
  const base = messageEvent(runtime.mailbox, messageId);
  const response = runtime.render('dispatchAction', actionEvent(base, { action: 'draftReply', mode }));
  const error = errorMessageOf(response);
  if (error) throw new CliError(error);
  const draft = runtime.mailbox.drafts.at(-1);
  if (!draft) throw new CliError('the add-on made no draft');
  return draftJson(draft);
}
