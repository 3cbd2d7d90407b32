// The plain data that flows through the add-on: one read of the open message (MessageSnapshot) and the
// reply built from it (ReplyPlan). Pure rules take and return these; nothing here touches Apps Script.
import type { MessageId, Params } from '../i18n';

/** A parsed mailbox. `name` is the decoded display name ('' when there is none). */
export interface Address {
  name: string;
  email: string;
}

/**
 * The mailboxes of one address header, parsed once from the raw header (then names decoded), plus each
 * entry that is no mailbox, decoded and cleaned for people to read (never parsed again).
 */
export interface ParsedAddresses {
  addresses: Address[];
  invalid: string[];
}

export interface AttachmentMeta {
  /** Position in GmailMessage.getAttachments({includeInlineImages: true}). */
  index: number;
  name: string;
  mimeType: string;
  size: number;
  inline: boolean;
  /** Content-ID without angle brackets, for inline images. */
  contentId?: string;
}

/**
 * One read of the open message (src/mail/snapshot.ts): every address header parsed once from the raw
 * source and only then decoded, the subject decoded and cleaned. Everything downstream (card, plan, route,
 * merge fields, quote, draft) reads these parses; nothing parses a header again.
 */
export interface MessageSnapshot {
  /** Gmail ids. */
  id: string;
  threadId: string;
  /** From, To, Cc and Reply-To; several headers of one name are read together (see `repeated`). */
  from: ParsedAddresses;
  to: ParsedAddresses;
  cc: ParsedAddresses;
  replyTo: ParsedAddresses;
  /**
   * Address headers the message carries more than once ('from', 'reply-to', …). RFC 5322 allows one
   * each; which one Gmail answers is not documented, so a reply never relies on Gmail's reading of them.
   */
  repeated: string[];
  /** Decoded, cleaned of control characters, reply prefixes still on. */
  subject: string;
  /** Milliseconds since the epoch (getDate()). */
  date: number;
  /** Raw header values (getHeader), '' when absent. */
  headers: {
    messageId: string;
    inReplyTo: string;
    references: string;
    listPost: string;
    deliveredTo: string;
    xOriginalTo: string;
  };
  bodies: {
    text: string;
    html: string;
  };
  attachments: AttachmentMeta[];
  thread: {
    count: number;
    /**
     * Earlier messages of the thread a reply could be attached to, newest first. Read only when the open
     * message was sent by the user (Gmail addresses a reply to it back to the user; see route.ts).
     */
    earlier?: ThreadMessage[];
  };
}

/** The little the draft route needs of another message in the thread. */
export interface ThreadMessage {
  id: string;
  from: ParsedAddresses;
  replyTo: ParsedAddresses;
  repeated: string[];
  date: number;
  headers: { messageId: string; inReplyTo: string; references: string };
}

export type ReplyMode = 'reply' | 'reply-all' | 'reply-list';

export interface PlanWarning {
  code: string;
  /** In English, for logs, errors and tests; a card shows `text` in the user's language when there is one. */
  message: string;
  /** The message id and params the card translates (src/i18n); absent for warnings not moved there yet. */
  text?: { id: MessageId; params: Params };
  /** True when no draft may be made while this warning stands (nobody to send to, attachments too big). */
  blocking?: boolean;
}

/** Who "me" is: the session user's address plus the addresses they list as their own in Settings. */
export interface Identity {
  email: string;
  otherEmails: string[];
}

/** What the user picked in the card. Omitted switches take Gmail's defaults (quote on, attachments off). */
export interface ReplyChoices {
  mode: ReplyMode;
  includeQuote?: boolean;
  includeAttachments?: boolean;
  /** Comma-separated addresses typed into the card; '' for none. */
  extraCc?: string;
  extraBcc?: string;
  body: { text: string; html: string };
}

/** The user's locale and time zone (e.g. 'en-GB', 'Europe/Madrid'), passed in so the rules stay pure. */
export interface ReplyEnv {
  locale: string;
  timeZone: string;
}

/**
 * How the draft is made through Apps Script's documented calls (route.ts decides). `subjectOption` false:
 * the reply's subject is over what createDraftReply's `subject` option takes, so the draft leaves it to
 * Gmail (the plan then shows the subject Gmail writes).
 */
export type DraftRoute =
  | { kind: 'reply'; messageId: string; subjectOption: boolean }
  | { kind: 'standalone' };

/**
 * Everything a reply draft will be made of, and how it is made (`route`): the preview shows it and the
 * one draft write is made from it, so what the user saw is what they get.
 */
export interface ReplyPlan extends UnroutedPlan {
  /** Set by routeDraft, which also adjusts the plan (threading, subject, notes) to what that route makes. */
  route: DraftRoute;
}

/** A plan before routeDraft has chosen its route: what buildReplyPlan returns. */
export interface UnroutedPlan {
  mode: ReplyMode;
  threadId: string;
  to: Address[];
  cc: Address[];
  bcc: Address[];
  subject: string;
  /** Parent Message-ID with angle brackets, '' when the parent has none. */
  inReplyTo: string;
  references: string[];
  /** The reply's own text (template or typed), above the quote. */
  body: { text: string; html: string };
  /** The quoted original, null when not included. */
  quote: { text: string; html: string } | null;
  /** Attachments of the original to carry (inline images used by the quote included). */
  attachments: AttachmentMeta[];
  warnings: PlanWarning[];
}
