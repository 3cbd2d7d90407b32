// The emulated GmailApp over a Mailbox: per-message access through the add-on's access token, scope
// checks against the manifest, Apps Script's getter formats, and reply drafts as real RFC 5322 messages.
import { createHash } from 'node:crypto';
import { addressEntries } from '../mailbox/addresses';
import { composeDraft, type DraftPart } from '../mailbox/composeDraft';
import {
  type AccessGrant,
  type AttachmentRecord,
  type DraftRecord,
  type MailAddress,
  type Mailbox,
  type MessageRecord,
  rawSource,
  readHeaderFields,
  type ThreadRecord,
} from '../mailbox/mailbox';
import { Blob, blobData, sandboxArray, sandboxDate } from './blob';
import { DRAFT_INFO, type DraftInfo, SCOPE, type ServiceContext } from './context';
import { localised } from './messages';

/** Scopes that open a message's content (readonly, or action during user interaction). */
const CONTENT_SCOPES = [SCOPE.currentMessageReadonly, SCOPE.currentMessageAction, SCOPE.fullMail];
/** Scopes that open sender, recipients, subject and date. */
const METADATA_SCOPES = [SCOPE.currentMessageMetadata, ...CONTENT_SCOPES];
const COMPOSE_SCOPES = [SCOPE.currentActionCompose, SCOPE.fullMail];

const DRAFT_OPTION_KEYS = [
  'attachments',
  'bcc',
  'cc',
  'from',
  'htmlBody',
  'inlineImages',
  'name',
  'noReply',
  'replyTo',
];
const REPLY_OPTION_KEYS = [...DRAFT_OPTION_KEYS, 'subject'];

/** GmailApp methods that need https://mail.google.com/, which a Gmail add-on's manifest does not grant. */
const FULL_MAIL_METHODS = [
  'createLabel',
  'deleteLabel',
  'getAliases',
  'getChatThreads',
  'getDraft',
  'getDraftMessages',
  'getDrafts',
  'getInboxThreads',
  'getInboxUnreadCount',
  'getMessagesForThread',
  'getMessagesForThreads',
  'getPriorityInboxThreads',
  'getPriorityInboxUnreadCount',
  'getSpamThreads',
  'getSpamUnreadCount',
  'getStarredThreads',
  'getStarredUnreadCount',
  'getTrashThreads',
  'getUserLabelByName',
  'getUserLabels',
  'markMessageRead',
  'markMessageUnread',
  'markMessagesRead',
  'markMessagesUnread',
  'markThreadImportant',
  'markThreadRead',
  'markThreadUnimportant',
  'markThreadUnread',
  'markThreadsImportant',
  'markThreadsRead',
  'markThreadsUnimportant',
  'markThreadsUnread',
  'moveMessageToTrash',
  'moveMessagesToTrash',
  'moveThreadToArchive',
  'moveThreadToInbox',
  'moveThreadToSpam',
  'moveThreadToTrash',
  'moveThreadsToArchive',
  'moveThreadsToInbox',
  'moveThreadsToSpam',
  'moveThreadsToTrash',
  'refreshMessage',
  'refreshMessages',
  'refreshThread',
  'refreshThreads',
  'search',
  'sendEmail',
  'starMessage',
  'starMessages',
  'unstarMessage',
  'unstarMessages',
];
const FULL_MAIL_MESSAGE_METHODS = [
  'forward',
  'markRead',
  'markUnread',
  'moveToTrash',
  'refresh',
  'reply',
  'replyAll',
  'star',
  'unstar',
];
const FULL_MAIL_DRAFT_METHODS = ['deleteDraft', 'send', 'update'];

