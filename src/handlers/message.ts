// The contextual surface: the card beside an open message, and the reply draft made from it.
import type { ActionParams } from '../actions';
import { messageCard } from '../cards/messageCard';
import { UserError } from '../errors';
import { type AddonEvent, userEnv } from '../events';
import type { Address, MessageSnapshot, ReplyPlan } from '../mail/types';
import { createReplyDraft, openMessage } from '../platform/gmail';
import { cardOrErrorCard } from './boundary';

// Interim: replaced by src/mail's address parser and reply plan.
function senderOf(snapshot: MessageSnapshot): Address {
  const m = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(snapshot.from);
  const address = m ? { name: m[1] ?? '', email: m[2] ?? '' } : { name: '', email: snapshot.from.trim() };
  if (!/^[^@\s]+@[^@\s]+$/.test(address.email)) {
    throw new UserError(
      'This message has no sender address (its From line is missing or unreadable), so there is nobody to reply to.',
      'No sender',
    );
  }
  return address;
}

function formatDate(ms: number, env: { locale: string; timeZone: string }): string {
  return new Intl.DateTimeFormat(env.locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: env.timeZone,
  }).format(new Date(ms));
}

export function onGmailMessage(e: AddonEvent): GoogleAppsScript.Card_Service.Card {
  return cardOrErrorCard(() => {
    const { snapshot } = openMessage(e);
    return messageCard({
      sender: senderOf(snapshot),
      subject: snapshot.subject,
      dateText: formatDate(snapshot.date, userEnv(e)),
      modes: ['reply'],
    });
  });
}

export function draftReply(e: AddonEvent, params: ActionParams['draftReply']) {
  const open = openMessage(e);
  const sender = senderOf(open.snapshot);
  const greeting = sender.name ? `Hi ${sender.name.split(/\s+/)[0]},` : 'Hello,';
  const plan: ReplyPlan = {
    mode: params.mode,
    threadId: open.snapshot.threadId,
    to: [sender],
    cc: [],
    bcc: [],
    subject: open.snapshot.subject,
    inReplyTo: open.snapshot.headers.messageId,
    references: [],
    body: {
      text: `${greeting}\n\n`,
      html: `<div>${greeting.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</div><div><br></div>`,
    },
    quote: null,
    attachments: [],
    warnings: [],
  };
  const draft = createReplyDraft(open, plan);
  return CardService.newComposeActionResponseBuilder().setGmailDraft(draft).build();
}
