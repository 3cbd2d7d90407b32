// Reads what the snapshot needs from a message's raw source (GmailMessage.getRawContent): the top-level
// header fields (headerFields.ts), unfolded and undecoded, and the name, Content-ID and disposition of each attachment part.
// One getRawContent call replaces a dozen getter round trips, Gmail's two body getters included: the
// text and HTML bodies are decoded here (transfer encoding, then the one charset function), and only a
// body this walk cannot decode for certain is left to Gmail's own decoders (see MessageBodies).
// The walk finds boundaries with indexOf and never splits a body into lines, so a 25 MB attachment
// (a 35 MB string) costs one linear scan.
import type { DecodeBytes } from './charset';
import { base64Bytes, decodeHeaderText } from './encoding';
import { type HeaderField, headerParam, headerValue, paramText, parseHeaderBlock } from './headerFields';

export interface MimePartInfo {
  contentType: string;
  disposition: string;
  filename: string;
  /** Without angle brackets; '' when none. */
  contentId: string;
  /** Decoded size in bytes (exact for base64, the encoded length otherwise). */
  size: number;
}

const MAX_DEPTH = 20;

/**
 * Leaf parts that Gmail lists as attachments (everything but unnamed inline text), in MIME order. An
 * attached message (`message/rfc822`) is one attachment, not opened. File names are decoded through
 * `decode` (RFC 2231, RFC 2047, and raw 8-bit bytes in `charset8bit`, the message's charset).
 */
export function attachmentParts(raw: string, decode: DecodeBytes, charset8bit = ''): MimePartInfo[] {
  return readParts(raw, decode, charset8bit, null).attachments;
}

/**
 * Decodes bytes labelled `charset` as the charset function does, or answers null for a label no decoder
 * knows (then Gmail's own getter decodes that body).
 */
export type StrictDecode = (bytes: readonly number[], charset: string) => string | null;

/**
 * The two bodies as Gmail's getters give them, decoded from the raw source: `text` is the first inline
 * text/plain part (a later one outside a multipart/alternative appended after a line break), `html` the
 * first inline text/html part, each '' when the message has none, line breaks as LF. A body is null
 * when part of it cannot be decoded here for certain: raw 8-bit or binary characters (how getRawContent
 * turns bytes into characters is not documented), a charset no decoder knows, or non-UTF-8 bytes under
 * no charset. The caller then asks Gmail for that body alone (getPlainBody / getBody).
 */
export interface MessageBodies {
  text: string | null;
  html: string | null;
}

/** Attachments and bodies in one walk (a 25 MB attachment is scanned once). `bodyDecode` null: no bodies. */
export function readParts(
  raw: string,
  decode: DecodeBytes,
  charset8bit: string,
  bodyDecode: StrictDecode | null,
): { attachments: MimePartInfo[]; bodies: MessageBodies } {
  const walker: Walker = {
    raw,
    decode,
    charset8bit,
    bodyDecode,
    attachments: [],
    text: '',
    html: '',
    seenText: false,
    seenHtml: false,
  };
  walk(walker, 0, raw.length, 0, '');
  return { attachments: walker.attachments, bodies: { text: walker.text, html: walker.html } };
}

interface Walker {
  raw: string;
  decode: DecodeBytes;
  charset8bit: string;
  bodyDecode: StrictDecode | null;
  attachments: MimePartInfo[];
  /** '' until a part is found; null once one could not be decoded. */
  text: string | null;
  html: string | null;
  seenText: boolean;
  seenHtml: boolean;
}

const MEDIA_TYPE = /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/;

