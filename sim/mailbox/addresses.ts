// Address headers read as Gmail reads them: the raw header is split into mailboxes with RFC 5322
// syntax first, and only then is each display name decoded (RFC 2047 §6.2: "decoding and display of
// encoded-words occurs *after* a structured field body is parsed into tokens"). A name that decodes to
// `Boss <boss@corp.example>,` therefore stays a name; it never becomes a second mailbox.
import { decodeEncodedWords } from './encodedWords';

export interface MailAddress {
  name: string;
  address: string;
}

type Token =
  | { kind: 'space' }
  | { kind: 'comment'; text: string }
  | { kind: 'quoted'; raw: string; text: string }
  | { kind: 'literal'; raw: string }
  | { kind: 'special'; char: string }
  | { kind: 'atom'; text: string };

const SPECIALS = '<>,;:@.';

/** RFC 5322 §3.2 lexical tokens; an unterminated quote or comment runs to the end of the header. */
function tokenize(value: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < value.length) {
    const c = value[i];
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      while (i < value.length && /[ \t\r\n]/.test(value[i])) i++;
      tokens.push({ kind: 'space' });
    } else if (c === '(') {
      let depth = 0;
      let text = '';
      for (; i < value.length; i++) {
        const d = value[i];
        if (d === '\\') text += value[++i] ?? '';
        else if (d === '(' && depth++ > 0) text += d;
        else if (d === ')' && --depth === 0) {
          i++;
          break;
        } else if (d !== '(') text += d;
      }
      tokens.push({ kind: 'comment', text });
    } else if (c === '"') {
      let text = '';
      let j = i + 1;
      for (; j < value.length && value[j] !== '"'; j++)
        text += value[j] === '\\' ? (value[++j] ?? '') : value[j];
      tokens.push({ kind: 'quoted', raw: value.slice(i, j + 1), text });
      i = j + 1;
    } else if (c === '[') {
      const close = value.indexOf(']', i);
      const end = close < 0 ? value.length : close + 1;
      tokens.push({ kind: 'literal', raw: value.slice(i, end) });
      i = end;
    } else if (c === '\\') {
      // A quoted-pair outside a quoted string is no RFC 5322 syntax, but mailers write `\"Name\"`: the
      // escaped character is read as a letter of a word (so `\"` opens no quoted string), as lenient
      // readers do; the angle-addr that follows still names the mailbox.
      tokens.push({ kind: 'atom', text: value[i + 1] ?? '' });
      i += 2;
    } else if (SPECIALS.includes(c)) {
      tokens.push({ kind: 'special', char: c });
      i++;
    } else {
      let j = i;
      while (j < value.length && !/[ \t\r\n()"[<>,;:@.\\]/.test(value[j])) j++;
      tokens.push({ kind: 'atom', text: value.slice(i, j) });
      i = j;
    }
  }
  return tokens;
}

const isSpecial = (t: Token | undefined, char: string) => t?.kind === 'special' && t.char === char;

/** The display name: words joined by single spaces, quoted strings unquoted, then decoded. */
function displayName(tokens: Token[]): string {
  let out = '';
  let space = false;
  for (const t of tokens) {
    if (t.kind === 'space' || t.kind === 'comment') {
      space = out !== '';
      continue;
    }
    const text =
      t.kind === 'quoted' ? t.text : t.kind === 'special' ? t.char : t.kind === 'atom' ? t.text : t.raw;
    out += (space ? ' ' : '') + text;
    space = false;
  }
  return decodeEncodedWords(out).trim();
}

