// The only code that talks to GmailApp: reads the open message once into a MessageSnapshot and makes
// the reply draft from a ReplyPlan. Nothing else touches GmailMessage.
import { UserError } from '../errors';
import type { AddonEvent } from '../events';
import type { MessageSnapshot, ReplyPlan } from '../mail/types';
import { withRetry } from './retry';

/** The open message: its snapshot, plus a handle only this module can use to reply to it. */
export interface OpenMessage {
  snapshot: MessageSnapshot;
  readonly handle: unknown;
}

const NO_MESSAGE = new UserError(
  'Threadsmith works on the message you have open, and this request did not say which one. Open a message in Gmail and try again.',
  'No message open',
);

function messageOf(open: OpenMessage): GoogleAppsScript.Gmail.GmailMessage {
  return open.handle as GoogleAppsScript.Gmail.GmailMessage;
}

/** Set the event's access token and read the open message once. */
export function openMessage(e: AddonEvent): OpenMessage {
  const token = e.gmail?.accessToken;
  const id = e.gmail?.messageId;
  if (!token || !id) throw NO_MESSAGE;
  try {
    GmailApp.setCurrentMessageAccessToken(token);
  } catch {
    throw new UserError(
      'Gmail did not let Threadsmith read this message (its access has expired). Close the message, open it again and retry.',
      'Message access expired',
    );
  }
  let message: GoogleAppsScript.Gmail.GmailMessage | null;
  try {
    message = withRetry(() => GmailApp.getMessageById(id));
  } catch (error) {
    const text = error instanceof Error ? error.message : '';
    if (/permission|access/i.test(text)) {
      throw new UserError(
        'Gmail did not let Threadsmith read this message. Close the message, open it again and retry.',
        'Message access denied',
      );
    }
    if (!/invalid argument|not found/i.test(text)) throw error;
    message = null;
  }
  if (!message) {
    throw new UserError(
      'This message no longer exists: it may have been deleted. Open another message.',
      'Message not found',
    );
  }
  return { snapshot: withRetry(() => snapshotOf(message)), handle: message };
}

function snapshotOf(message: GoogleAppsScript.Gmail.GmailMessage): MessageSnapshot {
  const header = (name: string) => message.getHeader(name) || '';
  const thread = message.getThread();
  return {
    id: message.getId(),
    threadId: thread.getId(),
    from: message.getFrom(),
    to: message.getTo(),
    cc: message.getCc(),
    replyTo: message.getReplyTo(),
    subject: message.getSubject(),
    date: message.getDate().getTime(),
    headers: {
      messageId: header('Message-ID'),
      inReplyTo: header('In-Reply-To'),
      references: header('References'),
      listPost: header('List-Post'),
      deliveredTo: header('Delivered-To'),
      xOriginalTo: header('X-Original-To'),
    },
    bodies: { text: message.getPlainBody(), html: message.getBody() },
    attachments: [],
    thread: { count: thread.getMessageCount(), participants: [] },
  };
}

/** Create the reply draft the plan describes (not retried: a draft is not idempotent). */
export function createReplyDraft(open: OpenMessage, plan: ReplyPlan): GoogleAppsScript.Gmail.GmailDraft {
  const message = messageOf(open);
  const options = { htmlBody: plan.body.html };
  return plan.mode === 'reply-all'
    ? message.createDraftReplyAll(plan.body.text, options)
    : message.createDraftReply(plan.body.text, options);
}
