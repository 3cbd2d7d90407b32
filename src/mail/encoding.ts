// RFC 2047 encoded words (=?charset?B|Q?text?=) in raw header values, decoded by hand because the Apps
// Script sandbox has no TextDecoder, Buffer or atob. Gmail's getters already decode; raw getHeader() does not.

// One encoded word. No nested quantifiers, so matching stays linear on hostile input.
const ENCODED_WORD = /=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g;
const REPLACEMENT = '\uFFFD';

/** Decodes every RFC 2047 encoded word in `value`; words in an unknown charset are left as they are. */
export function decodeEncodedWords(value: string): string {
  if (value.indexOf('=?') < 0) return value;
  let out = '';
  let last = 0;
  // Bytes of consecutive words in the same charset are joined before decoding: encoders split multi-byte
  // characters (and, in Outlook's References, whole ids) across adjacent words.
  let pending: { charset: string; bytes: number[] } | null = null;
  const flush = () => {
    if (pending) out += decodeBytes(pending.bytes, pending.charset);
    pending = null;
  };
  for (const match of value.matchAll(ENCODED_WORD)) {
    const start = match.index ?? 0;
    const between = value.slice(last, start);
    const charset = normalizeCharset(match[1] ?? '');
    const encoding = (match[2] ?? '').toUpperCase();
    const text = match[3] ?? '';
    // Whitespace between two encoded words is not part of the text (RFC 2047 §6.2).
    const adjacent = pending !== null && /^\s*$/.test(between);
    if (!adjacent) {
      flush();
      out += between;
    }
    if (!isKnownCharset(charset)) {
      flush();
      if (adjacent) out += between;
      out += match[0];
    } else {
      const bytes = encoding === 'B' ? base64Bytes(text) : qBytes(text);
      if (pending && pending.charset === charset) {
        for (const b of bytes) pending.bytes.push(b);
      } else {
        flush();
        pending = { charset, bytes };
      }
    }
    last = start + match[0].length;
  }
  flush();
  return out + value.slice(last);
}

function normalizeCharset(raw: string): string {
  // RFC 2231 adds a language after '*': =?US-ASCII*EN?Q?...?=
  const star = raw.indexOf('*');
  return (star >= 0 ? raw.slice(0, star) : raw).toLowerCase();
}

const UTF8 = new Set(['utf-8', 'utf8']);
const LATIN1 = new Set(['iso-8859-1', 'latin1', 'iso8859-1', 'us-ascii', 'ascii']);
const CP1252 = new Set(['windows-1252', 'cp1252']);

function isKnownCharset(charset: string): boolean {
  return UTF8.has(charset) || LATIN1.has(charset) || CP1252.has(charset);
}

function decodeBytes(bytes: number[], charset: string): string {
  if (UTF8.has(charset)) return decodeUtf8(bytes);
  let out = '';
  for (const b of bytes) {
    const mapped = CP1252.has(charset) && b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : undefined;
    out += mapped !== undefined ? String.fromCharCode(mapped) : String.fromCharCode(b);
  }
  return out;
}

// windows-1252 differs from ISO-8859-1 only in 0x80-0x9F (curly quotes, euro sign, dashes).
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d,
  0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x9d, 0x017e, 0x0178,
];

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 to bytes; characters outside the alphabet (padding, stray spaces) are skipped. */
export function base64Bytes(text: string): number[] {
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const v = BASE64.indexOf(text.charAt(i));
    if (v < 0) continue;
    buffer = ((buffer << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return bytes;
}

function qBytes(text: string): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5f) {
      bytes.push(0x20); // '_' is a space in Q encoding
    } else if (c === 0x3d && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(c & 0xff);
    }
  }
  return bytes;
}

/** UTF-8 bytes to a string; malformed sequences become U+FFFD instead of failing the whole header. */
export function decodeUtf8(bytes: number[]): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b0 = bytes[i] ?? 0;
    let need = 0;
    let cp = 0;
    let min = 0;
    if (b0 < 0x80) {
      out += String.fromCharCode(b0);
      i++;
      continue;
    } else if (b0 >= 0xc2 && b0 <= 0xdf) {
      need = 1;
      cp = b0 & 0x1f;
      min = 0x80;
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
      need = 2;
      cp = b0 & 0x0f;
      min = 0x800;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      need = 3;
      cp = b0 & 0x07;
      min = 0x10000;
    } else {
      out += REPLACEMENT;
      i++;
      continue;
    }
    let j = 1;
    for (; j <= need; j++) {
      const b = bytes[i + j];
      if (b === undefined || (b & 0xc0) !== 0x80) break;
      cp = (cp << 6) | (b & 0x3f);
    }
    if (j <= need || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      out += REPLACEMENT;
      i += j; // resume at the first byte that did not belong to the sequence
      continue;
    }
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}
