// Bytes in a named charset to text. The mail rules never pick a decoder themselves: every decode (encoded
// words, RFC 2231 parameters, 8-bit headers) goes through the one `DecodeBytes` the caller passes in,
// which in Apps Script is src/platform/charset.ts (Java's charsets behind Utilities). What lives here is
// pure: the label rules every decoder shares and the fast paths that need no service at all.

/** Decodes `bytes` (0–255 each) labelled `charset` in a mail header or part; never throws. */
export type DecodeBytes = (bytes: readonly number[], charset: string) => string;

export const REPLACEMENT = '\uFFFD';

/** A charset label as mail writes it, without an RFC 2231 language (`us-ascii*en`), quotes or case. */
export function charsetLabel(raw: string): string {
  const trimmed = raw.trim().replace(/^["']|["']$/g, '');
  const star = trimmed.indexOf('*');
  return (star >= 0 ? trimmed.slice(0, star) : trimmed).toLowerCase();
}

/**
 * The Java charset names to try for a label, best first. Mail labels text with a charset its sender's
 * software treats as a superset (Outlook's "gb2312" is GBK, "ks_c_5601-1987" is Windows-949, "iso-8859-1"
 * carries Windows-1252 quotes), as the WHATWG Encoding Standard records; decoding with the superset shows
 * the characters the sender saw and changes nothing for text within the label's own repertoire. The label
 * itself comes last, for a runtime that lacks the superset.
 */
export function javaCharsets(label: string): string[] {
  const superset = SUPERSETS[label];
  return superset ? [superset, label] : [label];
}

const SUPERSETS: Record<string, string> = {
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'iso-8859-9': 'windows-1254',
  'iso-8859-11': 'x-windows-874',
  'tis-620': 'x-windows-874',
  gb2312: 'GB18030',
  gbk: 'GB18030',
  'x-gbk': 'GB18030',
  'euc-cn': 'GB18030',
  cp936: 'GB18030',
  'ks_c_5601-1987': 'x-windows-949',
  'euc-kr': 'x-windows-949',
  shift_jis: 'windows-31j',
  'shift-jis': 'windows-31j',
  sjis: 'windows-31j',
  'x-sjis': 'windows-31j',
  big5: 'Big5-HKSCS',
};

/** The labels the fast paths below decode exactly as Java does, without a service call. */
export function fastDecode(bytes: readonly number[], label: string): string | null {
  if (label === 'utf-8' || label === 'utf8') return decodeUtf8(bytes);
  if (SUPERSETS[label] === 'windows-1252' || label === 'windows-1252' || label === 'cp1252') {
    return decodeWindows1252(bytes);
  }
  // Pure ASCII reads the same in every charset mail uses except the UTF-16/32 families and ISO-2022's
  // escapes (ESC is not printable ASCII text, so its presence sends the bytes to the real decoder).
  if (/^(utf-?(16|32)|ucs|iso-2022|hz|utf-7)/.test(label)) return null;
  let out = '';
  for (const b of bytes) {
    if (b < 0x20 || b >= 0x7f) return null;
    out += String.fromCharCode(b);
  }
  return out;
}

/** What an unknown charset still shows: its ASCII bytes, one replacement character per other byte. */
export function readableFallback(bytes: readonly number[]): string {
  let out = '';
  for (const b of bytes) out += b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : b < 0x80 ? ' ' : REPLACEMENT;
  return out;
}

// windows-1252 differs from ISO-8859-1 only in 0x80-0x9F (curly quotes, euro sign, dashes); Java maps the
// five undefined bytes to U+FFFD.
const CP1252_HIGH = [
  0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0xfffd, 0x017d, 0xfffd, 0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122,
  0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: readonly number[]): string {
  let out = '';
  for (const b of bytes) out += String.fromCharCode(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b);
  return out;
}

/** UTF-8 bytes to a string; malformed sequences become U+FFFD instead of failing the whole header. */
export function decodeUtf8(bytes: readonly number[]): string {
  // UTF-16 code units, turned into text a chunk at a time (one += per character is slow on a 1 MB body).
  const units: number[] = [];
  let out = '';
  const flush = () => {
    for (let k = 0; k < units.length; k += 8192) out += String.fromCharCode(...units.slice(k, k + 8192));
    units.length = 0;
  };
  let i = 0;
  while (i < bytes.length) {
    const b0 = bytes[i] ?? 0;
    let need = 0;
    let cp = 0;
    let min = 0;
    if (units.length >= 65536) flush();
    if (b0 < 0x80) {
      units.push(b0);
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
      units.push(0xfffd);
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
      units.push(0xfffd);
      i += j; // resume at the first byte that did not belong to the sequence
      continue;
    }
    if (cp >= 0x10000) units.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
    else units.push(cp);
    i += need + 1;
  }
  flush();
  return out;
}

/** The bytes of a string whose characters are all below 0x100 (a raw 8-bit header read one byte a char). */
export function latin1Bytes(text: string): number[] | null {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff) return null;
    bytes.push(c);
  }
  return bytes;
}
