// Address headers turned into mailboxes, and mailboxes back into header and display text. A raw header is
// parsed first (RFC 5322, `email-addresses`) and only then are its display names decoded, as Gmail does:
// decoding first would let a forged name (`=?utf-8?B?…?=` decoding to `Boss <boss@corp.example>,`) become
// address syntax. This module only adds what the parser leaves to us.
import emailAddresses from 'email-addresses';
import type { DecodeBytes } from './charset';
import { cleanLine } from './controls';
import { decodeHeaderText } from './encoding';
import type { Address, ParsedAddresses } from './types';

export type { ParsedAddresses };

type Parsed = emailAddresses.ParsedMailbox | emailAddresses.ParsedGroup;

/**
 * Parses a raw address-list header (encoded words still encoded): RFC 5322 syntax first, then each display
 * name decoded through `decode` and cleaned of control characters. Groups are flattened into their members
 * (`undisclosed-recipients:;` gives none); an address with a comment and no display name takes the comment
 * as its name; a quoted local part stays quoted; duplicates are kept (callers decide). Entries that are no
 * mailbox come back decoded and cleaned, for people to read, never to parse again. Never throws.
 *
 * `email-addresses` rejects a whole list for one bad entry, and its `partial` option only returns the prefix
 * it managed; so the value is cut at top-level commas (outside quotes, comments, angle brackets and groups)
 * and the parser judges each entry. That keeps the good ones, names the bad ones, and is also faster than
 * one list parse (5,000 Cc: about a third of the time in Node).
 */
export function parseAddressHeader(raw: string, decode: DecodeBytes, charset8bit = ''): ParsedAddresses {
  return parseValue(unfold(raw), true, (text) => decodeHeaderText(text, decode, charset8bit), false);
}

/**
 * Parses addresses a person typed or an event listed (already text, nothing to decode): the same rules as
 * a header, and `Doe, John <j@x.example>` pasted from Outlook is one mailbox named "Doe, John".
 */
export function parseAddresses(text: string): ParsedAddresses {
  // One action parses the same typed list several times (recipients, warnings): remember the last few.
  let parsed = recent.get(text);
  if (!parsed) {
    parsed = parseValue(unfold(text), true, cleanLine, true);
    if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value as string);
    recent.set(text, parsed);
  }
  return { addresses: parsed.addresses.map((a) => ({ ...a })), invalid: [...parsed.invalid] };
}

const RECENT_LIMIT = 16;
const recent = new Map<string, ParsedAddresses>();

// The shapes nearly every real entry has, which the full parser would read the same way: a bare
// address, or a plain or quoted name (no specials, no encoded words) before an angle address. Parsing
// them directly keeps a 5,000-entry Cc linear and cheap; everything else goes to email-addresses.
const SIMPLE_EMAIL =
  "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+";
const BARE = new RegExp(`^(${SIMPLE_EMAIL})$`);
const NAMED = new RegExp(`^([A-Za-z0-9][A-Za-z0-9 .'_-]*?)?\\s*<(${SIMPLE_EMAIL})>$`);
const QUOTED = new RegExp(`^"([^"\\\\=?]*)"\\s*<(${SIMPLE_EMAIL})>$`);

function simpleMailbox(entry: string): Address | null {
  const bare = BARE.exec(entry);
  if (bare) return { name: '', email: bare[1]! };
  const named = NAMED.exec(entry) ?? QUOTED.exec(entry);
  return named ? { name: (named[1] ?? '').trim(), email: named[2]! } : null;
}

type TextOf = (text: string) => string;

