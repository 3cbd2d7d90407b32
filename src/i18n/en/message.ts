// English messages of one surface; ../messages/en.ts joins the sections into the source catalogue.
import type { Message } from '../types';

/** The message card, its recipient warnings, the quote attribution and lists of names. */
export const message = {
  // The quote attribution, as Gmail writes it in English (sources: docs/i18n.md).
  'quote.wrote': 'On {date}, {who} wrote:',
  'quote.wroteNoDate': '{who} wrote:',
  'quote.unknownSender': 'an unknown sender',

  // Lists of names inside a sentence: "Ana, Sam and 3 more".
  'list.separator': ', ',
  'list.and': '{first} and {last}',
  'list.more': { one: '{first} and {count} more', other: '{first} and {count} more' },

  // The message card.
  'mode.reply': 'Reply',
  'mode.reply-all': 'Reply all',
  'mode.reply-list': 'Reply to list',
  'card.reply.header': 'Reply',
  'card.reply.to': 'Reply to',
  'card.reply.includeQuote': 'Include the original message',
  'card.reply.includeAttachments': 'Include the original attachments ({count})',
  'card.reply.addCc': 'Add Cc',
  'card.reply.addBcc': 'Add Bcc',
  'card.reply.addressesHint': 'Addresses, separated by commas',
  'card.draft.header': 'The draft',
  'card.draft.to': 'To',
  'card.draft.cc': 'Cc',
  'card.draft.bcc': 'Bcc',
  'card.draft.subject': 'Subject',
  'card.warning.blocking': 'No draft',
  'card.warning.check': 'Check',
  'card.warning.note': 'Note',
  'card.createDraft': 'Create draft',
  'card.templates.header': 'Templates',
  'card.templates.none': 'No templates yet: create one in your library.',
  'card.templates.draft': 'Draft',
  'card.templates.draftAlt': 'Draft “{name}”',
  'card.templates.all': 'All templates ({count})',
  'card.templates.manage': 'Manage templates',
  'card.templates.hasError': 'Has an error: open to see it',
  'card.templates.asksFor': 'Asks for {fields}',

  // Warnings about the recipients (src/mail/recipients.ts).
  'warning.nobody': 'Nobody is left to send this reply to.',
  'warning.nobody.noList': 'This message does not name a mailing list address to reply to.',
  'warning.nobody.onlyMe': 'You sent this message only to yourself, so a reply would reach nobody else.',
  'warning.nobody.noSender': 'The message has no sender, so there is nobody to reply to.',
  'warning.nobody.invalidSender':
    'The sender "{sender}" is not a valid address, so there is nobody to reply to.',
  'warning.nobody.fromMe':
    'This message came from one of your own addresses, so a reply would reach nobody else.',
  'warning.invalidRecipients': {
    one: 'Left out {count} address that is not valid: {names}.',
    other: 'Left out {count} addresses that are not valid: {names}.',
  },
  'warning.tooManyRecipients':
    'This reply would go to {count} people, and Gmail allows at most {max} in one message. Remove some from Cc or Bcc, or choose Reply to answer the sender only.',
  'warning.manyRecipients': 'This reply goes to {count} people.',
  'warning.externalRecipients': {
    one: '{count} external recipient (outside {domain}).',
    other: '{count} external recipients (outside {domain}).',
  },
  'warning.replyTo.toMe':
    'The message asks for replies to go to you (Reply-To), so this reply goes to {sender} instead.',
  'warning.replyTo.others': 'The message asks for replies to go to {names} (Reply-To), not to {sender}.',
  'warning.theSender': 'the sender',

  // The other warnings of a reply plan (src/mail/plan.ts, route.ts, attachments.ts, bodyLimit.ts).
  'warning.unknownUser':
    'Gmail did not give Threadsmith your email address, so it cannot keep you off the reply. Threadsmith needs permission to see your email address: if you declined it, remove Threadsmith’s access at myaccount.google.com/permissions, open it again and allow it.',
  'warning.repeatedHeader':
    'This message has more than one {header} line, where mail allows one: only the first is used.',
  'warning.noMessageId':
    "The original message has no Message-ID, so the recipient's mail client may not thread this reply (it still threads in your Gmail).",
  'warning.attachmentsTooLarge':
    "The attachments to carry come to {total}, over Gmail's {max} limit: {names}. Turn off the original attachments or the quote to make the draft.",
  'warning.attachmentsMissing': {
    one: 'Gmail no longer lists {names} on this message, so the draft goes without it.',
    other: 'Gmail no longer lists {names} on this message, so the draft goes without them.',
  },
  'warning.bodyTooLarge':
    'The reply’s own text is over Gmail’s 200 KB limit for one message. Shorten it to make the draft.',
  'warning.quotePlain':
    'The original is too big to quote with its formatting (Gmail limits a message to 200 KB), so it is quoted as plain text.',
  'warning.quoteCut':
    'The original is too big to quote whole (Gmail limits a message to 200 KB): its start is quoted as plain text, with a note where it stops.',
  'warning.subjectByGmail':
    'The subject is longer than the {max} characters Threadsmith may set, so Gmail writes it.',
  'warning.repliesToEarlier':
    'Gmail would address a reply to your own message back to you, so this draft answers {names}’s message of {date} in the same conversation.',
  'warning.repliesToEarlier.noName':
    'Gmail would address a reply to your own message back to you, so this draft answers their message of {date} in the same conversation.',
  'warning.notThreaded.unreadable':
    'The message’s Reply-To or From cannot be read reliably, so Threadsmith addresses this draft itself: it starts a new conversation with the same subject.',
  'warning.notThreaded':
    'Gmail add-ons can only address a threaded reply to the sender, so this draft starts a new conversation with the same subject.',

  // Lines of the message card.
  'card.recipients.none': '—',
  'card.recipients.more': '{names} and {count} more',
  'card.open': 'Open',
} as const satisfies Record<string, Message>;
