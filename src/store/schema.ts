// The stored format of templates: keys, the record shapes of each schema version, validation of a
// value read back, and the v1 → v2 upgrade of one record.
//
// v1 (Threadsmith 0.x): no version key; one value per template under `tpl:<id>`, the whole template
//    as JSON with `tags` as a comma-separated string; templates had to fit one value.
// v2: `store:schema` = "2"; `tags` is an array; every record carries a revision (`rev`) for conflict
//    detection; a body too large for one value moves to part values `tpl:<id>@<rev>#<k>` (k = 1…parts)
//    and the record (the "head") then holds `parts` and the body's `length` instead of `body`.
//    The head is the template's index entry and its commit point: a reader follows it, so parts
//    written under a new revision are invisible until the head that names them is written.
import type { ReplyMode } from '../mail/types';
import type { Template } from '../templates/types';
import { entryBytes, utf8Bytes } from './bytes';
import { splitByBytes, wellFormed } from './chunks';
import { TemplateTooLargeError } from './errors';

export const SCHEMA_KEY = 'store:schema';
export const CURRENT_SCHEMA = 2;
export const SETTINGS_KEY = 'settings:v1';
export const TEMPLATE_PREFIX = 'tpl:';
/**
 * `used:<id>` = the time (ms) the template was last used: one key per template, so recording a use is
 * one plain write with no lock and no read (a read-modify-write of the settings needed both). Listed in
 * loadLibrary's recent order; records of deleted templates, and those too old to be listed, are
 * removed by the next locked change.
 */
export const USED_PREFIX = 'used:';
export const usedKey = (id: string) => `${USED_PREFIX}${id}`;

/**
 * Largest value (key + value, UTF-8) the store writes: 216 bytes below the documented 9 KB, so a
 * platform that counts a little more than we do (separators, say) still accepts it.
 */
export const VALUE_BUDGET = 9000;

const ID = '[A-Za-z0-9_-]{1,64}';
const HEAD_KEY = new RegExp(`^tpl:(${ID})$`);
const PART_KEY = new RegExp(`^tpl:(${ID})@(\\d{1,9})#(\\d{1,6})$`);
export const ID_PATTERN = new RegExp(`^${ID}$`);

export type ParsedKey =
  | { kind: 'head'; id: string }
  | { kind: 'part'; id: string; rev: number; index: number }
  | { kind: 'unknown'; id: string };

/** Classifies a key under TEMPLATE_PREFIX (callers check the prefix). */
export function parseTemplateKey(key: string): ParsedKey {
  const head = HEAD_KEY.exec(key);
  if (head) return { kind: 'head', id: head[1]! };
  const part = PART_KEY.exec(key);
  if (part) return { kind: 'part', id: part[1]!, rev: Number(part[2]), index: Number(part[3]) };
  return { kind: 'unknown', id: key.slice(TEMPLATE_PREFIX.length) };
}

export const headKey = (id: string) => `${TEMPLATE_PREFIX}${id}`;
export const partKey = (id: string, rev: number, index: number) => `${TEMPLATE_PREFIX}${id}@${rev}#${index}`;

/** A template as the library hands it out: with the revision a later save must name. */
export interface StoredTemplate extends Template {
  revision: number;
}

/** The v2 head record. `body` is present when `parts` is 0; `length` when it is not. */
export interface Head {
  id: string;
  name: string;
  cc: string;
  bcc: string;
  subject: string;
  mode: ReplyMode;
  tags: string[];
  createdAt: number;
  updatedAt: number;
  rev: number;
  parts: number;
  length?: number;
  body?: string;
}

const MODES: readonly string[] = ['reply', 'reply-all', 'reply-list'] satisfies ReplyMode[];

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isCount = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isTime = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

/** Problems with the fields every version shares (all but tags and the v2 bookkeeping). */
function commonProblems(value: Json): string[] {
  const problems: string[] = [];
  if (typeof value.id !== 'string' || !ID_PATTERN.test(value.id))
    problems.push('the id is missing or malformed');
  if (typeof value.name !== 'string' || value.name.trim() === '') problems.push('the name is missing');
  for (const field of ['cc', 'bcc', 'subject'] as const) {
    if (typeof value[field] !== 'string') problems.push(`“${field}” is not text`);
  }
  if (typeof value.mode !== 'string' || !MODES.includes(value.mode))
    problems.push('the reply mode is unknown');
  if (!isTime(value.createdAt)) problems.push('the creation time is not a number');
  if (!isTime(value.updatedAt)) problems.push('the update time is not a number');
  return problems;
}

const tagsProblems = (tags: unknown) =>
  Array.isArray(tags) && tags.every((t) => typeof t === 'string') ? [] : ['the tags are not a list of text'];