/** How Gmail shows an address: the decoded name, quoted only when it holds RFC 5322 specials. */
export function formatAddress(a: MailAddress): string {
  if (!a.name) return a.address;
  const name = /[()<>[\]:;@\\,."]/.test(a.name) ? `"${a.name.replace(/(["\\])/g, '\\$1')}"` : a.name;
  return `${name} <${a.address}>`;
}

function formatList(list: MailAddress[]): string {
  return list.map(formatAddress).join(', ');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function sha256Hex(data: string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Apps Script's message for arguments of the wrong types, e.g. "The parameters (number) don't match…". */
function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'Boolean';
  if (Array.isArray(value)) return 'Object[]';
  return 'Object';
}

/** Shared state of one GmailApp: the current token's grant, and the drafts this execution made. */
class Session {
  grant: AccessGrant | null = null;
  readonly ownDrafts = new Set<string>();

  constructor(
    readonly ctx: ServiceContext,
    readonly mailbox: Mailbox,
  ) {}

  has(scope: string): boolean {
    return this.ctx.scopes.includes(scope);
  }

  /** Passes when any of `scopes` is granted; otherwise Apps Script's permission error naming the first. */
  requireAny(scopes: readonly string[], what: string): void {
    if (!scopes.some((s) => this.has(s))) this.ctx.requireScope(scopes[0], what);
  }

  fail(message: string): Error {
    return this.ctx.error(`Exception: ${message}`);
  }

  /** "Invalid argument: <what>", in the user's language. */
  invalid(what: string): Error {
    return this.ctx.error(localised('invalidArgument', { what }));
  }

  /** The token opens its message, and the rest of its thread when a content scope is granted. */
  canSee(message: MessageRecord): boolean {
    if (this.has(SCOPE.fullMail) || this.ownDrafts.has(message.id)) return true;
    if (this.grant?.kind === 'compose') {
      return this.grant.messageId === message.id && CONTENT_SCOPES.some((s) => this.has(s));
    }
    if (this.grant?.kind !== 'message') return false;
    if (this.grant.messageId === message.id) return true;
    const granted = this.mailbox.message(this.grant.messageId);
    return granted?.threadId === message.threadId && CONTENT_SCOPES.some((s) => this.has(s));
  }

  /** Without a grant Apps Script falls back to the full-mail scope, which the add-on lacks. */
  assertVisible(message: MessageRecord, what: string): void {
    if (this.canSee(message)) return;
    this.ctx.requireScope(SCOPE.fullMail, what);
    throw this.ctx.error(localised('accessDenied', { what }));
  }

  checkSignature(what: string, args: readonly unknown[], types: readonly string[]): void {
    const ok = types.every(
      (t, i) => (t.endsWith('?') && args[i] === undefined) || typeof args[i] === t.replace('?', ''),
    );
    if (!ok || args.length > types.length) {
      throw this.fail(
        `The parameters (${args.map(typeName).join(',')}) don't match the method signature for ${what}.`,
      );
    }
  }

  /** Recipients given to a draft call, read as Gmail reads a header (quoted local parts kept). */
  parseAddressList(value: string, option: string): MailAddress[] {
    return addressEntries(value).map(({ mailbox, text }) => {
      if (!mailbox || !/^(?:"(?:[^"\\]|\\.)*"|[^@\s"]+)@[^@\s]+$/.test(mailbox.address))
        throw this.fail(`Invalid email: ${text || option}`);
      return mailbox;
    });
  }
}

interface ReplyOptions {
  cc: MailAddress[];
  bcc: MailAddress[];
  fromName: string;
  replyTo: MailAddress[];
  subject: string | null;
  html: string | null;
  attachments: DraftPart[];
  inlineImages: (DraftPart & { cid: string })[];
}

function blobPart(session: Session, source: unknown, option: string, fallbackName: string): DraftPart {
  const data = blobData(source);
  if (!data) throw session.invalid(option);
  return {
    filename: data.name ?? fallbackName,
    mimeType: data.contentType ?? 'application/octet-stream',
    content: data.bytes,
  };
}

