// Reads address headers into Address lists for merge fields and template Cc/Bcc. A local wrapper
// over `email-addresses` because templates must not depend on src/mail (it may be unified later).
import emailAddresses from 'email-addresses';
import type { Address } from '../mail/types';

type Parsed = emailAddresses.ParsedMailbox | emailAddresses.ParsedGroup;

const toAddresses = (parsed: Parsed[]): Address[] =>
  parsed
    .flatMap((p) => (p.type === 'group' ? p.addresses : [p]))
    .map((m) => ({
      name: m.name ?? '',
      email: m.address,
    }));

const parse = (input: string): Parsed[] | null =>
  emailAddresses.parseAddressList({ input, rfc6532: true, rejectTLD: false });

/** Splits on commas outside quotes and angle brackets (for headers the strict parser refuses). */
function splitList(header: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let angle = false;
  let current = '';
  for (const ch of header) {
    if (ch === '"') quoted = !quoted;
    else if (ch === '<' && !quoted) angle = true;
    else if (ch === '>' && !quoted) angle = false;
    if (ch === ',' && !quoted && !angle) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  // A piece without an address is the front of an unquoted "Last, First <address>": rejoin it.
  const joined: string[] = [];
  let pending = '';
  for (const piece of out.map((s) => s.trim()).filter((s) => s !== '')) {
    if (piece.includes('@')) {
      joined.push(pending ? `${pending}, ${piece}` : piece);
      pending = '';
    } else pending = pending ? `${pending}, ${piece}` : piece;
  }
  return joined;
}

/**
 * Every mailbox of a decoded header value (From, To, Cc), leniently: a piece the RFC parser refuses
 * (`Doe, John <j@x.com>` unquoted) still gives its `<address>` and the text before it as the name.
 */
export function readAddressHeader(header: string): Address[] {
  if (header.trim() === '') return [];
  const whole = parse(header);
  if (whole) return toAddresses(whole);
  return splitList(header).flatMap((piece) => {
    const one = parse(piece);
    if (one) return toAddresses(one);
    const m = /^(.*)<([^<>\s]+@[^<>\s]+)>\s*$/s.exec(piece);
    if (m) return [{ name: m[1]!.trim().replace(/^"(.*)"$/s, '$1'), email: m[2]! }];
    return /^[^\s@]+@[^\s@]+$/.test(piece) ? [{ name: '', email: piece }] : [];
  });
}

/** The addresses of a typed list (template Cc/Bcc), or null when any part of it is not an address. */
export function parseAddressList(text: string): Address[] | null {
  if (text.trim() === '') return [];
  const parsed = parse(text);
  if (!parsed) return null;
  const list = toAddresses(parsed);
  // The parser accepts a bare local part in some modes; a template address must have a domain.
  return list.every((a) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(a.email)) ? list : null;
}
