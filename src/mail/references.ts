// In-Reply-To and References of a reply (RFC 5322 §3.6.4), so the reply threads in the recipient's client
// too, not only in the user's Gmail (which threads by thread id).
import { readableFallback } from './charset';
import { decodeEncodedWords } from './encoding';

export interface ReplyThreading {
  /** The parent's Message-ID with angle brackets; '' when the parent has none. */
  inReplyTo: string;
  references: string[];
}

/**
 * Most ids a References header keeps. RFC 5322 lines stop at 998 characters and some servers mishandle
 * longer (folded) References, so the chain is trimmed the way RFC 5322 §3.6.4 and Thunderbird do: the first
 * id (the thread's root, which threading needs most) plus the most recent ones.
 */
export const MAX_REFERENCES = 20;
/** Most characters of the joined ids (with single spaces), under one 998-character header line. */
export const MAX_REFERENCES_LENGTH = 900;

/** Every `<id-left@id-right>` in a header value, in order. Text between ids (comments, garbage) is ignored. */
export function messageIds(value: string): string[] {
  // Outlook may send References split across encoded words.
  // Ids are ASCII: anything else in them becomes U+FFFD and fails the id pattern, whatever its charset.
  const decoded = decodeEncodedWords(value, readableFallback);
  // One character class per match (linear); the '@' check comes after, not inside the pattern.
  return (decoded.match(/<[^<>\s]+>/g) ?? []).filter((id) => {
    const at = id.indexOf('@');
    return at > 1 && at < id.length - 2;
  });
}

/** The parent's own id: the first msg-id in Message-ID, or a bare `left@right` given brackets. */
function parentId(messageId: string): string {
  const ids = messageIds(messageId);
  if (ids[0]) return ids[0];
  const bare = messageId.trim();
  return /^[^<>\s@]+@[^<>\s@]+$/.test(bare) ? `<${bare}>` : '';
}

/** The threading headers of a reply to a message with these raw header values. */
export function replyThreading(headers: {
  messageId: string;
  inReplyTo: string;
  references: string;
}): ReplyThreading {
  const inReplyTo = parentId(headers.messageId);
  let chain = messageIds(headers.references);
  if (chain.length === 0) {
    // RFC 5322: without References, a single-id In-Reply-To stands in for them; several ids are ambiguous.
    const parents = messageIds(headers.inReplyTo);
    if (parents.length === 1) chain = parents;
  }
  const seen = new Set<string>();
  const ids: string[] = [];
  for (const id of chain) {
    // The parent's own id goes last even when a broken client already listed it.
    if (id === inReplyTo || seen.has(id)) continue;
    seen.add(id);
    ids.push(id);
  }
  if (inReplyTo !== '') ids.push(inReplyTo);
  return { inReplyTo, references: trimChain(ids) };
}

/** Keeps the first id and as many of the most recent as fit both limits; the parent (last) always stays. */
function trimChain(ids: string[]): string[] {
  const fits = (list: string[]) =>
    list.length <= MAX_REFERENCES && list.join(' ').length <= MAX_REFERENCES_LENGTH;
  if (fits(ids) || ids.length <= 1) return ids;
  const first = ids[0]!;
  const recent: string[] = [];
  let length = first.length;
  for (let i = ids.length - 1; i > 0; i--) {
    const id = ids[i]!;
    if (recent.length + 2 > MAX_REFERENCES || length + 1 + id.length > MAX_REFERENCES_LENGTH) break;
    recent.push(id);
    length += 1 + id.length;
  }
  if (recent.length === 0) return [ids[ids.length - 1]!]; // the parent alone is over the limit: still thread
  return [first, ...recent.reverse()];
}