/** An addr-spec as written (quoted local parts keep their quotes), or null when it is no address. */
function addrSpec(tokens: Token[]): string | null {
  const words = tokens.filter((t) => t.kind !== 'comment' && t.kind !== 'space');
  const at = words.findIndex((t) => isSpecial(t, '@'));
  if (at <= 0 || at === words.length - 1) return null;
  const text = (list: Token[]) =>
    list
      .map((t) =>
        t.kind === 'quoted'
          ? t.raw
          : t.kind === 'atom'
            ? t.text
            : t.kind === 'special'
              ? t.char
              : t.kind === 'literal'
                ? t.raw
                : '',
      )
      .join('');
  const local = words.slice(0, at);
  const domain = words.slice(at + 1);
  const dotted = (list: Token[], allow: (t: Token) => boolean) =>
    list.every((t, i) => (i % 2 === 0 ? allow(t) : isSpecial(t, '.'))) && list.length % 2 === 1;
  const localOk = dotted(local, (t) => t.kind === 'atom' || t.kind === 'quoted');
  const domainOk =
    (domain.length === 1 && domain[0].kind === 'literal') || dotted(domain, (t) => t.kind === 'atom');
  if (!localOk || !domainOk) return null;
  // Whitespace inside an addr-spec (RFC 5322 allows CFWS around its atoms) is dropped by `words`.
  return `${text(local)}@${text(domain)}`;
}

/** One list entry: `[phrase] <addr-spec> [junk]` or a bare addr-spec; null when it holds no mailbox. */
function mailbox(tokens: Token[]): MailAddress | null {
  const open = tokens.findIndex((t) => isSpecial(t, '<'));
  if (open < 0) {
    const address = addrSpec(tokens);
    return address ? { name: '', address } : null;
  }
  let close = tokens.findIndex((t, i) => i > open && isSpecial(t, '>'));
  if (close < 0) close = tokens.length;
  let inner = tokens.slice(open + 1, close);
  // obs-route (`<@relay.example:user@host>`): only what follows the last ':' is the address.
  const colon = inner.map((t) => isSpecial(t, ':')).lastIndexOf(true);
  if (colon >= 0) inner = inner.slice(colon + 1);
  const address = addrSpec(inner);
  return address ? { name: displayName(tokens.slice(0, open)), address } : null;
}

/**
 * Mailboxes of an address-list header (From, To, Cc, Bcc, Reply-To), groups flattened to their
 * members. Entries that hold no address (an encoded word alone, `<>`, a bare name) are dropped; a
 * colon or comma inside a quoted string, a comment, an angle-addr or an encoded word is no syntax.
 */
export function parseAddressHeader(value: string): MailAddress[] {
  return addressEntries(value).flatMap((e) => (e.mailbox ? [e.mailbox] : []));
}

/**
 * Every entry of an address list in order, with its text: its mailbox, or null for an entry that holds
 * none (what the draft options refuse with "Invalid email"). Empty entries (`a@x,,b@y`) are skipped.
 */
export function addressEntries(value: string): { mailbox: MailAddress | null; text: string }[] {
  const out: { mailbox: MailAddress | null; text: string }[] = [];
  const tokens = tokenize(value);
  let entry: Token[] = [];
  let inAngle = false;
  let inGroup = false;
  const flush = () => {
    if (entry.some((t) => t.kind !== 'space' && t.kind !== 'comment')) {
      out.push({ mailbox: mailbox(entry), text: entryText(entry) });
    }
    entry = [];
  };
  for (const t of tokens) {
    if (isSpecial(t, '<')) inAngle = true;
    else if (isSpecial(t, '>')) inAngle = false;
    if (!inAngle && isSpecial(t, ',')) flush();
    else if (!inAngle && !inGroup && isSpecial(t, ':')) {
      // `display-name:` opens a group; its name is no mailbox.
      entry = [];
      inGroup = true;
    } else if (!inAngle && isSpecial(t, ';')) {
      flush();
      inGroup = false;
    } else entry.push(t);
  }
  flush();
  return out;
}

function entryText(tokens: Token[]): string {
  const part = (t: Token) => {
    switch (t.kind) {
      case 'space':
        return ' ';
      case 'comment':
        return `(${t.text})`;
      case 'quoted':
      case 'literal':
        return t.raw;
      case 'special':
        return t.char;
      case 'atom':
        return t.text;
    }
  };
  return tokens.map(part).join('').trim();
}