/** Validates the options object the way Apps Script does: unknown keys and wrong types are refused. */
function readOptions(session: Session, options: unknown, allowed: readonly string[]): ReplyOptions {
  const { ctx } = session;
  const out: ReplyOptions = {
    cc: [],
    bcc: [],
    fromName: ctx.user.name ?? '',
    replyTo: [],
    subject: null,
    html: null,
    attachments: [],
    inlineImages: [],
  };
  if (options === undefined) return out;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw session.invalid('options');
  }
  const entries = Object.entries(options as Record<string, unknown>);
  for (const [key, value] of entries) {
    if (!allowed.includes(key)) throw session.invalid(key);
    if (value === undefined || value === null) continue;
    const text = () => {
      if (typeof value !== 'string') throw session.invalid(key);
      return value;
    };
    switch (key) {
      case 'cc':
        out.cc = session.parseAddressList(text(), key);
        break;
      case 'bcc':
        out.bcc = session.parseAddressList(text(), key);
        break;
      case 'replyTo':
        out.replyTo = session.parseAddressList(text(), key);
        break;
      case 'from':
        // Only the user's own address: aliases would need GmailApp.getAliases (full-mail scope).
        if (text().trim().toLowerCase() !== ctx.user.email.toLowerCase()) throw session.invalid('from');
        break;
      case 'name':
        out.fromName = text();
        break;
      case 'subject':
        out.subject = text();
        break;
      case 'htmlBody':
        out.html = text();
        break;
      case 'noReply':
        if (typeof value !== 'boolean') throw session.invalid(key);
        break;
      case 'attachments':
        if (!Array.isArray(value)) throw session.invalid(key);
        out.attachments = value.map((v: unknown, i) => blobPart(session, v, key, `attachment${i + 1}`));
        break;
      case 'inlineImages':
        if (typeof value !== 'object' || Array.isArray(value)) throw session.invalid(key);
        out.inlineImages = Object.entries(value as Record<string, unknown>).map(([cid, v]) => ({
          ...blobPart(session, v, key, cid),
          cid,
        }));
        break;
    }
  }
  return out;
}

