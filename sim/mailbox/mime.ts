// A MIME message read as Gmail reads it: the part tree (RFC 2046), transfer encodings (RFC 2045),
// parameters with RFC 2231 continuations and charsets (and RFC 2047 words in `name=`, which many
// mailers send), text in the part's charset through Java's charsets, and the list of attachments
// getAttachments() returns. Pure: bytes in, records out.
import { decodeJava } from './charset';
import { decodeCharsetBytes, decodeEncodedWords, percentBytes } from './encodedWords';

/** One header field as written: name as cased in the file, value unfolded but not decoded. */
export interface HeaderField {
  name: string;
  value: string;
}

export interface MimeAttachment {
  filename: string;
  mimeType: string;
  /** An inline image: it has a Content-ID and is inline (or in multipart/related without a disposition). */
  inline: boolean;
  /** Content-ID without angle brackets, or null. */
  contentId: string | null;
  content: Uint8Array;
}

export interface MimeMessage {
  text: string | null;
  html: string | null;
  attachments: MimeAttachment[];
}

const HEADER_LINE = /^([\x21-\x39\x3b-\x7e]+)[ \t]*:/;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Header bytes are UTF-8 in modern mail and Latin-1 in old 8-bit mail; Gmail shows either readably. */
export function decodeHeaderBytes(bytes: Uint8Array): { text: string; utf8: boolean } {
  try {
    return { text: strictUtf8.decode(bytes), utf8: true };
  } catch {
    return { text: Buffer.from(bytes).toString('latin1'), utf8: false };
  }
}

/** Offset where the body starts and the length of the header block (without the blank line). */
function headerBlockLength(raw: Uint8Array): { headerEnd: number; bodyStart: number } {
  if (raw[0] === 0x0a) return { headerEnd: 0, bodyStart: 1 };
  if (raw[0] === 0x0d && raw[1] === 0x0a) return { headerEnd: 0, bodyStart: 2 };
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== 0x0a) continue;
    if (raw[i + 1] === 0x0a) return { headerEnd: i, bodyStart: i + 2 };
    if (raw[i + 1] === 0x0d && raw[i + 2] === 0x0a) return { headerEnd: i, bodyStart: i + 3 };
  }
  return { headerEnd: raw.length, bodyStart: raw.length };
}

/**
 * The header fields exactly as written (unfolded, encoded words kept), duplicates kept in order. An
 * mbox "From " envelope line is skipped; other lines that are not fields are ignored, as Gmail does.
 */
export function readHeaderFields(raw: Uint8Array): {
  fields: HeaderField[];
  utf8: boolean;
  headerEnd: number;
  bodyStart: number;
} {
  const { headerEnd, bodyStart } = headerBlockLength(raw);
  const { text, utf8 } = decodeHeaderBytes(raw.subarray(0, headerEnd));
  const lines = text.split(/\r?\n/);
  if (lines[0]?.startsWith('From ') && !HEADER_LINE.test(lines[0])) lines.shift();
  const fields: HeaderField[] = [];
  let current: HeaderField | null = null;
  for (const line of lines) {
    if (/^[ \t]/.test(line) && current) {
      current.value += line;
      continue;
    }
    const match = HEADER_LINE.exec(line);
    current = match ? { name: match[1], value: line.slice(match[0].length) } : null;
    if (current) fields.push(current);
  }
  for (const field of fields) field.value = field.value.trim();
  return { fields, utf8, headerEnd, bodyStart };
}

export function firstHeader(fields: HeaderField[], name: string): string | undefined {
  const wanted = name.toLowerCase();
  return fields.find((f) => f.name.toLowerCase() === wanted)?.value;
}

interface StructuredValue {
  value: string;
  params: Map<string, string>;
}

/** Splits `a; b="c;d"; e` at semicolons outside quoted strings. */
function splitParams(value: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\\' && quoted) {
      current += c + (value[++i] ?? '');
      continue;
    }
    if (c === '"') quoted = !quoted;
    if (c === ';' && !quoted) {
      out.push(current);
      current = '';
    } else current += c;
  }
  out.push(current);
  return out.map((s) => s.trim());
}

function unquote(value: string): string {
  const v = value.trim();
  if (!v.startsWith('"')) return v;
  const end = v.endsWith('"') && v.length > 1 ? v.length - 1 : v.length;
  return v.slice(1, end).replace(/\\(.)/g, '$1');
}