function parseValue(value: string, allowGroups: boolean, text: TextOf, joinNames: boolean): ParsedAddresses {
  const result: ParsedAddresses = { addresses: [], invalid: [] };
  const entries = splitEntries(value);
  for (const entry of joinNames ? joinCommaNames(entries) : entries) {
    const simple = simpleMailbox(entry.trim());
    if (simple) {
      result.addresses.push(simple);
      continue;
    }
    const parsed = parseList(entry);
    if (parsed) {
      result.addresses.push(...flatten(parsed, text));
      continue;
    }
    const colon = entry.indexOf(':');
    // Groups do not nest (RFC 5322), so members are parsed without this fallback: bounded work on
    // `g0: g1: g2: …` bombs.
    if (allowGroups && colon > 0 && !/["<>(),@]/.test(entry.slice(0, colon))) {
      // A group with one bad member: keep the good members, name the bad ones.
      const body = entry.slice(colon + 1).trim();
      const members = parseValue(body.endsWith(';') ? body.slice(0, -1) : body, false, text, joinNames);
      result.addresses.push(...members.addresses);
      result.invalid.push(...members.invalid);
      continue;
    }
    const loose = looseMailbox(entry, text);
    if (loose) result.addresses.push(loose);
    else result.invalid.push(text(entry));
  }
  return result;
}

/**
 * An entry the grammar refuses but whose one angle address is plain to see (`Name <a@x> trailing`, an
 * encoded word glued after the `>`): that address is the mailbox, as mail programs (Gmail among them)
 * read it, and everything around it is display name. Anything less clear stays invalid.
 */
function looseMailbox(entry: string, text: TextOf): Address | null {
  const m = /^([^<>]*)<([^<>\s"]+@[^<>\s"]+)>([^<>]*)$/.exec(entry.trim());
  if (!m || !BARE.test(m[2]!)) return null;
  const name = `${m[1]!.trim()} ${m[3]!.trim()}`.trim().replace(/^"(.*)"$/, '$1');
  return { name: text(name), email: m[2]! };
}

/**
 * Typed text: `Doe, John <j@x>` (copied from Outlook, or from a card that showed a name with a comma) is a
 * bare phrase followed by an unquoted name with an angle address, one mailbox whose name held a comma.
 */
function joinCommaNames(entries: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const next = entries[i + 1];
    const lt = next === undefined ? -1 : next.indexOf('<');
    if (next !== undefined && lt > 0 && isBarePhrase(entry) && isBarePhrase(next.slice(0, lt))) {
      const joined = `${quote(`${entry}, ${next.slice(0, lt).trim()}`)} ${next.slice(lt)}`;
      if (parseList(joined)) {
        out.push(joined);
        i++;
        continue;
      }
    }
    out.push(entry);
  }
  return out;
}

/** The first mailbox of a header (a From or Delivered-To value), or null. */
export function parseAddress(header: string): Address | null {
  return parseAddresses(header).addresses[0] ?? null;
}

/** The key two addresses are compared on: the address, case-insensitively (as every mail system does in practice). */
export function addressKey(email: string): string {
  return email.trim().toLowerCase();
}

/** Removes repeated addresses (case-insensitively), keeping the first occurrence and its display name. */
export function dedupeAddresses(addresses: Address[]): Address[] {
  const seen = new Set<string>();
  const out: Address[] = [];
  for (const a of addresses) {
    const key = addressKey(a.email);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(a);
  }
  return out;
}

/** An address as a header value: `"Doe, John" <j@x.example>`, the name quoted only when RFC 5322 needs it. */
export function formatAddress(address: Address): string {
  const name = cleanLine(address.name);
  if (name === '') return address.email;
  return `${/^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~ ]+$/.test(name) && !/ {2}/.test(name) ? name : quote(name)} <${address.email}>`;
}

/** A comma-separated header value for several addresses. */
export function formatAddressList(addresses: Address[]): string {
  return addresses.map(formatAddress).join(', ');
}

/**
 * An address for people to read: `John Doe <j@x.example>`, or just the address when there is no name. A
 * name that holds a comma, angle brackets or quotes is quoted, so `"Okafor, Chidi" <c@x>` reads as one
 * person and a name that looks like an address cannot pass for one.
 */
export function displayAddress(address: Address): string {
  const name = cleanLine(address.name);
  if (name === '') return address.email;
  return `${/[,<>"@;:]/.test(name) ? quote(name) : name} <${address.email}>`;
}

/**
 * The shortest readable form: the display name, or the address when there is none. A name that holds
 * address syntax (`Team <spy@evil.example>`) is shown quoted with the real address, never alone.
 */
export function displayName(address: Address): string {
  if (address.name === '') return address.email;
  return /[<>@]/.test(address.name) ? displayAddress(address) : address.name;
}