/** `parent`: the subtype of the nearest multipart around the part ('' at the top). */
function walk(w: Walker, start: number, end: number, depth: number, parent: string): void {
  const raw = w.raw;
  const split = bodyStart(raw, start, end);
  const fields = parseHeaderBlock(raw.slice(start, split.headerEnd));
  const type = headerValue(fields, 'Content-Type');
  const mediaType = (type.split(';')[0] ?? '').trim().toLowerCase() || 'text/plain';
  const dispositionHeader = headerValue(fields, 'Content-Disposition');
  const disposition = (dispositionHeader.split(';')[0] ?? '').trim().toLowerCase();
  if (mediaType.startsWith('multipart/')) {
    const boundary = headerParam(type, 'boundary');
    if (!boundary) {
      // `multipart/mixed boundary=x` (no semicolon) is no type at all: Gmail reads the part as text.
      if (w.bodyDecode && !MEDIA_TYPE.test(mediaType))
        bodyPart(w, fields, type, mediaType, disposition, split.body, end, parent);
      return;
    }
    if (depth >= MAX_DEPTH) {
      // Deeper than this walk goes: a body may be in there, so Gmail's getters are asked for both.
      w.text = null;
      w.html = null;
      w.seenText = true;
      w.seenHtml = true;
      return;
    }
    for (const [from, to] of partRanges(raw, split.body, end, boundary)) {
      walk(w, from, to, depth + 1, mediaType.slice('multipart/'.length));
    }
    return;
  }
  const encoding = headerValue(fields, 'Content-Transfer-Encoding').toLowerCase();
  if (w.bodyDecode) bodyPart(w, fields, type, mediaType, disposition, split.body, end, parent);
  const filename =
    paramText(dispositionHeader, 'filename', w.decode, w.charset8bit) ||
    paramText(type, 'name', w.decode, w.charset8bit);
  const contentId = headerValue(fields, 'Content-ID').replace(/^<|>$/g, '');
  // Gmail names a forwarded message without a file name after its own subject (see docs/emulator.md).
  const name =
    filename ||
    (mediaType === 'message/rfc822' ? forwardedName(raw, split.body, end, w.decode, w.charset8bit) : '');
  // Unnamed inline text is body; Gmail lists every other leaf as an attachment (an unnamed one as "noname").
  const isBody = mediaType.startsWith('text/') && !filename && disposition !== 'attachment';
  if (isBody) return;
  w.attachments.push({
    contentType: mediaType,
    disposition,
    filename: name,
    contentId,
    size: bodySize(raw, split.body, end, encoding),
  });
}

/** Takes a leaf as a body the way Gmail's getters choose them (see MessageBodies). */
function bodyPart(
  w: Walker,
  fields: HeaderField[],
  type: string,
  mediaType: string,
  disposition: string,
  start: number,
  end: number,
  parent: string,
): void {
  // A part without a type is text/plain (message/rfc822 in a digest); an unreadable type is that default.
  const fallback = parent === 'digest' ? 'message/rfc822' : 'text/plain';
  const bodyType = type.trim() === '' || !MEDIA_TYPE.test(mediaType) ? fallback : mediaType;
  if (bodyType !== 'text/plain' && bodyType !== 'text/html') return;
  if (disposition === 'attachment') return;
  if (headerParam(headerValue(fields, 'Content-Disposition'), 'filename') || headerParam(type, 'name'))
    return;
  const text = () =>
    bodyText(
      w.raw.slice(start, end),
      headerValue(fields, 'Content-Transfer-Encoding').trim().toLowerCase(),
      headerParam(type, 'charset'),
      w.bodyDecode!,
    );
  if (bodyType === 'text/plain') {
    if (!w.seenText) {
      w.seenText = true;
      w.text = text();
    } else if (parent !== 'alternative' && w.text !== null) {
      // More inline text outside an alternative: Gmail shows it after the first, a line apart.
      const more = text();
      w.text = more === null ? null : `${w.text}\n${more}`;
    }
  } else if (!w.seenHtml) {
    w.seenHtml = true;
    w.html = text();
  }
}

