// Links in a template's Markdown: which typed addresses become links (markdown-it's linkify-it
// validators), how a target is normalised (punycode hosts, percent-encoding, character references
// decoded, as markdown-it did) and which targets a mail may carry.
import { decodeHTMLStrict } from 'entities';
import type { Tokens } from 'marked';
import * as mdurl from 'mdurl';
// @ts-expect-error TS7016: punycode.js ships no types; its two functions are typed below.
import punycodeModule from 'punycode.js';

const punycode = punycodeModule as { toASCII(s: string): string; toUnicode(s: string): string };

// Only addresses typed with their scheme become links ("example.com", "www.example.com" and
// "ana@example.com" in a sentence stay text), and where such a link ends is decided as markdown-it's
// linkify-it decided it: these patterns are its http and mailto validators (linkify-it 5, options
// as markdown-it set them), with Unicode property classes for its uc.micro ones.
const ZCc = '[\\p{Z}\\p{Cc}]';
const ZPCc = '[\\p{Z}\\p{P}\\p{Cc}]';
const SEP = '[><\\uff5c]';
const PSEUDO = `(?:(?!${SEP}|${ZPCc})[\\s\\S])`;
const DOMAIN = `(?:xn--[a-z0-9\\-]{1,59}|${PSEUDO}|${PSEUDO}(?:-|${PSEUDO}){0,61}${PSEUDO})`;
const PORT = '(?::(?:6(?:[0-4]\\d{3}|5(?:[0-4]\\d{2}|5(?:[0-2]\\d|3[0-5])))|[1-5]?\\d{1,4}))?';
const HOST_END = `(?=$|${SEP}|${ZPCc})(?!-|_|:\\d|\\.-|\\.(?!$|${ZPCc}))`;
const pair = (open: string, close: string): string => {
  const atom = `(?:(?!${ZCc}|\\${open}|\\${close}).)`;
  let p = `\\${open}${atom}{0,1000}\\${close}`;
  for (let level = 2; level <= 4; level++) p = `\\${open}(?:${atom}|${p}){0,1000}\\${close}`;
  return p;
};
const PATH =
  `(?:[/?#](?:${pair('[', ']')}|${pair('(', ')')}|${pair('{', '}')}|"(?:(?!${ZCc}|["]).){1,100}"|` +
  `'(?:(?!${ZCc}|[']).){1,100}'|'(?=${PSEUDO}|[-])|\\.{2,20}[:]?[a-zA-Z0-9%/&]|\\.(?!${ZCc}|[.]|$)|-{1,20}|` +
  `,(?!${ZCc}|$)|;(?!${ZCc}|$)|!{1,20}(?!${ZCc}|[!]|$)|\\?(?!${ZCc}|[?]|$)|[\\\\/:%@#&=_~*]|` +
  `(?!${ZPCc}|${SEP}).){1,10000}|\\/)?`;
const WEB_TAIL = new RegExp(`^\\/\\/(?:(?:${DOMAIN})\\.){0,10}${DOMAIN}${PORT}${HOST_END}${PATH}`, 'iu');
const MAIL_NAME =
  "[-!#$%&'*+/=?^_`{|}~a-zA-Z0-9](?:[-!#$%&'*+/=?^_`{|}~a-zA-Z0-9]|[.](?=[-!#$%&'*+/=?^_`{|}~a-zA-Z0-9])){0,63}";
const MAILTO_TAIL = new RegExp(`^${MAIL_NAME}@(?:(?:${DOMAIN})\\.){0,4}${DOMAIN}${HOST_END}`, 'iu');
const SCHEME = /^(?:https?|ftp|mailto):/i;
export const SCHEME_ANYWHERE = /(?:https?|ftp|mailto):/gi;

/** The address typed at the start of `src`, as markdown-it's linkify rule took it, or undefined. */
export function typedAddress(src: string): string | undefined {
  const scheme = SCHEME.exec(src)?.[0];
  if (!scheme) return undefined;
  const tail = (scheme.toLowerCase() === 'mailto:' ? MAILTO_TAIL : WEB_TAIL).exec(src.slice(scheme.length));
  // A "*" ending it is emphasis, not the address.
  const url = tail ? (scheme + tail[0]).replace(/\*+$/, '') : '';
  return url.length > scheme.length ? url : undefined;
}

// Character references and backslash escapes in a link target are decoded (marked does the escapes),
// as CommonMark says; the escaped form comes back when the target is written into the HTML.
const ENTITY = /&([a-z#][a-z0-9]{1,31});/gi;
const DIGITAL_ENTITY = /^#((?:x[a-f0-9]{1,8}|[0-9]{1,8}))$/i;

function isValidEntityCode(c: number): boolean {
  if (c >= 0xd800 && c <= 0xdfff) return false;
  if (c >= 0xfdd0 && c <= 0xfdef) return false;
  if ((c & 0xffff) === 0xffff || (c & 0xffff) === 0xfffe) return false;
  if (c >= 0x00 && c <= 0x08) return false;
  if (c === 0x0b) return false;
  if (c >= 0x0e && c <= 0x1f) return false;
  if (c >= 0x7f && c <= 0x9f) return false;
  return c <= 0x10ffff;
}

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (match, name: string) => {
    if (name.charCodeAt(0) === 35 && DIGITAL_ENTITY.test(name)) {
      const code = name[1]!.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return isValidEntityCode(code) ? String.fromCodePoint(code) : match;
    }
    return decodeHTMLStrict(match);
  });
}

// Hosts of these schemes are written in punycode in the HTML and in Unicode in the text.
const RECODE_HOSTNAME_FOR = ['http:', 'https:', 'mailto:'];

/** A link target as sent: punycode host, percent-encoded (what a mail client follows). */
function normalizeLink(url: string): string {
  const parsed = mdurl.parse(url, true);
  if (parsed.hostname && (!parsed.protocol || RECODE_HOSTNAME_FOR.includes(parsed.protocol))) {
    try {
      parsed.hostname = punycode.toASCII(parsed.hostname);
    } catch {
      // Left as typed.
    }
  }
  return mdurl.encode(mdurl.format(parsed));
}

/** A link target as a person reads it: Unicode host, percent-escapes decoded. */
export function normalizeLinkText(url: string): string {
  const parsed = mdurl.parse(url, true);
  if (parsed.hostname && (!parsed.protocol || RECODE_HOSTNAME_FOR.includes(parsed.protocol))) {
    try {
      parsed.hostname = punycode.toUnicode(parsed.hostname);
    } catch {
      // Left as typed.
    }
  }
  return mdurl.decode(mdurl.format(parsed), `${mdurl.decode.defaultChars}%`);
}

/** A link token's target, normalised; autolinks and typed addresses take no character references. */
export const hrefOf = (t: Tokens.Link): string => normalizeLink(t.autolink ? t.href : decodeEntities(t.href));

/** Links a mail may carry: https and mailto. Everything else is dropped to its text. */
export function isAllowedLink(href: string): boolean {
  return /^(https:\/\/[^/\s]|mailto:[^\s])/i.test(href);
}
