// English messages of one surface; ../messages/en.ts joins the sections into the source catalogue.
import type { Message } from '../types';

/** Errors and notifications any surface can show. */
export const errors = {
  // The error card (src/cards/errorCard.ts, src/handlers/shared/boundary.ts).
  'error.reference': 'Reference: {reference}',
  'error.title': 'Threadsmith can’t do that',
  'error.unexpected.title': 'Something went wrong',
  'error.unexpected':
    'Threadsmith hit an unexpected problem. Try again; if it keeps happening, send us the reference below.',
  'error.oldButton': 'That button is from an older version of Threadsmith. Reopen the message and try again.',

  // Drafts (src/handlers/message/reply.ts, src/errors.ts).
  'error.noDraft.title': 'No draft made',
  'error.cardChanged':
    'The reply changed since this card was drawn. Nothing was made: change any choice on the card to refresh it, then create the draft again.',
  'error.noSender.title': 'No sender',
  'error.noSender':
    'This message has no sender address (its From line is missing or unreadable), so there is nobody to reply to.',
  'error.draftMayExist.title': 'Check your Drafts folder',
  'error.draftMayExist':
    'Gmail did not confirm the draft, but it may have been made anyway. Look in your Drafts folder before you try again, so you don’t end up with two copies.',

  // Reading the open message (src/platform/gmail.ts).
  'error.noMessage.title': 'No message open',
  'error.noMessage':
    'Threadsmith works on the message you have open, and this request did not say which one. Open a message in Gmail and try again.',
  'error.accessExpired.title': 'Message access expired',
  'error.accessExpired':
    'Gmail did not let Threadsmith read this message (its access may have expired). Close the message, open it again and retry.',
  'error.notReadable.title': 'Message not readable',
  'error.notReadable':
    'Gmail did not let Threadsmith read this message: it may have been deleted or moved, or Gmail is having trouble. Close the message, open it again and retry.',
  'error.notFound.title': 'Message not found',
  'error.notFound': 'This message no longer exists: it may have been deleted. Open another message.',
} as const satisfies Record<string, Message>;