/** The domain of an address, lower-cased ('' when there is none). */
export function domainOf(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? '' : email.slice(at + 1).toLowerCase();
}

function quote(text: string): string {
  return `"${text.replace(/(["\\])/g, '\\$1')}"`;
}

function unfold(header: string): string {
  return header.replace(/\r?\n(?=[ \t])/g, '').replace(/[\r\n]+/g, ' ');
}

function parseList(input: string): Parsed[] | null {
  try {
    // rfc6532: decoded names and internationalized addresses are UTF-8. Obsolete syntax stays allowed
    // (strict off) because old mailers still send it; single-label domains (rejectTLD off) are valid.
    // atInDisplayName: Gmail's decoded From is often `ana@x.example <ana@x.example>`, an unquoted '@'.
    return emailAddresses.parseAddressList({ input, rfc6532: true, atInDisplayName: true });
  } catch {
    return null;
  }
}

function flatten(parsed: Parsed[], text: TextOf): Address[] {
  const out: Address[] = [];
  for (const p of parsed) {
    if (p.type === 'group') {
      for (const m of p.addresses) out.push(toAddress(m, text));
    } else {
      out.push(toAddress(p, text));
    }
  }
  return out;
}

function toAddress(m: emailAddresses.ParsedMailbox, text: TextOf): Address {
  let name = m.name ?? '';
  if (name === '') name = commentName(m);
  return { name: text(name), email: addrSpec(m) };
}

const DOT_ATOM =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u0080-\uffff-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u0080-\uffff-]+)*$/;

/**
 * The address as it must be written back: the parser hands over a quoted local part unquoted
 * (`"john doe"@x` as `john doe@x`), which written so would reach `doe@x`; it is quoted again here.
 */
function addrSpec(m: emailAddresses.ParsedMailbox): string {
  const local = m.local ?? '';
  if (local === '' || DOT_ATOM.test(local)) return m.address;
  return `${quote(local)}@${m.domain}`;
}

/** `john@example.com (John Doe)`: the old convention of a comment as the name. */
function commentName(m: emailAddresses.ParsedMailbox): string {
  const texts: string[] = [];
  for (const c of m.parts?.comments ?? []) {
    const t = c.tokens.trim();
    if (t.startsWith('(') && t.endsWith(')')) {
      const inner = t.slice(1, -1).replace(/\\(.)/g, '$1').trim();
      if (inner !== '') texts.push(inner);
    }
  }
  return texts.join(' ');
}

function isBarePhrase(entry: string): boolean {
  return entry.trim() !== '' && !/[<>@:;"]/.test(entry);
}

/**
 * Splits an address list at top-level commas, outside quotes, comments, angle brackets and groups. A linear
 * lexical scan only: the parser still judges each entry.
 */
function splitEntries(value: string): string[] {
  const entries: string[] = [];
  let start = 0;
  let inQuote = false;
  let commentDepth = 0;
  let inAngle = false;
  let inGroup = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\\' && (inQuote || commentDepth > 0)) {
      i++;
    } else if (inQuote) {
      if (c === '"') inQuote = false;
    } else if (commentDepth > 0) {
      if (c === '(') commentDepth++;
      else if (c === ')') commentDepth--;
    } else if (c === '"') {
      inQuote = true;
    } else if (c === '(') {
      commentDepth = 1;
    } else if (c === '<') {
      inAngle = true;
    } else if (c === '>') {
      inAngle = false;
    } else if (!inAngle && c === ':' && !inGroup) {
      inGroup = true;
    } else if (!inAngle && c === ';' && inGroup) {
      inGroup = false;
      entries.push(value.slice(start, i + 1));
      start = i + 1;
    } else if (!inAngle && !inGroup && (c === ',' || c === ';')) {
      // ';' outside a group: Outlook users separate addresses that way, and people paste them into Cc.
      entries.push(value.slice(start, i));
      start = i + 1;
    }
  }
  entries.push(value.slice(start));
  // A lone comment between entries, `…; (the end of the group)`, says nothing about a recipient.
  return entries.map((e) => e.trim()).filter((e) => e !== '' && !/^(\([^()]*\)\s*)+$/.test(e));
}
