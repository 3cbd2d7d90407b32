// Header fields of a raw message or MIME part: the header block unfolded (RFC 5322 §2.2.3), one
// field's value, and parameters (RFC 2045 `name=value`, RFC 2231 continuations and extended values),
// decoded through the caller's one charset function. mime.ts walks the parts with these.
import type { DecodeBytes } from './charset';
import { decodeExtendedValue, decodeHeaderText, percentBytes } from './encoding';

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

interface Param {
  value: string;
  /** RFC 2231 `*`: percent-encoded, the first section opening with `charset'language'`. */
  extended: boolean;
}

/**
 * The parameters of a structured header (`type/sub; a=1; b="two"`), lower-case names, quotes and escapes
 * removed; RFC 2231 sections (`name*0*=`, `name*1=`) and extended values (`name*=`) are kept apart by
 * section so `paramText` can join them. A linear scan: no backtracking on hostile values.
 */
export function headerParams(value: string): Map<string, Map<number, Param>> {
  const params = new Map<string, Map<number, Param>>();
  let i = value.indexOf(';');
  while (i >= 0 && i < value.length) {
    i++;
    const eq = value.indexOf('=', i);
    if (eq < 0) break;
    const key = value.slice(i, eq).trim().toLowerCase();
    let j = eq + 1;
    while (value[j] === ' ' || value[j] === '\t') j++;
    let raw = '';
    if (value[j] === '"') {
      j++;
      while (j < value.length && value[j] !== '"') {
        if (value[j] === '\\' && j + 1 < value.length) j++;
        raw += value[j];
        j++;
      }
      j = value.indexOf(';', j);
    } else {
      const end = value.indexOf(';', j);
      raw = value.slice(j, end < 0 ? value.length : end).trim();
      j = end;
    }
    const m = /^([^*]+)(?:\*(\d+))?(\*)?$/.exec(key);
    if (m) {
      const name = m[1]!.trim();
      const sections = params.get(name) ?? new Map<number, Param>();
      const section = m[2] === undefined ? -1 : Number(m[2]);
      if (!sections.has(section)) sections.set(section, { value: raw, extended: m[3] === '*' });
      params.set(name, sections);
    }
    i = j;
  }
  return params;
}

/** A parameter's raw value (sections joined, nothing decoded), '' when absent: for `boundary` and the like. */
export function headerParam(value: string, param: string): string {
  const sections = headerParams(value).get(param.toLowerCase());
  if (!sections) return '';
  return (
    sections.get(-1)?.value ??
    [...sections.entries()]
      .sort((a, b) => a[0] - b[0])
      .map((e) => e[1].value)
      .join('')
  );
}

/**
 * A parameter as text: RFC 2231 sections joined and percent-decoded in their charset, or a plain value
 * with RFC 2047 encoded words (which mailers put in `name="=?utf-8?B?…?="` despite the RFC) decoded.
 * Every decode goes through `decode`; the result is cleaned like any header text.
 */
export function paramText(value: string, param: string, decode: DecodeBytes, charset8bit = ''): string {
  const sections = headerParams(value).get(param.toLowerCase());
  if (!sections) return '';
  const plain = sections.get(-1);
  if (plain && !plain.extended) return decodeHeaderText(plain.value, decode, charset8bit);
  if (plain) return decodeHeaderText(decodeExtendedValue(plain.value, decode), decode);
  const ordered = [...sections.entries()].filter((e) => e[0] >= 0).sort((a, b) => a[0] - b[0]);
  if (!ordered.some((e) => e[1].extended)) {
    return decodeHeaderText(ordered.map((e) => e[1].value).join(''), decode, charset8bit);
  }
  // The charset is named once, in the first section; later sections are bytes in it.
  const first = ordered[0]![1].value;
  const q1 = first.indexOf("'");
  const q2 = q1 < 0 ? -1 : first.indexOf("'", q1 + 1);
  const charset = ordered[0]![1].extended && q2 >= 0 ? first.slice(0, q1) || 'us-ascii' : 'utf-8';
  const bytes: number[] = [];
  ordered.forEach(([, section], n) => {
    const text = n === 0 && section.extended && q2 >= 0 ? section.value.slice(q2 + 1) : section.value;
    for (const b of section.extended ? percentBytes(text) : charBytes(text)) bytes.push(b);
  });
  return decodeHeaderText(decode(bytes, charset), decode);
}

function charBytes(text: string): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) bytes.push(text.charCodeAt(i) & 0xff);
  return bytes;
}
