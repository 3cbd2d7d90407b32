// The only code that talks to GmailApp: reads the open message once into a MessageSnapshot and makes
// the draft a ReplyPlan describes. Nothing else touches GmailMessage.
import { DraftMayExistError, userError } from '../errors';
import type { AddonEvent } from '../events';
import { pairAttachments } from '../mail/attachments';
import { draftBodies } from '../mail/route';
import { snapshotOf, threadMessageOf } from '../mail/snapshot';
import type { Address, AttachmentMeta, MessageSnapshot, ReplyPlan, ThreadMessage } from '../mail/types';
import { decodeCharset, decodeKnownCharset } from './charset';
import { withRetry } from './retry';

/** The open message: its snapshot, plus a handle only this module can use to reply to it. */
export interface OpenMessage {
  snapshot: MessageSnapshot;
  readonly handle: unknown;
}

/** How many earlier messages of a thread are read when a reply to my own message needs another parent. */
const EARLIER_LIMIT = 10;

function messageOf(open: OpenMessage): GoogleAppsScript.Gmail.GmailMessage {
  return open.handle as GoogleAppsScript.Gmail.GmailMessage;
}

/**
 * Set the event's access token and read the open message once. `needsEarlier` is asked with the
 * snapshot's From: when it answers true (the message is mine), the thread's earlier messages are read too.
 * `threadCount: false` leaves the thread's length out (0): two round trips an action that does not show
 * or render it (a plain draft) need not make.
 */
export function openMessage(
  e: AddonEvent,
  needsEarlier: (from: Address[]) => boolean = () => false,
  options: { threadCount?: boolean } = {},
): OpenMessage {
  const token = e.gmail?.accessToken;
  const id = e.gmail?.messageId;
  if (!token || !id) {
    throw userError({ title: 'error.noMessage.title', message: 'error.noMessage' });
  }
  // Both calls are retried on any error (setting the same token again changes nothing). What an error
  // says is not read: Apps Script writes it in the user's language, so "not found", "access denied"
  // and a server error cannot be told apart; the message names the likely causes instead.
  try {
    withRetry(() => GmailApp.setCurrentMessageAccessToken(token));
  } catch (error) {
    throw userError({ title: 'error.accessExpired.title', message: 'error.accessExpired' }, error);
  }
  let message: GoogleAppsScript.Gmail.GmailMessage | null;
  try {
    message = withRetry(() => GmailApp.getMessageById(id));
  } catch (error) {
    throw userError({ title: 'error.notReadable.title', message: 'error.notReadable' }, error);
  }
  if (!message) {
    throw userError({ title: 'error.notFound.title', message: 'error.notFound' });
  }
  const found = message;
  const snapshot = withRetry(() => readSnapshot(found, id, e.gmail?.threadId, options.threadCount ?? true));
  if (needsEarlier(snapshot.from.addresses))
    snapshot.thread.earlier = withRetry(() => earlierMessages(found, snapshot.id));
  return { snapshot, handle: message };
}

/** Whether the open message is a draft (a compose event may name the draft being written). */
export function isDraft(open: OpenMessage): boolean {
  return withRetry(() => messageOf(open).isDraft());
}

/**
 * The open message's own thread, asked of Gmail (the snapshot takes the event's word for it, which a
 * compose event naming some other message would make wrong).
 */
export function threadIdOf(open: OpenMessage): string {
  return withRetry(() => messageOf(open).getThread().getId());
}

function readSnapshot(
  message: GoogleAppsScript.Gmail.GmailMessage,
  id: string,
  threadId: string | undefined,
  withCount: boolean,
): MessageSnapshot {
  // One raw read gives every header, the attachments and (decoded here) the bodies; Gmail's own
  // decoders are asked only for a body the raw source does not decode for certain.
  const raw = message.getRawContent();
  let thread: GoogleAppsScript.Gmail.GmailThread | undefined;
  const threadOf = () => {
    thread ??= message.getThread();
    return thread;
  };
  return snapshotOf(
    raw,
    {
      id,
      // The event names the thread; asking Gmail again would be one more round trip.
      threadId: threadId || threadOf().getId(),
      receivedAt: () => message.getDate().getTime(),
      bodies: {
        text: () => message.getPlainBody(),
        html: () => message.getBody(),
        decode: decodeKnownCharset,
      },
      threadCount: withCount ? threadOf().getMessageCount() : 0,
    },
    decodeCharset,
  );
}

