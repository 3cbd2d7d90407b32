// The one place a message becomes a MessageSnapshot: its raw source (getRawContent) read once, every
// address header parsed before any name is decoded, every decode through the caller's charset function.
// src/platform/gmail.ts supplies the raw text, the ids, and Gmail's body getters for a body the raw walk
// cannot decode for certain (mime.ts, MessageBodies); this module is pure.
import { parseAddressHeader } from './address';
import type { DecodeBytes } from './charset';
import { decodeHeaderText } from './encoding';
import { type HeaderField, headerParam, headerValue, parseHeaderBlock } from './headerFields';
import { type MimePartInfo, readParts, type StrictDecode } from './mime';
import type { AttachmentMeta, MessageSnapshot, ParsedAddresses, ThreadMessage } from './types';

/** What Gmail says about a message besides its raw source (its ids, bodies and the date it files it under). */
export interface MessageFacts {
  id: string;
  threadId: string;
  /** getDate(), asked only for a message whose Date header is missing or unreadable (a round trip). */
  receivedAt: () => number;
  /**
   * Gmail's getPlainBody / getBody, each asked only for a body the raw source does not decode for
   * certain (a round trip each); `decode` is the charset function that answers null for an unknown label.
   */
  bodies: { text: () => string; html: () => string; decode: StrictDecode };
  /** Messages in the thread, when the action needs them (two round trips); 0 when it does not. */
  threadCount: number;
}

const ADDRESS_HEADERS = ['from', 'to', 'cc', 'reply-to'] as const;

/** The raw header block, read the way the snapshot reads every message of a thread. */
class RawHeaders {
  readonly fields: HeaderField[];
  /** The message's own charset, for header bytes sent raw (8-bit) instead of as encoded words. */
  readonly charset: string;

  constructor(raw: string) {
    this.fields = parseHeaderBlock(raw);
    this.charset = headerParam(headerValue(this.fields, 'Content-Type'), 'charset');
  }

  value(name: string): string {
    return headerValue(this.fields, name);
  }

  /**
   * The first header of that name, as getHeader reads it: RFC 5322 §3.6 allows one, and a second
   * Reply-To is how a forger adds himself to the reply. `repeated` keeps the fact for the card.
   */
  addresses(name: string, decode: DecodeBytes): ParsedAddresses {
    return parseAddressHeader(this.value(name), decode, this.charset);
  }

  repeated(): string[] {
    return ADDRESS_HEADERS.filter((n) => this.fields.filter((f) => f.name.toLowerCase() === n).length > 1);
  }

  date(fallback: () => number): number {
    const parsed = Date.parse(this.value('Date'));
    return Number.isNaN(parsed) ? fallback() : parsed;
  }
}

export function snapshotOf(raw: string, facts: MessageFacts, decode: DecodeBytes): MessageSnapshot {
  const h = new RawHeaders(raw);
  const parts = readParts(raw, decode, h.charset, facts.bodies.decode);
  return {
    id: facts.id,
    threadId: facts.threadId,
    from: h.addresses('From', decode),
    to: h.addresses('To', decode),
    cc: h.addresses('Cc', decode),
    replyTo: h.addresses('Reply-To', decode),
    repeated: h.repeated(),
    subject: decodeHeaderText(h.value('Subject'), decode, h.charset),
    date: h.date(facts.receivedAt),
    headers: {
      messageId: h.value('Message-ID'),
      inReplyTo: h.value('In-Reply-To'),
      references: h.value('References'),
      listPost: h.value('List-Post'),
      deliveredTo: h.value('Delivered-To'),
      xOriginalTo: h.value('X-Original-To'),
    },
    bodies: {
      text: parts.bodies.text ?? facts.bodies.text(),
      html: parts.bodies.html ?? facts.bodies.html(),
    },
    attachments: attachmentsOf(parts.attachments),
    thread: { count: facts.threadCount },
  };
}

/** The little a reply route needs of another message of the thread, read by the same rules. */
export function threadMessageOf(
  raw: string,
  facts: { id: string; receivedAt: () => number },
  decode: DecodeBytes,
): ThreadMessage {
  const h = new RawHeaders(raw);
  return {
    id: facts.id,
    from: h.addresses('From', decode),
    replyTo: h.addresses('Reply-To', decode),
    repeated: h.repeated(),
    date: h.date(facts.receivedAt),
    headers: {
      messageId: h.value('Message-ID'),
      inReplyTo: h.value('In-Reply-To'),
      references: h.value('References'),
    },
  };
}

/** Attachment metadata from the raw source: no round trip per attachment, and none at all without one. */
function attachmentsOf(parts: MimePartInfo[]): AttachmentMeta[] {
  return parts.map((part, index) => {
    const meta: AttachmentMeta = {
      index,
      name: part.filename || 'noname',
      mimeType: part.contentType,
      size: part.size,
      inline: part.contentId !== '' && part.disposition !== 'attachment',
    };
    if (part.contentId) meta.contentId = part.contentId;
    return meta;
  });
}