/**
 * Content-Type / Content-Disposition: the value lowercased and the parameters by lowercase name.
 * RFC 2231 (`name*=charset'lang'%XX`, `name*0*=`, `name*1=` …) is joined and decoded; a plain value
 * holding RFC 2047 encoded words is decoded too (Gmail shows such names decoded).
 */
export function parseStructured(header: string | undefined): StructuredValue {
  const [first = '', ...rest] = splitParams(header ?? '');
  const plain = new Map<string, string>();
  const extended = new Map<string, { index: number; encoded: boolean; text: string }[]>();
  for (const item of rest) {
    const eq = item.indexOf('=');
    if (eq <= 0) continue;
    const key = item.slice(0, eq).trim().toLowerCase();
    const raw = item.slice(eq + 1).trim();
    const ext = key.includes('*') ? /^([^*]+)(?:\*(\d+))?(\*)?$/.exec(key) : null;
    if (ext) {
      const encoded = ext[3] === '*';
      const list = extended.get(ext[1]) ?? [];
      list.push({ index: Number(ext[2] ?? 0), encoded, text: encoded ? raw : unquote(raw) });
      extended.set(ext[1], list);
    } else if (!plain.has(key)) plain.set(key, unquote(raw));
  }
  const params = new Map<string, string>();
  for (const [key, value] of plain) params.set(key, decodeEncodedWords(value));
  for (const [name, segments] of extended) {
    segments.sort((a, b) => a.index - b.index);
    let charset = '';
    const bytes: Uint8Array[] = [];
    segments.forEach((s, i) => {
      let text = s.text;
      if (i === 0 && s.encoded) {
        const parts = /^([^']*)'[^']*'(.*)$/.exec(text);
        if (parts) [charset, text] = [parts[1], parts[2]];
      }
      bytes.push(s.encoded ? percentBytes(text) : new Uint8Array(Buffer.from(text, 'latin1')));
    });
    const joined = new Uint8Array(Buffer.concat(bytes));
    params.set(name, charset ? decodeCharsetBytes(joined, charset) : decodeHeaderBytes(joined).text);
  }
  return { value: first.toLowerCase(), params };
}

function decodeTransfer(body: Uint8Array, encoding: string): Uint8Array {
  const cte = encoding.trim().toLowerCase();
  if (cte === 'base64') {
    return new Uint8Array(
      Buffer.from(
        Buffer.from(body)
          .toString('latin1')
          .replace(/[^A-Za-z0-9+/]/g, ''),
        'base64',
      ),
    );
  }
  if (cte === 'quoted-printable') {
    const text = Buffer.from(body)
      .toString('latin1')
      .replace(/[ \t]+(?=\r?\n)/g, '');
    const out: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c !== '=') {
        out.push(c.charCodeAt(0));
        continue;
      }
      const hex = text.slice(i + 1, i + 3);
      if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
        out.push(Number.parseInt(hex, 16));
        i += 2;
      } else if (text[i + 1] === '\r' && text[i + 2] === '\n') i += 2;
      else if (text[i + 1] === '\n') i += 1;
      else out.push(0x3d);
    }
    return new Uint8Array(out);
  }
  return body;
}

interface Part {
  fields: HeaderField[];
  type: StructuredValue;
  disposition: StructuredValue;
  body: Uint8Array;
  children: Part[];
  /** The nearest multipart ancestor's subtype. */
  parentSubtype: string;
}

const MAX_DEPTH = 50;

function splitMultipart(body: Uint8Array, boundary: string): Uint8Array[] {
  const text = Buffer.from(body).toString('latin1');
  const delimiter = `--${boundary}`;
  const parts: Uint8Array[] = [];
  let start = -1;
  let at = 0;
  while (at <= text.length) {
    const lineEnd = text.indexOf('\n', at);
    const end = lineEnd < 0 ? text.length : lineEnd;
    const line = text.slice(at, end).replace(/\r$/, '').trimEnd();
    if (line === delimiter || line === `${delimiter}--`) {
      if (start >= 0) {
        // The CRLF before a delimiter belongs to the delimiter (RFC 2046 §5.1.1).
        let stop = at;
        if (text[stop - 1] === '\n') stop--;
        if (text[stop - 1] === '\r') stop--;
        parts.push(body.subarray(start, Math.max(start, stop)));
      }
      if (line !== delimiter) return parts;
      start = end + 1;
    }
    if (lineEnd < 0) break;
    at = lineEnd + 1;
  }
  if (start >= 0 && start < body.length) parts.push(body.subarray(start));
  return parts;
}

