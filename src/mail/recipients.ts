// Who a reply reaches, with Gmail's semantics (issue 3 §2): Reply-To before From, reply-all without me or
// duplicates, reply-to-list via List-Post, the partner when I sent the message, never the original Bcc.

import type { MessageId, Params } from '../i18n';
import { addressKey, dedupeAddresses, displayAddress, domainOf, parseAddresses } from './address';
import { isMe, ownDomain } from './identity';
import type { Address, Identity, MessageSnapshot, PlanWarning, ReplyMode } from './types';
import { MANY_RECIPIENTS, MAX_RECIPIENTS, textWarning, WarningCode } from './warning';

export interface ReplyRecipients {
  to: Address[];
  cc: Address[];
  bcc: Address[];
  warnings: PlanWarning[];
}

/** Addresses the user typed into the card (comma-separated, '' for none). */
export interface ExtraRecipients {
  cc?: string;
  bcc?: string;
}

/**
 * The list's posting address from `List-Post` (RFC 2369): the first `mailto:` entry, without its `?query`.
 * `NO` (posting not allowed) and lists reachable only over the web give null, and reply-to-list is not offered.
 */
export function listPostAddress(snapshot: MessageSnapshot): Address | null {
  const value = snapshot.headers.listPost;
  for (const match of value.matchAll(/<\s*mailto:([^>]*)>/gi)) {
    const target = (match[1] ?? '').split('?')[0]!.trim();
    let email = target;
    try {
      email = decodeURIComponent(target);
    } catch {
      // A stray '%' is not an escape; the literal text is what the list meant.
    }
    const parsed = parseAddresses(email).addresses;
    if (parsed.length === 1 && parsed[0]!.email !== '') return { name: '', email: parsed[0]!.email };
  }
  return null;
}

/** The reply modes the card offers for this message: reply always; reply-all when it reaches more people. */
export function availableModes(snapshot: MessageSnapshot, identity: Identity): ReplyMode[] {
  const modes: ReplyMode[] = ['reply'];
  const reply = replyRecipients(snapshot, identity, 'reply');
  const all = replyRecipients(snapshot, identity, 'reply-all');
  if (all.to.length + all.cc.length > reply.to.length + reply.cc.length) modes.push('reply-all');
  if (listPostAddress(snapshot)) modes.push('reply-list');
  return modes;
}

/**
 * The recipients of a reply in `mode`, plus the warnings the preview shows about them. Nobody left gives a
 * blocking `no-recipients` warning. Addresses the user types (`extra`) are kept even when they are the
 * user's own (Bcc to self is a common habit), but never twice.
 */