/** Shape problems of a parsed v2 head; [] when it is well formed. */
export function headProblems(value: unknown): string[] {
  if (!isObject(value)) return ['the record is not an object'];
  const problems = [...commonProblems(value), ...tagsProblems(value.tags)];
  if (!isCount(value.rev)) problems.push('the revision is not a whole number');
  if (!isCount(value.parts)) problems.push('the part count is not a whole number');
  else if (value.parts === 0 && typeof value.body !== 'string') problems.push('the body is missing');
  else if ((value.parts as number) > 0 && !isCount(value.length)) problems.push('the body length is missing');
  return problems;
}

/** A record without `rev` whose tags are text is a v1 record. */
export function isV1Shaped(value: unknown): boolean {
  return isObject(value) && !('rev' in value) && typeof value.tags === 'string';
}

export function v1Problems(value: unknown): string[] {
  if (!isObject(value)) return ['the record is not an object'];
  const problems = commonProblems(value);
  if (typeof value.body !== 'string') problems.push('the body is missing');
  return problems;
}

/** "a, b,,B " → ["a", "b"]: v1 kept tags as typed; v2 keeps a clean list (case-insensitive unique). */
export function splitV1Tags(tags: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags.split(',')) {
    const tag = raw.trim();
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      out.push(tag);
    }
  }
  return out;
}

/** A well-formed v1 record as a template at revision 0 (the revision it keeps when migrated). */
export function upgradeV1(value: Json): StoredTemplate {
  return {
    id: value.id as string,
    name: value.name as string,
    body: value.body as string,
    cc: value.cc as string,
    bcc: value.bcc as string,
    subject: value.subject as string,
    mode: value.mode as ReplyMode,
    tags: splitV1Tags(value.tags as string),
    createdAt: value.createdAt as number,
    updatedAt: value.updatedAt as number,
    revision: 0,
  };
}

/** The template a valid head describes, given its assembled body. */
export function templateFromHead(head: Head, body: string): StoredTemplate {
  return {
    id: head.id,
    name: head.name,
    body,
    cc: head.cc,
    bcc: head.bcc,
    subject: head.subject,
    mode: head.mode,
    tags: head.tags,
    createdAt: head.createdAt,
    updatedAt: head.updatedAt,
    revision: head.rev,
  };
}

/** Problems of a template about to be written (same rules as on read, so what we write reads back). */
export function templateProblems(t: Template): string[] {
  const problems = commonProblems(t as unknown as Json);
  if (typeof t.body !== 'string') problems.push('the body is missing');
  return [...problems, ...tagsProblems(t.tags)];
}

/**
 * The head's JSON with the body last, so the raw text of a damaged record shows the short fields
 * first.
 */
export function serializeHead(head: Head): string {
  const { body, ...meta } = head;
  return JSON.stringify(body === undefined ? meta : { ...meta, body });
}

/** A template as the values to write: its head, and its parts when the body does not fit the head. */
export interface EncodedTemplate {
  head: string;
  parts: Record<string, string>;
  /** The template as it will read back (body made well-formed). */
  template: StoredTemplate;
}

/**
 * Encodes a template at revision `rev`. Inline when the whole record fits one value; otherwise the
 * body goes to parts under this revision's keys, so the previous revision's parts stay untouched.
 * Throws TemplateTooLargeError when even the record without its body does not fit one value.
 */
export function encodeTemplate(t: Template, rev: number): EncodedTemplate {
  const body = wellFormed(t.body);
  const base: Head = {
    id: t.id,
    name: t.name,
    cc: t.cc,
    bcc: t.bcc,
    subject: t.subject,
    mode: t.mode,
    tags: [...t.tags],
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
    rev,
    parts: 0,
  };
  const template: StoredTemplate = { ...t, tags: [...t.tags], body, revision: rev };
  const key = headKey(t.id);
  const inline = serializeHead({ ...base, body });
  if (entryBytes(key, inline) <= VALUE_BUDGET) return { head: inline, parts: {}, template };
  // Budget each part for the longest key a part of this template can have.
  const pieces = splitByBytes(body, VALUE_BUDGET - utf8Bytes(partKey(t.id, rev, 999999)));
  const head = serializeHead({ ...base, parts: pieces.length, length: body.length });
  if (entryBytes(key, head) > VALUE_BUDGET)
    throw new TemplateTooLargeError(entryBytes(key, head), VALUE_BUDGET);
  const parts: Record<string, string> = {};
  pieces.forEach((piece, i) => {
    parts[partKey(t.id, rev, i + 1)] = piece;
  });
  return { head, parts, template };
}
