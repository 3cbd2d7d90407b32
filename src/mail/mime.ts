// Reads what the snapshot needs from a message's raw source (GmailMessage.getRawContent): the top-level
// header fields, unfolded and undecoded, and the Content-ID and disposition of each attachment part.
// One getRawContent call replaces a dozen getter round trips; bodies still come from Gmail's decoders.

export interface HeaderField {
  name: string;
  value: string;
}

/** The header block before the first empty line, unfolded (RFC 5322 §2.2.3), values trimmed. */
export function parseHeaderBlock(raw: string): HeaderField[] {
  const end = headerEnd(raw);
  const fields: HeaderField[] = [];
  for (const line of raw.slice(0, end).split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && fields.length > 0) {
      const last = fields[fields.length - 1]!;
      last.value += ` ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    // A line without a colon is malformed: skipped, as Gmail does, rather than ending the header.
    if (colon <= 0) continue;
    fields.push({ name: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() });
  }
  return fields;
}

function headerEnd(raw: string): number {
  const m = /\r?\n\r?\n/.exec(raw);
  return m ? m.index : raw.length;
}

/** The first field of that name (case-insensitive), '' when absent. */
export function headerValue(fields: HeaderField[], name: string): string {
  const lower = name.toLowerCase();
  return fields.find((f) => f.name.toLowerCase() === lower)?.value ?? '';
}

/** A parameter of a structured header (`boundary`, `filename`, `name`), unquoted. */
export function headerParam(value: string, param: string): string {
  const re = new RegExp(`(?:^|;)\\s*${param}\\*?\\s*=\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|([^;\\s]*))`, 'i');
  const m = re.exec(value);
  return m ? (m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1') : '';
}

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

/** Leaf parts that Gmail lists as attachments (everything but unnamed inline text), in MIME order. */
export function attachmentParts(raw: string): MimePartInfo[] {
  const out: MimePartInfo[] = [];
  walk(raw, 0, out);
  return out;
}

function walk(entity: string, depth: number, out: MimePartInfo[]): void {
  const fields = parseHeaderBlock(entity);
  const type = headerValue(fields, 'Content-Type');
  const mediaType = (type.split(';')[0] ?? '').trim().toLowerCase() || 'text/plain';
  if (mediaType.startsWith('multipart/') && depth < MAX_DEPTH) {
    const boundary = headerParam(type, 'boundary');
    if (!boundary) return;
    const bodyStart = headerEnd(entity);
    for (const part of splitParts(entity.slice(bodyStart), boundary)) walk(part, depth + 1, out);
    return;
  }
  const encoding = headerValue(fields, 'Content-Transfer-Encoding').toLowerCase();
  const dispositionHeader = headerValue(fields, 'Content-Disposition');
  const disposition = (dispositionHeader.split(';')[0] ?? '').trim().toLowerCase();
  const filename = headerParam(dispositionHeader, 'filename') || headerParam(type, 'name');
  const contentId = headerValue(fields, 'Content-ID').replace(/^<|>$/g, '');
  // Unnamed inline text is body; Gmail lists every other leaf as an attachment (an unnamed one as "noname").
  const isBody = mediaType.startsWith('text/') && !filename && disposition !== 'attachment';
  if (isBody) return;
  out.push({ contentType: mediaType, disposition, filename, contentId, size: bodySize(entity, encoding) });
}

function splitParts(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const parts: string[] = [];
  let current: string[] | null = null;
  for (const line of body.split(/\r?\n/)) {
    if (line.startsWith(delimiter)) {
      if (current) parts.push(current.join('\r\n'));
      if (line.startsWith(`${delimiter}--`)) return parts;
      current = [];
    } else if (current) {
      current.push(line);
    }
  }
  if (current) parts.push(current.join('\r\n'));
  return parts;
}

function bodySize(entity: string, encoding: string): number {
  const m = /\r?\n\r?\n/.exec(entity);
  const body = m ? entity.slice(m.index + m[0].length) : '';
  if (encoding !== 'base64') return body.length;
  let chars = 0;
  let padding = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 61)
      padding++; // '='
    else if (c > 32) chars++;
  }
  return Math.floor(((chars + padding) * 3) / 4) - padding;
}
