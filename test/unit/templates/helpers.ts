// Builders for template tests: a message snapshot and a merge context with only what a test changes.
import type { Address, MessageSnapshot } from '../../../src/mail/types';
import { type MergeContext, mergeContext } from '../../../src/templates/context';
import { header, type SnapshotOverrides } from '../mail/snapshot';

export function snapshot(over: SnapshotOverrides = {}): MessageSnapshot {
  const { from, to, cc, replyTo, ...rest } = over;
  return {
    id: 'm1',
    threadId: 't1',
    from: header(from ?? 'Ana Ruiz <ana.ruiz@acme.example>'),
    to: header(to ?? 'Sam Lee <sam@example.com>'),
    cc: header(cc ?? ''),
    replyTo: header(replyTo ?? ''),
    repeated: [],
    subject: 'Re: Invoice 42',
    date: Date.UTC(2025, 2, 14, 9, 30),
    headers: { messageId: '', inReplyTo: '', references: '', listPost: '', deliveredTo: '', xOriginalTo: '' },
    bodies: { text: '', html: '' },
    attachments: [],
    thread: { count: 3 },
    ...(rest as Partial<MessageSnapshot>),
  };
}

export function context(
  over: {
    snapshot?: SnapshotOverrides | null;
    to?: Address[];
    cc?: Address[];
    me?: Address;
    subject?: string;
  } = {},
): MergeContext {
  return mergeContext({
    snapshot: over.snapshot === null ? null : snapshot(over.snapshot ?? {}),
    recipients: over.to || over.cc ? { to: over.to ?? [], cc: over.cc ?? [] } : undefined,
    subject: over.subject ?? 'Invoice 42',
    me: over.me ?? { name: 'Sam Lee', email: 'sam@example.com' },
    now: Date.UTC(2025, 2, 15, 12, 0),
    locale: 'en-GB',
    timeZone: 'Europe/London',
  });
}
