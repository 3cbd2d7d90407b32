// RFC 2047 encoded words (=?charset?B|Q?text?=) and RFC 2231 extended parameter values, turned into text
// through the caller's one charset decoder. Decoding happens after parsing: the decoded text is a display
// name, a subject or a file name, never syntax.
import { charsetLabel, type DecodeBytes, decodeUtf8, latin1Bytes, REPLACEMENT } from './charset';
import { cleanLine } from './controls';

// One encoded word. No nested quantifiers, so matching stays linear on hostile input.
const ENCODED_WORD = /=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g;

/**
 * Decodes every RFC 2047 encoded word in `value`. Bytes of adjacent words in one charset are joined before
 * decoding (encoders split multi-byte characters, and in Outlook's References whole ids, across words), and
 * whitespace between two encoded words is not text (RFC 2047 §6.2). A charset nobody knows still gives
 * readable text (the decoder's replacement characters), never the `=?…?=` form.
 */
export function decodeEncodedWords(value: string, decode: DecodeBytes): string {
  if (value.indexOf('=?') < 0) return value;
  let out = '';
  let last = 0;
  let pending: { charset: string; bytes: number[] } | null = null;
  const flush = () => {
    if (pending) out += decode(pending.bytes, pending.charset);
    pending = null;
  };
  for (const match of value.matchAll(ENCODED_WORD)) {
    const start = match.index ?? 0;
    const between = value.slice(last, start);
    const charset = charsetLabel(match[1] ?? '');
    const encoding = (match[2] ?? '').toUpperCase();
    const text = match[3] ?? '';
    if (!(pending !== null && /^\s*$/.test(between))) {
      flush();
      out += between;
    }
    const bytes = encoding === 'B' ? base64Bytes(text) : qBytes(text);
    if (pending && pending.charset === charset) {
      for (const b of bytes) pending.bytes.push(b);
    } else {
      flush();
      pending = { charset, bytes };
    }
    last = start + match[0].length;
  }
  flush();
  return out + value.slice(last);
}

/**
 * Header text (a subject, a display name once parsed, a file name) as people read it: raw 8-bit bytes
 * decoded (UTF-8 when they are valid UTF-8, else the message's charset, else Windows-1252), then encoded
 * words, then control characters cleaned away (see text.ts). `charset8bit` is the message's charset label.
 */
export function decodeHeaderText(value: string, decode: DecodeBytes, charset8bit = ''): string {
  return cleanLine(decodeEncodedWords(eightBit(value, decode, charset8bit), decode));
}

/**
 * A raw value read one byte a character (every code below 0x100, some above 0x7F) is bytes in an unnamed
 * charset; a value with wider characters was already decoded by whoever read the message.
 */
function eightBit(value: string, decode: DecodeBytes, charset: string): string {
  if (!/[\u0080-\u00ff]/.test(value)) return value;
  const bytes = latin1Bytes(value);
  if (!bytes) return value;
  const utf8 = decodeUtf8(bytes);
  if (!utf8.includes(REPLACEMENT)) return utf8;
  return decode(bytes, charset || 'windows-1252');
}

/**
 * An RFC 2231 extended value, `charset'language'percent-encoded` (the language may be empty); a value
 * without the two quotes is taken as percent-encoded UTF-8, which is what mailers that omit them send.
 */
export function decodeExtendedValue(value: string, decode: DecodeBytes): string {
  const first = value.indexOf("'");
  const second = first < 0 ? -1 : value.indexOf("'", first + 1);
  const charset = second < 0 ? 'utf-8' : value.slice(0, first) || 'us-ascii';
  return decode(percentBytes(second < 0 ? value : value.slice(second + 1)), charset);
}

/** `%XX` escapes to bytes; every other character is its own (8-bit) byte. */
export function percentBytes(text: string): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 0x25 && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(text.charCodeAt(i) & 0xff);
    }
  }
  return bytes;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Each character code's value in BASE64, -1 for every other code below 128. */
const BASE64_VALUE = Array.from({ length: 128 }, (_, c) => BASE64.indexOf(String.fromCharCode(c)));

/** Base64 to bytes; characters outside the alphabet (padding, stray spaces) are skipped. */
export function base64Bytes(text: string): number[] {
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const v = BASE64_VALUE[text.charCodeAt(i)] ?? -1;
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
