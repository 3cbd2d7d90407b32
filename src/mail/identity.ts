// Whether an address is the user: their own address, the other addresses they list in Settings, and the
// variants Gmail delivers to the same mailbox (+tags, and dots on gmail.com, which equals googlemail.com).
import { addressKey, parseAddresses } from './address';
import type { Address, Identity, MessageSnapshot } from './types';

const GMAIL_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

/**
 * The form two addresses of the same mailbox share. `+tag` is dropped on every domain: Gmail and Workspace
 * deliver `me+x@d` to `me@d`, and the same holds for the user's own domains in practice.
 */
export function mailboxKey(email: string): string {
  const key = addressKey(email);
  const at = key.lastIndexOf('@');
  if (at <= 0) return key;
  let local = key.slice(0, at);
  let domain = key.slice(at + 1);
  const plus = local.indexOf('+');
  if (plus > 0) local = local.slice(0, plus);
  if (GMAIL_DOMAINS.has(domain)) {
    local = local.replace(/\./g, '');
    domain = 'gmail.com';
  }
  return `${local}@${domain}`;
}

/** Builds an identity from the session user's address and the "my other addresses" setting. */
export function identityOf(email: string, otherEmails: string[] = []): Identity {
  return { email: email.trim(), otherEmails: otherEmails.map((e) => e.trim()).filter((e) => e !== '') };
}

// Identities are small and plan building asks thousands of times (5,000 Cc), so keys are cached per object.
const keyCache = new WeakMap<Identity, Set<string>>();

function identityKeys(identity: Identity): Set<string> {
  let keys = keyCache.get(identity);
  if (!keys) {
    keys = new Set([identity.email, ...identity.otherEmails].filter((e) => e !== '').map(mailboxKey));
    keyCache.set(identity, keys);
  }
  return keys;
}

/** True when the address reaches the user's own mailbox. */
export function isMe(address: Address | string, identity: Identity): boolean {
  const email = typeof address === 'string' ? address : address.email;
  return email !== '' && identityKeys(identity).has(mailboxKey(email));
}

/**
 * The address the message was delivered to (Delivered-To, then X-Original-To) when it is not yet known as
 * the user's: mail forwarded from another account of theirs, to offer as "one of my addresses" in Settings.
 */
export function deliveredToSuggestion(snapshot: MessageSnapshot, identity: Identity): string | null {
  for (const header of [snapshot.headers.deliveredTo, snapshot.headers.xOriginalTo]) {
    for (const address of parseAddresses(header).addresses) {
      if (!isMe(address, identity)) return address.email;
    }
  }
  return null;
}

/** The user's own domain, for counting external recipients ('' when it is a public mail domain). */
export function ownDomain(identity: Identity): string {
  const at = identity.email.lastIndexOf('@');
  const domain = at < 0 ? '' : identity.email.slice(at + 1).toLowerCase();
  // Every other address is "external" to a gmail.com user: a warning that always fires is noise.
  return GMAIL_DOMAINS.has(domain) ? '' : domain;
}
