// A folder of .eml files loaded (asynchronously, once) into Gmail-like messages and threads, plus the
// drafts and access tokens the emulated GmailApp hands out; everything after loading is synchronous.
import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { type MailAddress, parseAddressHeader } from './addresses';
import { decodeEncodedWords } from './encodedWords';
import { decodeHeaderBytes, firstHeader, type HeaderField, readHeaderFields, readMime } from './mime';

export type { HeaderField, MailAddress };
export { readHeaderFields };

export interface AttachmentRecord {
  filename: string;
  mimeType: string;
  size: number;
  /** An inline image: it has a Content-ID and is inline (or part of multipart/related without a disposition). */
  inline: boolean;
  /** Content-ID without angle brackets, or null. */
  contentId: string | null;
  content: Uint8Array;
}

export interface MessageRecord {
  id: string;
  threadId: string;
  /** Source file, or null for a draft made in this session. */
  file: string | null;
  raw: Uint8Array;
  /** The source as text, decoded once at load (the preview shows it; getRawContent uses rawSource). */
  rawText: string;
  headers: HeaderField[];
  /** The first author; name and address both '' when the message has no From. */
  from: MailAddress;
  /** Every mailbox of From (RFC 5322 §3.6.2 allows several authors). */
  authors: MailAddress[];
  to: MailAddress[];
  cc: MailAddress[];
  bcc: MailAddress[];
  replyTo: MailAddress[];
  subject: string;
  /** The Date header, or null when missing or invalid. */
  date: Date | null;
  /** What Gmail shows as the date: the Date header, else the last hop's Received date, else the file time. */
  receivedAt: Date;
  /** Message-ID with angle brackets, or null. */
  messageId: string | null;
  inReplyTo: string[];
  references: string[];
  text: string;
  html: string | null;
  attachments: AttachmentRecord[];
  isDraft: boolean;
}

/** A message read from a file (not a draft made in this session). */
export type LoadedMessage = MessageRecord & { file: string };

export interface ThreadRecord {
  id: string;
  /** Date order; drafts made in this session come last. */
  messages: MessageRecord[];
}

export interface DraftAttachmentRecord {
  filename: string;
  mimeType: string;
  size: number;
  inline: boolean;
  cid: string | null;
}

export interface DraftRecord {
  draftId: string;
  messageId: string;
  threadId: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  inReplyTo: string | null;
  references: string[];
  text: string;
  html: string | null;
  attachments: DraftAttachmentRecord[];
  raw: string;
}

/**
 * What an access token opens: one message (a contextual event), or a compose window, which may also
 * open the message it names (`messageId`, when a test says the compose event's token reaches it:
 * whether Gmail's does is unverified, docs/manual-test.md).
 */
export type AccessGrant = { kind: 'message'; messageId: string } | { kind: 'compose'; messageId?: string };

/** All <id> tokens of a References / In-Reply-To value, brackets kept. */
export function messageIdList(value: string | undefined): string[] {
  return value ? (value.match(/<[^<>\s]+>/g) ?? []) : [];
}

const REPLY_PREFIX = /^\s*((re|fwd?|aw|wg|sv|vs|antw|tr|rif|r)\s*(\[\d+\])?\s*:\s*)+/i;

