// RFC 2047 encoded words and RFC 2231 parameter values, decoded with Java's charsets (charset.ts), the
// way Gmail decodes what its getters return. Only text is decoded here: callers split structured
// headers into their parts first (addresses.ts), so decoded text can never become syntax.
import { decodeJava } from './charset';

const ENCODED_WORD = /=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=/g;

function base64Bytes(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text.replace(/[^A-Za-z0-9+/]/g, ''), 'base64'));
}

function qBytes(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const hex = text.slice(i + 1, i + 3);
    if (c === '_') out.push(0x20);
    else if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(Number.parseInt(hex, 16));
      i += 2;
    } else out.push(c.charCodeAt(0) & 0xff);
  }
  return new Uint8Array(out);
}

interface Word {
  start: number;
  end: number;
  /** Charset without an RFC 2231 language suffix (`utf-8*en`). */
  charset: string;
  bytes: Uint8Array;
}

/**
 * Decodes every encoded word in `text`. Whitespace between two adjacent encoded words is dropped
 * (RFC 2047 §6.2), and adjacent words in the same charset are decoded as one byte run, so a character
 * split across two words (a common sender bug) survives. A word in a charset Java does not know is
 * left as written.
 */
export function decodeEncodedWords(text: string): string {
  const words: Word[] = [];
  for (const m of text.matchAll(ENCODED_WORD)) {
    const charset = m[1].replace(/\*.*$/, '');
    const bytes = m[2].toUpperCase() === 'B' ? base64Bytes(m[3]) : qBytes(m[3]);
    words.push({ start: m.index, end: m.index + m[0].length, charset, bytes });
  }
  if (words.length === 0) return text;
  let out = '';
  let at = 0;
  for (let i = 0; i < words.length; ) {
    const first = words[i];
    const gap = text.slice(at, first.start);
    // The gap before this word is kept unless it is only whitespace after another encoded word.
    if (!(i > 0 && /^[ \t\r\n]*$/.test(gap))) out += gap;
    let j = i;
    const run: Uint8Array[] = [first.bytes];
    while (
      j + 1 < words.length &&
      words[j + 1].charset.toLowerCase() === first.charset.toLowerCase() &&
      /^[ \t\r\n]*$/.test(text.slice(words[j].end, words[j + 1].start))
    ) {
      run.push(words[++j].bytes);
    }
    const decoded = decodeJava(new Uint8Array(Buffer.concat(run)), first.charset);
    out += decoded ?? text.slice(first.start, words[j].end);
    at = words[j].end;
    i = j + 1;
  }
  return out + text.slice(at);
}

/** `charset'language'percent-encoded` (RFC 2231 §4) or a later segment's percent-encoding, as bytes. */
export function percentBytes(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === '%' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(Number.parseInt(hex, 16));
      i += 2;
    } else out.push(...Buffer.from(text[i], 'utf8'));
  }
  return new Uint8Array(out);
}

/** Bytes of an RFC 2231 value in a charset: Java's decoding, or UTF-8 with U+FFFD when Java lacks it. */
export function decodeCharsetBytes(bytes: Uint8Array, charset: string): string {
  return decodeJava(bytes, charset || 'us-ascii') ?? new TextDecoder('utf-8').decode(bytes);
}