function earlierMessages(message: GoogleAppsScript.Gmail.GmailMessage, openId: string): ThreadMessage[] {
  const messages = message.getThread().getMessages();
  const at = messages.findIndex((m) => m.getId() === openId);
  const out: ThreadMessage[] = [];
  // Newest first, and only messages before the open one: the reply answers the conversation as it was.
  for (let i = (at < 0 ? messages.length : at) - 1; i >= 0 && out.length < EARLIER_LIMIT; i--) {
    const m = messages[i]!;
    if (m.isDraft()) continue;
    out.push(
      threadMessageOf(
        m.getRawContent(),
        { id: m.getId(), receivedAt: () => m.getDate().getTime() },
        decodeCharset,
      ),
    );
  }
  return out;
}

interface Listed {
  originals: GoogleAppsScript.Gmail.GmailAttachment[];
  /** For each snapshot attachment, its index in `originals`, or -1 (see pairAttachments). */
  pairs: number[];
}

const listed = new WeakMap<OpenMessage, Listed>();

/** Gmail's attachments of the open message paired with the snapshot's: one round trip per action at most. */
function listedAttachments(open: OpenMessage): Listed {
  let found = listed.get(open);
  if (!found) {
    const message = messageOf(open);
    const originals = withRetry(() => message.getAttachments());
    const names = originals.map((o) => o.getName());
    found = { originals, pairs: pairAttachments(open.snapshot.attachments, names) };
    listed.set(open, found);
  }
  return found;
}

/** Those of `wanted` (snapshot attachments) that Gmail's own list no longer has, so no draft can carry. */
export function missingAttachments(open: OpenMessage, wanted: readonly AttachmentMeta[]): AttachmentMeta[] {
  if (wanted.length === 0) return [];
  const { pairs } = listedAttachments(open);
  return wanted.filter((a) => (pairs[a.index] ?? -1) < 0);
}

function recipientList(
  list: { name: string; email: string }[],
  format: (a: { name: string; email: string }) => string,
) {
  return list.map(format).join(', ');
}

/**
 * Create the draft the plan describes, the way its `route` says (not retried: a draft is not idempotent).
 * `format` renders an address for a header (src/mail's formatAddress).
 */
export function createDraft(
  open: OpenMessage,
  plan: ReplyPlan,
  format: (a: { name: string; email: string }) => string,
): GoogleAppsScript.Gmail.GmailDraft {
  const { route } = plan;
  const message = messageOf(open);
  const bodies = draftBodies(plan);
  const options: GoogleAppsScript.Gmail.GmailDraftOptions = { htmlBody: bodies.html };
  if (plan.cc.length > 0) options.cc = recipientList(plan.cc, format);
  if (plan.bcc.length > 0) options.bcc = recipientList(plan.bcc, format);
  if (plan.attachments.length > 0) {
    // Read the files only now, when a draft carries them. A part Gmail no longer lists was named on the
    // card (missingAttachments) and is left out rather than refusing the draft.
    const { originals, pairs } = listedAttachments(open);
    const blobOf = (a: AttachmentMeta) => {
      const at = pairs[a.index] ?? -1;
      return at < 0 ? [] : [withRetry(() => originals[at]!.copyBlob())];
    };
    const files = plan.attachments.filter((a) => !a.inline).flatMap(blobOf);
    const inline = plan.attachments.flatMap((a) =>
      a.inline && a.contentId ? blobOf(a).map((blob) => [a.contentId!, blob] as const) : [],
    );
    if (files.length > 0) options.attachments = files;
    if (inline.length > 0) options.inlineImages = Object.fromEntries(inline);
  }
  if (route.kind === 'standalone') {
    const to = recipientList(plan.to, format);
    return draftCall(() => GmailApp.createDraft(to, plan.subject, bodies.text, options));
  }
  const target =
    route.messageId === open.snapshot.id
      ? message
      : withRetry(() => GmailApp.getMessageById(route.messageId));
  // The subject option stops Gmail adding its own "Re: " to a subject we already normalised; over the
  // option's limit Gmail writes the subject, as the plan already says (route.ts).
  const replyOptions = route.subjectOption ? { ...options, subject: plan.subject } : options;
  return draftCall(() => target.createDraftReply(bodies.text, replyOptions));
}

/**
 * The one call that writes a draft, never repeated. If it throws, the draft may exist all the same (a
 * timeout after the write), and nothing tells us which: DraftMayExistError asks the user to look in
 * Drafts instead of trying again. Only this call is wrapped: an error before it made nothing.
 */
function draftCall(make: () => GoogleAppsScript.Gmail.GmailDraft): GoogleAppsScript.Gmail.GmailDraft {
  try {
    return make();
  } catch (error) {
    throw new DraftMayExistError(error);
  }
}