const NON_ASCII = /[\u0080-\uffff]/;
/** Labels (and no label) whose bytes 0x00-0x7F are ASCII, as Java decodes them. */
const ASCII_SAME =
  /^(|["']?(utf-?8|us-ascii|ascii|iso[-_]?8859-\d{1,2}|latin-?\d|windows-125\d|cp125\d|koi8-[ru])["']?)$/i;

/**
 * One body part's text, or null when it cannot be decoded for certain. Base64 and quoted-printable are
 * ASCII on the wire, so their bytes are exact, and so are 7-bit bodies; raw 8-bit characters are not.
 */
function bodyText(body: string, encoding: string, charset: string, decode: StrictDecode): string | null {
  if (NON_ASCII.test(body)) return null;
  if (encoding !== 'base64' && encoding !== 'quoted-printable' && ASCII_SAME.test(charset.trim())) {
    // 7-bit text in a charset whose first 128 bytes are ASCII: the characters are the text (a 1 MB body
    // is not turned into a million bytes and back).
    return body.replace(/\r\n/g, '\n');
  }
  const bytes =
    encoding === 'base64'
      ? base64Bytes(body)
      : encoding === 'quoted-printable'
        ? qpBytes(body)
        : asciiBytes(body);
  let text: string | null;
  if (charset.trim() !== '') text = decode(bytes, charset);
  else if (bytes.every((b) => b < 0x80)) text = asciiText(bytes);
  else {
    // No charset named: Gmail reads UTF-8 when the bytes are UTF-8; anything else would be a guess.
    text = decode(bytes, 'utf-8');
    if (text?.includes('\uFFFD')) text = null;
  }
  return text === null ? null : text.replace(/\r\n/g, '\n');
}

function asciiBytes(text: string): number[] {
  const bytes = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

function asciiText(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.slice(i, i + 8192));
  return out;
}

/**
 * Quoted-printable (RFC 2045 §6.7) as Gmail decodes it: blanks at the end of a line dropped, `=XX` a
 * byte, `=` at the end of a line a soft break, any other `=` kept.
 */
function qpBytes(body: string): number[] {
  const text = body.replace(/[ \t]+(?=\r?\n)/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x3d) {
      bytes.push(c);
      continue;
    }
    const hex = text.slice(i + 1, i + 3);
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else if (text[i + 1] === '\r' && text[i + 2] === '\n') i += 2;
    else if (text[i + 1] === '\n') i += 1;
    else bytes.push(0x3d);
  }
  return bytes;
}

/** "<subject>.eml" for an attached message (its subject decoded like any other), '' without a subject. */
function forwardedName(raw: string, start: number, end: number, decode: DecodeBytes, charset8bit: string) {
  const inner = raw.slice(start, bodyStart(raw, start, end).headerEnd);
  const subject = decodeHeaderText(headerValue(parseHeaderBlock(inner), 'Subject'), decode, charset8bit);
  return subject ? `${subject}.eml` : '';
}

/** Where an entity's header block ends and its body starts (the first empty line), within [start, end). */
function bodyStart(raw: string, start: number, end: number): { headerEnd: number; body: number } {
  if (raw.startsWith('\n', start) || raw.startsWith('\r\n', start)) {
    return { headerEnd: start, body: start + (raw[start] === '\r' ? 2 : 1) };
  }
  let i = raw.indexOf('\n', start);
  while (i >= 0 && i < end) {
    const next = raw[i + 1] === '\r' ? i + 2 : i + 1;
    if (raw[next] === '\n') return { headerEnd: i, body: next + 1 };
    i = raw.indexOf('\n', i + 1);
  }
  return { headerEnd: end, body: end };
}

/** The [start, end) of each part between `--boundary` delimiter lines, up to the closing `--boundary--`. */
function partRanges(raw: string, from: number, end: number, boundary: string): [number, number][] {
  const delimiter = `--${boundary}`;
  const ranges: [number, number][] = [];
  let partStart = -1;
  let at = raw.indexOf(delimiter, from);
  while (at >= 0 && at < end) {
    const atLineStart = at === from || raw[at - 1] === '\n';
    if (atLineStart && delimiterLine(raw, at + delimiter.length, end)) {
      // The line break before a delimiter belongs to the delimiter (RFC 2046 §5.1.1).
      if (partStart >= 0) ranges.push([partStart, Math.max(partStart, lineBreakBefore(raw, at))]);
      const closing = raw.startsWith('--', at + delimiter.length);
      const eol = raw.indexOf('\n', at);
      if (closing) return ranges;
      partStart = eol < 0 || eol >= end ? end : eol + 1;
    }
    at = raw.indexOf(delimiter, at + delimiter.length);
  }
  if (partStart >= 0 && partStart < end) ranges.push([partStart, end]);
  return ranges;
}

/**
 * Whether the line after a boundary holds only the closing `--` or blanks (RFC 2046 §5.1.1): so an inner
 * boundary that starts with the outer one (`--b` and `--b-1`) is not taken for it.
 */
function delimiterLine(raw: string, after: number, end: number): boolean {
  let i = raw.startsWith('--', after) ? after + 2 : after;
  while (i < end && (raw[i] === ' ' || raw[i] === '\t' || raw[i] === '\r')) i++;
  return i >= end || raw[i] === '\n';
}

function lineBreakBefore(raw: string, at: number): number {
  if (raw[at - 1] !== '\n') return at;
  return raw[at - 2] === '\r' ? at - 2 : at - 1;
}

/**
 * Decoded size in bytes: exact for base64, the encoded length otherwise. Base64 data is every character
 * but the line breaks and blanks a decoder skips (RFC 2045 §6.8), padding `=` taken off. Each is counted
 * with indexOf, which the engine runs natively, instead of a loop over every character: a 25 MB file is
 * 35 million of them, and that loop was nearly all the CPU of opening its message. (Other control
 * characters, which no mailer writes in base64, now count as data: a few bytes at most.)
 */
function bodySize(raw: string, start: number, end: number, encoding: string): number {
  if (encoding !== 'base64') return end - start;
  // A slice shares the source's characters (no copy), and bounds every search to the body.
  const body = raw.slice(start, end);
  let data = body.length;
  for (const blank of ['\n', '\r', ' ', '\t']) data -= occurrences(body, blank);
  return Math.floor((data * 3) / 4) - occurrences(body, '=');
}

/** How many times the one-character `c` occurs in `text`. */
function occurrences(text: string, c: string): number {
  let n = 0;
  for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) n++;
  return n;
}