/** The subject Gmail compares to keep a thread together: reply/forward prefixes off, spacing collapsed. */
export function threadSubject(subject: string): string {
  return subject.replace(REPLY_PREFIX, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

function validDate(value: string | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value.replace(/\([^)]*\)/g, '').trim());
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The date of the last Received hop (the first Received header), which Gmail falls back to. */
function receivedDate(fields: HeaderField[]): Date | null {
  const received = fields.find((f) => f.name.toLowerCase() === 'received');
  const at = received?.value.lastIndexOf(';') ?? -1;
  return received && at >= 0 ? validDate(received.value.slice(at + 1)) : null;
}

/**
 * What getRawContent returns: the whole source, attachments and all (a 25 MB file base64-encoded is a
 * 35 MB string), as a new string on every call. Apps Script hands the script a fresh value each time,
 * so each read costs the script that memory and the copy; sharing `rawText` would hide both from the
 * bench's heap and CPU. Decoded from the bytes as at load, so it equals `rawText`.
 */
export function rawSource(message: MessageRecord): string {
  return decodeHeaderBytes(message.raw).text;
}

/** Plain text for an HTML-only message, the way Gmail's getPlainBody flattens it. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|tr|h[1-6]|blockquote)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

interface Loaded {
  record: Omit<MessageRecord, 'id' | 'threadId'>;
  order: number;
}

/** The mailboxes of the first such header, parsed then decoded (addresses.ts). */
function addressesOf(fields: HeaderField[], name: string): MailAddress[] {
  const value = firstHeader(fields, name);
  return value === undefined ? [] : parseAddressHeader(value);
}

async function loadMessage(file: string, order: number): Promise<Loaded> {
  const raw = new Uint8Array(await readFile(file));
  const { fields } = readHeaderFields(raw);
  if (fields.length === 0) throw new Error('no RFC 5322 header fields before the first blank line');
  const mime = readMime(raw);
  const subject = firstHeader(fields, 'subject');
  const date = validDate(firstHeader(fields, 'date'));
  const html = mime.html;
  const authors = addressesOf(fields, 'from');
  const fileTime = (await stat(file)).mtime;
  return {
    order,
    record: {
      file,
      raw,
      rawText: decodeHeaderBytes(raw).text,
      headers: fields,
      from: authors[0] ?? { name: '', address: '' },
      authors,
      to: addressesOf(fields, 'to'),
      cc: addressesOf(fields, 'cc'),
      bcc: addressesOf(fields, 'bcc'),
      replyTo: addressesOf(fields, 'reply-to'),
      subject: subject === undefined ? '' : decodeEncodedWords(subject),
      date,
      receivedAt: date ?? receivedDate(fields) ?? fileTime,
      messageId: messageIdList(firstHeader(fields, 'message-id'))[0] ?? null,
      inReplyTo: messageIdList(firstHeader(fields, 'in-reply-to')),
      references: messageIdList(firstHeader(fields, 'references')),
      text: mime.text ?? (html ? htmlToText(html) : ''),
      html,
      attachments: mime.attachments.map((a) => ({ ...a, size: a.content.length })),
      isDraft: false,
    },
  };
}

class UnionFind {
  private parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }
  union(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}

function byDateThenOrder(a: { at: number; order: number }, b: { at: number; order: number }): number {
  return a.at - b.at || a.order - b.order;
}

export class Mailbox {
  readonly failures: { file: string; error: string }[] = [];
  readonly drafts: DraftRecord[] = [];
  readonly #threads: ThreadRecord[];
  readonly #messages = new Map<string, MessageRecord>();
  readonly #threadById = new Map<string, ThreadRecord>();
  readonly #tokens = new Map<string, AccessGrant>();
  readonly #fileOrder: string[];

  private constructor(loaded: Loaded[], failures: { file: string; error: string }[]) {
    this.failures.push(...failures);
    this.#fileOrder = loaded.map((l) => l.record.file!);
    const messages = this.#assignIds(loaded);
    this.#threads = this.#groupThreads(loaded, messages);
    for (const thread of this.#threads) {
      this.#threadById.set(thread.id, thread);
      for (const message of thread.messages) this.#messages.set(message.id, message);
    }
  }

  static async fromDirectory(dir: string): Promise<Mailbox> {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      throw new Error(`Mailbox directory not found: ${dir}`);
    }
    const files = names.filter((n) => n.toLowerCase().endsWith('.eml')).sort();
    if (files.length === 0) throw new Error(`No .eml files in mailbox directory: ${dir}`);
    return Mailbox.fromFiles(files.map((n) => path.join(dir, n)));
  }

  static async fromFiles(paths: string[]): Promise<Mailbox> {
    if (paths.length === 0) throw new Error('No .eml files given for the mailbox');
    const settled = await Promise.allSettled(paths.map((file, order) => loadMessage(file, order)));
    const loaded: Loaded[] = [];
    const failures: { file: string; error: string }[] = [];
    settled.forEach((result, i) => {
      if (result.status === 'fulfilled') loaded.push(result.value);
      else
        failures.push({ file: paths[i], error: String((result.reason as Error)?.message ?? result.reason) });
    });
    return new Mailbox(loaded, failures);
  }

  /** Content-derived ids, so a message keeps its id across runs; identical files get distinct ids in file order. */
  #assignIds(loaded: Loaded[]): string[] {
    const used = new Set<string>();
    return loaded.map(({ record }) => {
      let id = sha256Hex(record.raw).slice(0, 16);
      for (let n = 1; used.has(id); n++) id = sha256Hex(`${sha256Hex(record.raw)}:${n}`).slice(0, 16);
      used.add(id);
      return id;
    });
  }

  /** Gmail threading: a reference to a message in the box joins it only while the subject stays the same. */
  #groupThreads(loaded: Loaded[], ids: string[]): ThreadRecord[] {
    const byMessageId = new Map<string, number[]>();
    loaded.forEach(({ record }, i) => {
      if (record.messageId)
        byMessageId.set(record.messageId, [...(byMessageId.get(record.messageId) ?? []), i]);
    });
    const sets = new UnionFind(loaded.length);
    loaded.forEach(({ record }, i) => {
      const subject = threadSubject(record.subject);
      for (const ref of new Set([...record.references, ...record.inReplyTo])) {
        for (const j of byMessageId.get(ref) ?? []) {
          if (j !== i && threadSubject(loaded[j].record.subject) === subject) sets.union(i, j);
        }
      }
    });
    const groups = new Map<number, number[]>();
    for (let i = 0; i < loaded.length; i++) {
      const root = sets.find(i);
      groups.set(root, [...(groups.get(root) ?? []), i]);
    }
    const key = (i: number) => ({ at: loaded[i].record.receivedAt.getTime(), order: loaded[i].order });
    const threads = [...groups.values()].map((members) => {
      members.sort((a, b) => byDateThenOrder(key(a), key(b)));
      const threadId = ids[members[0]];
      return {
        id: threadId,
        messages: members.map((i) => ({ ...loaded[i].record, id: ids[i], threadId })),
      };
    });
    const newest = (t: ThreadRecord) => Math.max(...t.messages.map((m) => m.receivedAt.getTime()));
    return threads.sort((a, b) => newest(b) - newest(a) || a.id.localeCompare(b.id));
  }

  /** Threads, newest first (by their latest received message). */
  threads(): ThreadRecord[] {
    return this.#threads;
  }

  /** Every message read from a file, in file order. */
  messages(): LoadedMessage[] {
    return [...this.#messages.values()]
      .filter((m): m is LoadedMessage => m.file !== null)
      .sort((a, b) => this.#fileOrder.indexOf(a.file) - this.#fileOrder.indexOf(b.file));
  }

  thread(id: string): ThreadRecord | undefined {
    return this.#threadById.get(id);
  }

  message(id: string): MessageRecord | undefined {
    return this.#messages.get(id);
  }

  /** Adds a draft made by GmailApp to the box and to its thread (a standalone draft starts its own). */
  addDraft(draft: DraftRecord, message: MessageRecord): void {
    this.drafts.push(draft);
    this.#messages.set(message.id, message);
    let thread = this.#threadById.get(message.threadId);
    if (!thread) {
      // A standalone draft starts its own conversation: newest, so first in the list.
      thread = { id: message.threadId, messages: [] };
      this.#threadById.set(thread.id, thread);
      this.#threads.unshift(thread);
    }
    thread.messages.push(message);
  }

  /**
   * Takes a draft made in this session back out: from `drafts`, from its thread's messages and from the
   * message map (a thread that only the draft started goes too), so the box is as it was before the
   * draft. Returns false when there is no such draft.
   */
  discardDraft(draftId: string): boolean {
    const at = this.drafts.findIndex((d) => d.draftId === draftId);
    if (at < 0) return false;
    const [draft] = this.drafts.splice(at, 1);
    this.#messages.delete(draft.messageId);
    const thread = this.#threadById.get(draft.threadId);
    if (thread) {
      const i = thread.messages.findIndex((m) => m.id === draft.messageId);
      if (i >= 0) thread.messages.splice(i, 1);
      if (thread.messages.length === 0) {
        this.#threadById.delete(thread.id);
        const t = this.#threads.indexOf(thread);
        if (t >= 0) this.#threads.splice(t, 1);
      }
    }
    return true;
  }

  /** An opaque token like `e.gmail.accessToken`: it opens this message (and its thread) to the add-on. */
  issueToken(messageId: string): string {
    if (!this.#messages.has(messageId)) throw new Error(`No message ${messageId} in the mailbox`);
    return this.#issue({ kind: 'message', messageId });
  }

  /** A token like the one a compose trigger gets: it allows draft creation and nothing else. */
  issueComposeToken(messageId?: string): string {
    return this.#issue(messageId ? { kind: 'compose', messageId } : { kind: 'compose' });
  }

  grantFor(token: string): AccessGrant | undefined {
    return this.#tokens.get(token);
  }

  #issue(grant: AccessGrant): string {
    const token = `AKgnsb${randomBytes(24).toString('base64url')}`;
    this.#tokens.set(token, grant);
    return token;
  }
}
