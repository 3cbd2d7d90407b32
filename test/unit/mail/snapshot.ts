// Builds MessageSnapshot objects for the mail rule tests: a plain message from Ana to me, with overrides.
import type { AttachmentMeta, Identity, MessageSnapshot } from '../../../src/mail/types';

export const ME = 'me@example.com';
export const me: Identity = { email: ME, otherEmails: [] };

export type SnapshotOverrides = Partial<Omit<MessageSnapshot, 'headers' | 'bodies' | 'thread'>> & {
  headers?: Partial<MessageSnapshot['headers']>;
  bodies?: Partial<MessageSnapshot['bodies']>;
  thread?: Partial<MessageSnapshot['thread']>;
};

export function snapshot(overrides: SnapshotOverrides = {}): MessageSnapshot {
  const { headers, bodies, thread, ...rest } = overrides;
  return {
    id: 'm1',
    threadId: 't1',
    from: 'Ana Ruiz <ana@example.com>',
    to: `Me <${ME}>`,
    cc: '',
    replyTo: '',
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
    thread: { count: 1, participants: ['Ana Ruiz <ana@example.com>'], ...thread },
  };
}

export function attachment(overrides: Partial<AttachmentMeta> & { name: string }): AttachmentMeta {
  return { index: 0, mimeType: 'application/octet-stream', size: 1000, inline: false, ...overrides };
}

/** Addresses as plain strings, for assertions that read like the header. */
export function emails(list: { email: string }[]): string[] {
  return list.map((a) => a.email);
}