export function replyRecipients(
  snapshot: MessageSnapshot,
  identity: Identity,
  mode: ReplyMode,
  extra: ExtraRecipients = {},
): ReplyRecipients {
  const notMe = (list: Address[]) => list.filter((a) => !isMe(a, identity));
  const { from, replyTo, to: origTo, cc: origCc } = snapshot;
  const sentByMe = from.addresses.some((a) => isMe(a, identity));
  const warnings: PlanWarning[] = [];
  const invalid: string[] = [];
  let to: Address[] = [];
  let cc: Address[] = [];
  let nobody: { id: MessageId; params?: Params } = { id: 'warning.nobody' };

  if (mode === 'reply-list') {
    const list = listPostAddress(snapshot);
    if (list) to = [list];
    else nobody = { id: 'warning.nobody.noList' };
  } else if (sentByMe) {
    // My own message: reply to the people I wrote to, not to myself.
    invalid.push(...origTo.invalid);
    to = notMe(origTo.addresses);
    const myCc = notMe(origCc.addresses);
    if (mode === 'reply-all' || to.length === 0) invalid.push(...origCc.invalid);
    if (to.length === 0) to = myCc;
    else if (mode === 'reply-all') cc = myCc;
    nobody = { id: 'warning.nobody.onlyMe' };
  } else {
    const replyToOthers = notMe(replyTo.addresses);
    if (replyToOthers.length > 0) {
      to = replyToOthers;
      invalid.push(...replyTo.invalid);
    } else {
      to = notMe(from.addresses);
      invalid.push(...replyTo.invalid, ...from.invalid);
    }
    if (mode === 'reply-all') {
      cc = notMe([...origTo.addresses, ...origCc.addresses]);
      invalid.push(...origTo.invalid, ...origCc.invalid);
    }
    if (from.addresses.length === 0 && replyToOthers.length === 0) {
      nobody =
        from.invalid.length === 0
          ? { id: 'warning.nobody.noSender' }
          : { id: 'warning.nobody.invalidSender', params: { sender: from.invalid.join(', ') } };
    } else if (to.length === 0) {
      nobody = { id: 'warning.nobody.fromMe' };
    }
    const replyToWarning = replyToNotice(from.addresses, replyTo.addresses, replyToOthers, mode);
    if (replyToWarning) warnings.push(replyToWarning);
  }

  to = dedupeAddresses(to);
  const taken = new Set(to.map((a) => addressKey(a.email)));
  cc = takeNew(cc, taken);

  const extraCc = parseAddresses(extra.cc ?? '');
  const extraBcc = parseAddresses(extra.bcc ?? '');
  invalid.push(...extraCc.invalid, ...extraBcc.invalid);
  cc = [...cc, ...takeNew(extraCc.addresses, taken)];
  const bcc = takeNew(extraBcc.addresses, taken);

  if (invalid.length > 0) {
    warnings.push(
      textWarning(WarningCode.invalidRecipients, 'warning.invalidRecipients', {
        count: invalid.length,
        names: invalid.map((s) => `"${s}"`),
      }),
    );
  }
  const total = to.length + cc.length + bcc.length;
  if (total === 0) {
    warnings.unshift(textWarning(WarningCode.noRecipients, nobody.id, nobody.params, true));
    return { to, cc, bcc, warnings };
  }
  if (total > MAX_RECIPIENTS) {
    // Gmail refuses the draft outright ("Limit Exceeded: Email Recipients Per Message."): say so first.
    warnings.push(
      textWarning(
        WarningCode.tooManyRecipients,
        'warning.tooManyRecipients',
        { count: total, max: MAX_RECIPIENTS },
        true,
      ),
    );
  } else if (total > MANY_RECIPIENTS) {
    warnings.push(textWarning(WarningCode.manyRecipients, 'warning.manyRecipients', { count: total }));
  }
  const external = externalCount([...to, ...cc, ...bcc], ownDomain(identity));
  if (external > 0) {
    warnings.push(
      textWarning(WarningCode.externalRecipients, 'warning.externalRecipients', {
        count: external,
        domain: ownDomain(identity),
      }),
    );
  }
  return { to, cc, bcc, warnings };
}

/** Addresses not yet in `taken`, each once; records them in `taken`. */
function takeNew(list: Address[], taken: Set<string>): Address[] {
  const out: Address[] = [];
  for (const a of list) {
    const key = addressKey(a.email);
    if (taken.has(key)) continue;
    taken.add(key);
    out.push(a);
  }
  return out;
}

function externalCount(recipients: Address[], domain: string): number {
  if (domain === '') return 0;
  return recipients.filter((a) => {
    const d = domainOf(a.email);
    return d !== domain && !d.endsWith(`.${domain}`);
  }).length;
}

function replyToNotice(
  from: Address[],
  replyTo: Address[],
  replyToOthers: Address[],
  mode: ReplyMode,
): PlanWarning | null {
  if (replyTo.length === 0 || mode === 'reply-list') return null;
  const fromKeys = new Set(from.map((a) => addressKey(a.email)));
  if (replyTo.every((a) => fromKeys.has(addressKey(a.email)))) return null;
  const sender = from[0] ? displayAddress(from[0]) : ({ id: 'warning.theSender' } as const);
  if (replyToOthers.length === 0) {
    return textWarning(WarningCode.replyToDiffers, 'warning.replyTo.toMe', { sender });
  }
  return textWarning(WarningCode.replyToDiffers, 'warning.replyTo.others', {
    names: replyToOthers.map(displayAddress),
    sender,
  });
}