/** Case-insensitive de-duplication by address, also dropping anything in `exclude`. */
function uniqueAddresses(list: MailAddress[], exclude: Iterable<string> = []): MailAddress[] {
  const seen = new Set([...exclude].map((a) => a.toLowerCase()));
  return list.filter((a) => {
    const key = a.address.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

interface DraftTarget {
  parent: MessageRecord | null;
  threadId: string | null;
  to: MailAddress[];
  cc: MailAddress[];
  subject: string;
  text: string;
}

/** Drafts made as replies (createDraftReply*), which a REPLY_AS_DRAFT compose action must return. */
const replyDrafts = new WeakSet<DraftRecord>();

/** Gmail's recipients per message, To + Cc + Bcc (Apps Script quotas; docs/emulator.md "Limits"). */
export const MAX_RECIPIENTS = 50;
/** The body size limit, the smaller of the quota table's figures (200 KB consumer, 400 KB Workspace). */
export const MAX_BODY_BYTES = 200 * 1024;
/** createDraftReply's `subject` option: "up to 250 characters" (GmailMessage reference). */
export const MAX_REPLY_SUBJECT = 250;

/** Composes, stores and returns a draft; shared by replies and GmailApp.createDraft. */
function makeDraft(session: Session, target: DraftTarget, options: ReplyOptions): GmailDraft {
  const { ctx, mailbox } = session;
  const addressed =
    uniqueAddresses(target.to).length +
    uniqueAddresses([...target.cc, ...options.cc]).length +
    uniqueAddresses(options.bcc).length;
  if (addressed > MAX_RECIPIENTS) throw session.ctx.error(localised('recipientsLimit'));
  const bodyBytes = Buffer.byteLength(target.text, 'utf8') + Buffer.byteLength(options.html ?? '', 'utf8');
  if (bodyBytes > MAX_BODY_BYTES) throw session.ctx.error(localised('bodySizeLimit'));
  const n = mailbox.drafts.length + 1;
  const seed = sha256Hex(`draft:${n}:${target.parent?.id ?? 'standalone'}:${target.subject}`);
  const id = seed.slice(0, 16);
  const threadId = target.threadId ?? id;
  const parent = target.parent;
  const references = parent?.messageId
    ? [
        ...(parent.references.length > 0
          ? parent.references
          : parent.inReplyTo.length === 1
            ? parent.inReplyTo
            : []),
        parent.messageId,
      ]
    : [];
  const to = uniqueAddresses(target.to);
  const cc = uniqueAddresses(
    [...target.cc, ...options.cc],
    to.map((a) => a.address),
  );
  const bcc = uniqueAddresses(options.bcc);
  const from = { name: options.fromName, address: ctx.user.email };
  const raw = composeDraft({
    from,
    to,
    cc,
    bcc,
    replyTo: options.replyTo,
    subject: target.subject,
    date: new Date(),
    messageId: `<CA+sim${seed.slice(16, 48)}@mail.gmail.com>`,
    inReplyTo: parent?.messageId ?? null,
    references,
    text: target.text,
    html: options.html,
    attachments: options.attachments,
    inlineImages: options.inlineImages,
  });
  const rawBytes = new Uint8Array(Buffer.from(raw, 'utf8'));
  const fileParts: AttachmentRecord[] = [
    ...options.attachments.map((p) => ({ ...p, size: p.content.length, inline: false, contentId: null })),
    ...options.inlineImages.map((p) => ({
      filename: p.filename,
      mimeType: p.mimeType,
      content: p.content,
      size: p.content.length,
      inline: true,
      contentId: p.cid,
    })),
  ];
  const message: MessageRecord = {
    id,
    threadId,
    file: null,
    raw: rawBytes,
    rawText: raw,
    headers: readHeaderFields(rawBytes).fields,
    from,
    authors: [from],
    to,
    cc,
    bcc,
    replyTo: options.replyTo,
    subject: target.subject,
    date: new Date(),
    receivedAt: new Date(),
    messageId: readHeaderFields(rawBytes).fields.find((f) => f.name === 'Message-ID')?.value ?? null,
    inReplyTo: parent?.messageId ? [parent.messageId] : [],
    references,
    text: target.text,
    html: options.html,
    attachments: fileParts,
    isDraft: true,
  };
  const record: DraftRecord = {
    draftId: `r${BigInt(`0x${seed.slice(48, 63)}`).toString()}`,
    messageId: id,
    threadId,
    to: to.map(formatAddress),
    cc: cc.map(formatAddress),
    bcc: bcc.map(formatAddress),
    subject: target.subject,
    inReplyTo: message.inReplyTo[0] ?? null,
    references,
    text: target.text,
    html: options.html,
    attachments: fileParts.map((p) => ({
      filename: p.filename,
      mimeType: p.mimeType,
      size: p.size,
      inline: p.inline,
      cid: p.contentId,
    })),
    raw,
  };
  mailbox.addDraft(record, message);
  if (parent) replyDrafts.add(record);
  session.ownDrafts.add(id);
  return new GmailDraft(session, record, message);
}

/** Gmail adds "Re: " unless the subject already starts with it; stripping other prefixes is the add-on's job. */
function replySubject(subject: string): string {
  return /^re: /i.test(subject) ? subject : `Re: ${subject}`;
}

function createReply(
  session: Session,
  parent: MessageRecord,
  all: boolean,
  args: readonly unknown[],
  what: string,
): GmailDraft {
  session.requireAny(COMPOSE_SCOPES, what);
  session.assertVisible(parent, what);
  session.checkSignature(what, args, ['string', 'object?']);
  const options = readOptions(session, args[1], REPLY_OPTION_KEYS);
  if (options.subject !== null && options.subject.length > MAX_REPLY_SUBJECT) {
    throw session.invalid('subject');
  }
  // Reply-To, else every author (RFC 5322 §3.6.3; a From may hold several mailboxes).
  const to = parent.replyTo.length > 0 ? parent.replyTo : parent.authors;
  const cc = all
    ? uniqueAddresses([...parent.to, ...parent.cc], [session.ctx.user.email, ...to.map((a) => a.address)])
    : [];
  const draft = makeDraft(
    session,
    {
      parent,
      threadId: parent.threadId,
      to,
      cc,
      subject: options.subject ?? replySubject(parent.subject),
      text: args[0] as string,
    },
    options,
  );
  // The draft is in the mailbox: a fault armed with failAfter (a timeout, say) throws only now.
  const [service = '', method = ''] = what.split('.');
  session.ctx.settle(service, method);
  return draft;
}

export class GmailAttachment extends Blob {
  protected override readonly service: string = 'GmailAttachment';
  readonly #record: AttachmentRecord;

  constructor(ctx: ServiceContext, record: AttachmentRecord) {
    super(ctx, record.content, record.mimeType, record.filename);
    this.#record = record;
  }

  getSize(): number {
    this.record('getSize', []);
    return this.#record.size;
  }

  getHash(): string {
    this.record('getHash', []);
    return createHash('sha1').update(this.#record.content).digest('hex');
  }
}

export class GmailMessage {
  readonly #session: Session;
  readonly #message: MessageRecord;

  constructor(session: Session, message: MessageRecord) {
    this.#session = session;
    this.#message = message;
    for (const method of FULL_MAIL_MESSAGE_METHODS) {
      Object.defineProperty(this, method, {
        value: (...args: unknown[]) => {
          session.ctx.record('GmailMessage', method, args);
          session.ctx.requireScope(SCOPE.fullMail, `GmailMessage.${method}`);
          throw session.fail(`GmailMessage.${method} is not emulated`);
        },
      });
    }
  }

  /** Records the call, then checks scope and the current token's grant. */
  #open(method: string, args: readonly unknown[], scopes: readonly string[]): MessageRecord {
    const what = `GmailMessage.${method}`;
    this.#session.ctx.record('GmailMessage', method, args);
    this.#session.requireAny(scopes, what);
    this.#session.assertVisible(this.#message, what);
    return this.#message;
  }

  getId(): string {
    return this.#open('getId', [], METADATA_SCOPES).id;
  }

  getThread(): GmailThread {
    const message = this.#open('getThread', [], METADATA_SCOPES);
    return new GmailThread(this.#session, this.#session.mailbox.thread(message.threadId)!);
  }

  getFrom(): string {
    return formatList(this.#open('getFrom', [], METADATA_SCOPES).authors);
  }

  getTo(): string {
    return formatList(this.#open('getTo', [], METADATA_SCOPES).to);
  }

  getCc(): string {
    return formatList(this.#open('getCc', [], METADATA_SCOPES).cc);
  }

  /** Received mail carries no Bcc (only the sender's copy or a draft does). */
  getBcc(): string {
    const message = this.#open('getBcc', [], METADATA_SCOPES);
    return message.isDraft ? formatList(message.bcc) : '';
  }

  getReplyTo(): string {
    return formatList(this.#open('getReplyTo', [], METADATA_SCOPES).replyTo);
  }

  getSubject(): string {
    return this.#open('getSubject', [], METADATA_SCOPES).subject;
  }

  getDate(): Date {
    return sandboxDate(this.#session.ctx, this.#open('getDate', [], METADATA_SCOPES).receivedAt.getTime());
  }

  isDraft(): boolean {
    return this.#open('isDraft', [], METADATA_SCOPES).isDraft;
  }

  isUnread(): boolean {
    this.#open('isUnread', [], METADATA_SCOPES);
    return false;
  }

  isStarred(): boolean {
    this.#open('isStarred', [], METADATA_SCOPES);
    return false;
  }

  isInTrash(): boolean {
    this.#open('isInTrash', [], METADATA_SCOPES);
    return false;
  }

  isInInbox(): boolean {
    return !this.#open('isInInbox', [], METADATA_SCOPES).isDraft;
  }

  getPlainBody(): string {
    return this.#open('getPlainBody', [], CONTENT_SCOPES).text;
  }

  /** A text-only message comes back as its text escaped with <br> line breaks. */
  getBody(): string {
    const message = this.#open('getBody', [], CONTENT_SCOPES);
    return message.html ?? escapeHtml(message.text).replace(/\r?\n/g, '<br>\n');
  }

  getRawContent(): string {
    return rawSource(this.#open('getRawContent', [], CONTENT_SCOPES));
  }

  /** The raw (unfolded, undecoded) value of the first such header; '' when absent. */
  getHeader(name: string): string {
    const message = this.#open('getHeader', [name], CONTENT_SCOPES);
    this.#session.checkSignature('GmailMessage.getHeader', [name], ['string']);
    const wanted = name.toLowerCase();
    return message.headers.find((h) => h.name.toLowerCase() === wanted)?.value ?? '';
  }

  getAttachments(options?: {
    includeInlineImages?: boolean;
    includeAttachments?: boolean;
  }): GmailAttachment[] {
    const message = this.#open('getAttachments', options === undefined ? [] : [options], CONTENT_SCOPES);
    const inline = options?.includeInlineImages ?? true;
    const regular = options?.includeAttachments ?? true;
    const picked = message.attachments.filter((a) => (a.inline ? inline : regular));
    return sandboxArray(
      this.#session.ctx,
      picked.map((a) => new GmailAttachment(this.#session.ctx, a)),
    );
  }

  createDraftReply(...args: unknown[]): GmailDraft {
    this.#session.ctx.record('GmailMessage', 'createDraftReply', args);
    return createReply(this.#session, this.#message, false, args, 'GmailMessage.createDraftReply');
  }

  createDraftReplyAll(...args: unknown[]): GmailDraft {
    this.#session.ctx.record('GmailMessage', 'createDraftReplyAll', args);
    return createReply(this.#session, this.#message, true, args, 'GmailMessage.createDraftReplyAll');
  }
}

export class GmailThread {
  readonly #session: Session;
  readonly #thread: ThreadRecord;

  constructor(session: Session, thread: ThreadRecord) {
    this.#session = session;
    this.#thread = thread;
  }

  /** The thread is open when the token opens one of its messages. */
  #open(method: string, args: readonly unknown[], scopes: readonly string[]): ThreadRecord {
    const what = `GmailThread.${method}`;
    this.#session.ctx.record('GmailThread', method, args);
    this.#session.requireAny(scopes, what);
    if (!this.#thread.messages.some((m) => this.#session.canSee(m))) {
      this.#session.assertVisible(this.#thread.messages[0], what);
    }
    return this.#thread;
  }

  #received(): MessageRecord[] {
    return this.#thread.messages.filter((m) => !m.isDraft);
  }

  getId(): string {
    return this.#open('getId', [], METADATA_SCOPES).id;
  }

  /** Every message, drafts included, as Gmail lists them; the other messages need a content scope. */
  getMessages(): GmailMessage[] {
    const thread = this.#open('getMessages', [], METADATA_SCOPES);
    for (const message of thread.messages) this.#session.assertVisible(message, 'GmailThread.getMessages');
    return sandboxArray(
      this.#session.ctx,
      thread.messages.map((m) => new GmailMessage(this.#session, m)),
    );
  }

  getMessageCount(): number {
    return this.#open('getMessageCount', [], METADATA_SCOPES).messages.length;
  }

  getFirstMessageSubject(): string {
    return this.#open('getFirstMessageSubject', [], METADATA_SCOPES).messages[0]?.subject ?? '';
  }

  getLastMessageDate(): Date {
    this.#open('getLastMessageDate', [], METADATA_SCOPES);
    const last = this.#received().at(-1) ?? this.#thread.messages.at(-1)!;
    return sandboxDate(this.#session.ctx, last.receivedAt.getTime());
  }

  createDraftReply(...args: unknown[]): GmailDraft {
    this.#session.ctx.record('GmailThread', 'createDraftReply', args);
    return createReply(this.#session, this.#lastReceived(), false, args, 'GmailThread.createDraftReply');
  }

  createDraftReplyAll(...args: unknown[]): GmailDraft {
    this.#session.ctx.record('GmailThread', 'createDraftReplyAll', args);
    return createReply(this.#session, this.#lastReceived(), true, args, 'GmailThread.createDraftReplyAll');
  }

  #lastReceived(): MessageRecord {
    return this.#received().at(-1) ?? this.#thread.messages.at(-1)!;
  }
}

export class GmailDraft {
  readonly #session: Session;
  readonly #record: DraftRecord;
  readonly #message: MessageRecord;
  readonly [DRAFT_INFO]: DraftInfo;

  constructor(session: Session, record: DraftRecord, message: MessageRecord) {
    this.#session = session;
    this.#record = record;
    this.#message = message;
    this[DRAFT_INFO] = {
      draftId: record.draftId,
      threadId: record.threadId,
      messageId: record.messageId,
      reply: replyDrafts.has(record),
    };
    for (const method of FULL_MAIL_DRAFT_METHODS) {
      Object.defineProperty(this, method, {
        value: (...args: unknown[]) => {
          session.ctx.record('GmailDraft', method, args);
          session.ctx.requireScope(SCOPE.fullMail, `GmailDraft.${method}`);
          throw session.fail(`GmailDraft.${method} is not emulated`);
        },
      });
    }
  }

  getId(): string {
    this.#session.ctx.record('GmailDraft', 'getId', []);
    return this.#record.draftId;
  }

  getMessageId(): string {
    this.#session.ctx.record('GmailDraft', 'getMessageId', []);
    return this.#record.messageId;
  }

  getMessage(): GmailMessage {
    this.#session.ctx.record('GmailDraft', 'getMessage', []);
    return new GmailMessage(this.#session, this.#message);
  }
}

class EmulatedGmailApp {
  readonly #session: Session;

  constructor(session: Session) {
    this.#session = session;
    for (const method of FULL_MAIL_METHODS) {
      Object.defineProperty(this, method, {
        value: (...args: unknown[]) => {
          session.ctx.record('GmailApp', method, args);
          session.ctx.requireScope(SCOPE.fullMail, `GmailApp.${method}`);
          throw session.fail(`GmailApp.${method} is not emulated`);
        },
      });
    }
  }

  setCurrentMessageAccessToken(...args: unknown[]): void {
    const session = this.#session;
    session.ctx.record('GmailApp', 'setCurrentMessageAccessToken', args);
    session.requireAny([SCOPE.addonsExecute, SCOPE.fullMail], 'GmailApp.setCurrentMessageAccessToken');
    const token = args[0];
    const grant = typeof token === 'string' ? session.mailbox.grantFor(token) : undefined;
    if (!grant) throw session.invalid('accessToken');
    session.grant = grant;
  }

  getMessageById(...args: unknown[]): GmailMessage {
    const session = this.#session;
    const what = 'GmailApp.getMessageById';
    session.ctx.record('GmailApp', 'getMessageById', args);
    session.requireAny(METADATA_SCOPES, what);
    session.checkSignature(what, args, ['string']);
    const message = session.mailbox.message(args[0] as string);
    if (!message) {
      session.ctx.requireScope(SCOPE.fullMail, what);
      throw session.invalid('id');
    }
    session.assertVisible(message, what);
    return new GmailMessage(session, message);
  }

  getThreadById(...args: unknown[]): GmailThread {
    const session = this.#session;
    const what = 'GmailApp.getThreadById';
    session.ctx.record('GmailApp', 'getThreadById', args);
    session.requireAny(METADATA_SCOPES, what);
    session.checkSignature(what, args, ['string']);
    const thread = session.mailbox.thread(args[0] as string);
    if (!thread?.messages.some((m) => session.canSee(m))) {
      session.ctx.requireScope(SCOPE.fullMail, what);
      if (!thread) throw session.invalid('id');
    }
    return new GmailThread(session, thread!);
  }

  /** A standalone draft; needs the compose scope and a current access token (message or compose). */
  createDraft(...args: unknown[]): GmailDraft {
    const session = this.#session;
    const what = 'GmailApp.createDraft';
    session.ctx.record('GmailApp', 'createDraft', args);
    session.requireAny(COMPOSE_SCOPES, what);
    if (!session.grant && !session.has(SCOPE.fullMail)) session.ctx.requireScope(SCOPE.fullMail, what);
    session.checkSignature(what, args, ['string', 'string', 'string', 'object?']);
    const options = readOptions(session, args[3], DRAFT_OPTION_KEYS);
    const recipient = args[0] as string;
    const to = recipient.trim() === '' ? [] : session.parseAddressList(recipient, 'recipient');
    const draft = makeDraft(
      session,
      { parent: null, threadId: null, to, cc: [], subject: args[1] as string, text: args[2] as string },
      options,
    );
    session.ctx.settle('GmailApp', 'createDraft');
    return draft;
  }
}

/** The GmailApp global for one execution (one session of access-token state). */
export function createGmailApp(ctx: ServiceContext, mailbox: Mailbox): GoogleAppsScript.Gmail.GmailApp {
  return new EmulatedGmailApp(new Session(ctx, mailbox)) as unknown as GoogleAppsScript.Gmail.GmailApp;
}
