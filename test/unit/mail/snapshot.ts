// Builds MessageSnapshot objects for the mail rule tests: a plain message from Ana to me, with overrides.
// Address headers are given as they would be written in a message and parsed by the add-on's own rules.
import { parseAddressHeader } from '../../../src/mail/address';
import type {
  AttachmentMeta,
  Identity,
  MessageSnapshot,
  ParsedAddresses,
  ThreadMessage,
} from '../../../src/mail/types';
import { nodeDecode } from '../../support/charsets';

export const ME = 'me@example.com';
export const me: Identity = { email: ME, otherEmails: [] };

type AddressField = 'from' | 'to' | 'cc' | 'replyTo';

export type SnapshotOverrides = Partial<
  Omit<MessageSnapshot, 'headers' | 'bodies' | 'thread' | AddressField>
> & {
  from?: string;
  to?: string;
  cc?: string;
  replyTo?: string;
  headers?: Partial<MessageSnapshot['headers']>;
  bodies?: Partial<MessageSnapshot['bodies']>;
  thread?: Partial<MessageSnapshot['thread']>;
};

/** A header value as written in a message (encoded words and all), parsed as the snapshot parses it. */
export function header(raw: string): ParsedAddresses {
  return parseAddressHeader(raw, nodeDecode);
}

export function snapshot(overrides: SnapshotOverrides = {}): MessageSnapshot {
  const { headers, bodies, thread, from, to, cc, replyTo, ...rest } = overrides;
  return {
    id: 'm1',
    threadId: 't1',
    from: header(from ?? 'Ana Ruiz <ana@example.com>'),
    to: header(to ?? `Me <${ME}>`),
    cc: header(cc ?? ''),
    replyTo: header(replyTo ?? ''),
    repeated: [],
    subject: 'Quarterly numbers',
    date: Date.UTC(2024, 5, 3, 12, 5),
    attachments: [],
    ...rest,
    headers: {
      messageId: '<m1@mail.example.com>',
      inReplyTo: '',
      references: '',
      listPost: '',
      deliveredTo: '',
      xOriginalTo: '',
      ...headers,
    },
    bodies: { text: 'Hello\nthere', html: '', ...bodies },
    thread: { count: 1, ...thread },
  };
}

/** An earlier message of the thread, its From and Reply-To written as in a message. */
export function earlierMessage(
  overrides: Omit<Partial<ThreadMessage>, 'from' | 'replyTo'> & { from?: string; replyTo?: string },
): ThreadMessage {
  const { from, replyTo, ...rest } = overrides;
  return {
    id: 'm0',
    date: Date.UTC(2024, 5, 1, 9, 0),
    repeated: [],
    headers: { messageId: '<m0@mail.example.com>', inReplyTo: '', references: '' },
    ...rest,
    from: header(from ?? ''),
    replyTo: header(replyTo ?? ''),
  };
}

export function attachment(overrides: Partial<AttachmentMeta> & { name: string }): AttachmentMeta {
  return { index: 0, mimeType: 'application/octet-stream', size: 1000, inline: false, ...overrides };
}

/** Addresses as plain strings, for assertions that read like the header. */
export function emails(list: { email: string }[]): string[] {
  return list.map((a) => a.email);
}