function parsePart(raw: Uint8Array, parentSubtype: string, depth: number): Part {
  const { fields, bodyStart } = readHeaderFields(raw);
  const defaultType = parentSubtype === 'digest' ? 'message/rfc822' : 'text/plain';
  const type = parseStructured(firstHeader(fields, 'content-type') ?? defaultType);
  if (!/^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(type.value)) type.value = defaultType;
  const part: Part = {
    fields,
    type,
    disposition: parseStructured(firstHeader(fields, 'content-disposition')),
    body: raw.subarray(bodyStart),
    children: [],
    parentSubtype,
  };
  const boundary = type.params.get('boundary');
  if (type.value.startsWith('multipart/') && boundary && depth < MAX_DEPTH) {
    const subtype = type.value.slice('multipart/'.length);
    part.children = splitMultipart(part.body, boundary).map((p) => parsePart(p, subtype, depth + 1));
  }
  return part;
}

function content(part: Part): Uint8Array {
  return decodeTransfer(part.body, firstHeader(part.fields, 'content-transfer-encoding') ?? '7bit');
}

/** Text in the part's charset; no charset: UTF-8 when the bytes are UTF-8, else Latin-1. */
function partText(part: Part): string {
  const bytes = content(part);
  const charset = part.type.params.get('charset');
  const decoded = charset ? decodeJava(bytes, charset) : null;
  const text = decoded ?? (charset ? new TextDecoder('utf-8').decode(bytes) : decodeHeaderBytes(bytes).text);
  return text.replace(/\r\n/g, '\n');
}

function fileName(part: Part): string | null {
  return part.disposition.params.get('filename') || part.type.params.get('name') || null;
}

/** The subject of an attached message, for naming it. */
function innerSubject(part: Part): string | null {
  const { fields } = readHeaderFields(content(part));
  const subject = firstHeader(fields, 'subject');
  return subject ? decodeEncodedWords(subject).trim() || null : null;
}

function isBodyText(part: Part): boolean {
  return (
    (part.type.value === 'text/plain' || part.type.value === 'text/html') &&
    part.disposition.value !== 'attachment' &&
    fileName(part) === null
  );
}

/**
 * Reads a whole message. The text and HTML bodies are the first inline text/plain and text/html parts
 * (in multipart/alternative the matching alternative); every other leaf is an attachment, in document
 * order. A message/rfc822 part is one attachment (it is not opened); unnamed, it is named after its
 * subject plus `.eml`, other unnamed parts `noname`.
 */
export function readMime(raw: Uint8Array): MimeMessage {
  const root = parsePart(raw, '', 0);
  let text: string | null = null;
  let html: string | null = null;
  const attachments: MimeAttachment[] = [];
  const visit = (part: Part) => {
    if (
      part.children.length > 0 ||
      (part.type.value.startsWith('multipart/') && part.type.params.get('boundary'))
    ) {
      for (const child of part.children) visit(child);
      return;
    }
    if (isBodyText(part)) {
      const plain = part.type.value === 'text/plain';
      if (plain && text === null) {
        text = partText(part);
        return;
      }
      if (!plain && html === null) {
        html = partText(part);
        return;
      }
      // Another inline text part: an alternative already chosen, or more text shown in the body.
      if (part.parentSubtype === 'alternative') return;
      if (plain) {
        text += `\n${partText(part)}`;
        return;
      }
    }
    const contentId = firstHeader(part.fields, 'content-id')?.replace(/^\s*<|>\s*$/g, '') || null;
    const isMessage = part.type.value === 'message/rfc822';
    const subject = isMessage && !fileName(part) ? innerSubject(part) : null;
    attachments.push({
      filename: fileName(part) ?? (isMessage ? `${subject ?? 'noname'}.eml` : 'noname'),
      mimeType: part.type.value,
      inline:
        contentId !== null &&
        (part.disposition.value === 'inline' ||
          (part.disposition.value === '' && part.parentSubtype === 'related')),
      contentId,
      content: content(part),
    });
  };
  visit(root);
  return { text, html, attachments };
}
