// Builds the merge context a template is rendered with: plain, JSON-able data about the message,
// its people and the user. Rendering turns it into the Liquid scope (see render.ts).

import type { Address, MessageSnapshot } from '../mail/types';
import { nameAsWritten, personName } from './names';

export interface MergePerson {
  first_name: string;
  last_name: string;
  name: string;
  email: string;
  domain: string;
}

export interface MergeContext {
  sender: MergePerson;
  to: MergePerson[];
  cc: MergePerson[];
  subject: string;
  /** The message's date in ms since the epoch; null in a compose window with no message. */
  date: number | null;
  /** `now` of the input, in ms since the epoch. */
  today: number;
  me: { name: string; first_name: string; email: string };
  thread: { count: number };
  /** How dates are shown: a BCP 47 locale and an IANA time zone. Not visible to templates. */
  format: { locale: string; timeZone: string };
}

export interface MergeInput {
  /** The open message, or null in a compose window (then only the recipients are known). */
  snapshot: MessageSnapshot | null;
  /**
   * Who the text will reach: the reply plan's To/Cc, or the compose window's recipients.
   * When absent, the message's own To and Cc headers are used.
   */
  recipients?: { to: Address[]; cc: Address[] };
  /**
   * The subject to show, already normalized by the caller (mail's reply-subject rule, which strips
   * Re:/Fwd: prefixes) so there is one rule for it; the compose subject in a compose window.
   */
  subject: string;
  me: Address;
  now: number;
  locale: string;
  timeZone: string;
  /** Messages in the thread; defaults to the snapshot's thread count (0 without a message). */
  threadCount?: number;
}

/**
 * A person's merge fields from an address. `name` is the display name exactly as the person wrote it
 * (it is data, shown literally), or the name their address clearly holds when they gave none.
 */
export function mergePerson(address: Address): MergePerson {
  const n = personName(address.name, address.email);
  const at = address.email.lastIndexOf('@');
  return {
    first_name: n.first,
    last_name: n.last,
    name: nameAsWritten(address.name, address.email) || n.full,
    email: address.email,
    domain: at >= 0 ? address.email.slice(at + 1).toLowerCase() : '',
  };
}

const NOBODY: MergePerson = { first_name: '', last_name: '', name: '', email: '', domain: '' };

/** The merge context for one message (or compose window), ready for renderTemplate. */
export function mergeContext(input: MergeInput): MergeContext {
  const snap = input.snapshot;
  const from = snap?.from.addresses[0];
  const to = input.recipients?.to ?? snap?.to.addresses ?? [];
  const cc = input.recipients?.cc ?? snap?.cc.addresses ?? [];
  // A name that is only an address (`sam@northwind.example`, `sam.taylor`) is no name to sign with.
  const myName = nameAsWritten(input.me.name, input.me.email);
  const me = personName(myName, input.me.email);
  return {
    sender: from ? mergePerson(from) : { ...NOBODY },
    to: to.map(mergePerson),
    cc: cc.map(mergePerson),
    subject: input.subject.trim(),
    date: snap ? snap.date : null,
    today: input.now,
    // The user's own name is shown as they set it; only the first name is derived.
    me: { name: myName, first_name: me.first, email: input.me.email },
    thread: { count: input.threadCount ?? snap?.thread.count ?? 0 },
    format: { locale: input.locale, timeZone: input.timeZone },
  };
}
