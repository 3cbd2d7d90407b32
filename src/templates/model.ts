// What a valid template is, and the JSON format the library is exported and imported in.
// Names and bodies are kept exactly as typed (markup included): they are escaped where shown.

import { parseAddresses } from '../mail/address';
import { utf8Length } from '../mail/size';
import type { ReplyMode } from '../mail/types';
import type { Template } from './types';

/** A template as the user edits it; the store adds id and times. */
export type TemplateInput = Omit<Template, 'id' | 'createdAt' | 'updatedAt'>;

export const MODEL_LIMITS = {
  nameChars: 100,
  /**
   * 64 KB of UTF-8. A body this size is accepted: it renders well within the render limits, the store
   * chunks it over several 9 KB values, and its text and HTML parts together stay inside Gmail's 200 KB
   * per message (mail/bodyLimit.ts) with room for a quote. Anything larger is refused with its size.
   */
  bodyBytes: 64 * 1024,
  subjectChars: 250,
  tags: 10,
  tagChars: 30,
  addresses: 50,
  /**
   * An import can't be larger than what could ever be stored: the user property store holds 500 KB
   * in all, and settings, the index and chunk overhead need the rest.
   */
  importBytes: 450 * 1024,
};

export const REPLY_MODES: readonly ReplyMode[] = ['reply', 'reply-all', 'reply-list'];
export const EXPORT_FORMAT = 'threadsmith-templates';
export const EXPORT_VERSION = 1;

export { utf8Length } from '../mail/size';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;

/** Why a body is too large to keep, or null when it fits. */
export function bodySizeError(body: string): string | null {
  const size = utf8Length(body);
  return size > MODEL_LIMITS.bodyBytes
    ? `The body is ${kb(size)}; a template can be at most ${kb(MODEL_LIMITS.bodyBytes)}`
    : null;
}

const chars = (s: string) => [...s].length;
// Control characters other than tab and line breaks never belong in what a user typed.
const CONTROL = {
  test: (s: string): boolean =>
    [...s].some((ch) => {
      const c = ch.charCodeAt(0);
      return (c < 0x20 && ch !== '\t' && ch !== '\n' && ch !== '\r') || c === 0x7f;
    }),
};

export type Validation<T> = { ok: true; value: T } | { ok: false; errors: string[] };

function readAddresses(raw: unknown, label: string, errors: string[]): string {
  if (raw === undefined || raw === null) return '';
  const text = Array.isArray(raw) && raw.every((a) => typeof a === 'string') ? raw.join(', ') : raw;
  if (typeof text !== 'string') {
    errors.push(`${label} must be text`);
    return '';
  }
  const trimmed = text.trim();
  const { addresses: list, invalid } = parseAddresses(trimmed);
  // A template's address must have a domain with a dot: a bare local part is a typo, not a mailbox.
  if (invalid.length > 0 || !list.every((a) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(a.email)))
    errors.push(`${label} is not a list of email addresses: "${trimmed}"`);
  else if (list.length > MODEL_LIMITS.addresses)
    errors.push(`${label} has more than ${MODEL_LIMITS.addresses} addresses`);
  return trimmed;
}

function readTags(raw: unknown, errors: string[]): string[] {
  if (raw === undefined || raw === null) return [];
  const list = typeof raw === 'string' ? raw.split(',') : raw;
  if (!Array.isArray(list) || !list.every((t) => typeof t === 'string')) {
    errors.push('Tags must be a list of words');
    return [];
  }
  const tags = [...new Set(list.map((t) => t.trim().toLowerCase()).filter((t) => t !== ''))];
  for (const t of tags) {
    if (chars(t) > MODEL_LIMITS.tagChars)
      errors.push(`Tag "${t}" is longer than ${MODEL_LIMITS.tagChars} characters`);
    if (CONTROL.test(t) || /[\r\n]/.test(t)) errors.push(`Tag "${t}" has characters a tag can't have`);
  }
  if (tags.length > MODEL_LIMITS.tags) errors.push(`A template can have at most ${MODEL_LIMITS.tags} tags`);
  return tags;
}

/**
 * Checks and normalizes a template as typed in the editor or read from an import: name trimmed and
 * required, body within size, Cc/Bcc valid address lists, mode known (default "reply"), tags short,
 * lowercased and deduplicated. Name uniqueness is the library's job (see nameTaken).
 */
export function validateTemplateInput(raw: unknown): Validation<TemplateInput> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, errors: ['A template must be an object with a name and a body'] };
  }
  const r = raw as Record<string, unknown>;
  const errors: string[] = [];

  const name = typeof r.name === 'string' ? r.name.trim() : '';
  if (typeof r.name !== 'string' && r.name !== undefined) errors.push('Name must be text');
  else if (name === '') errors.push('Name is required');
  else if (chars(name) > MODEL_LIMITS.nameChars) {
    errors.push(`Name is ${chars(name)} characters; the limit is ${MODEL_LIMITS.nameChars}`);
  } else if (CONTROL.test(name) || /[\r\n]/.test(name)) errors.push('Name must be a single line of text');

  let body = '';
  if (typeof r.body !== 'string') errors.push('Body is required');
  else {
    body = r.body.replace(/\r\n?/g, '\n');
    if (body.trim() === '') errors.push('Body is empty');
    const tooBig = bodySizeError(body);
    if (tooBig) errors.push(tooBig);
    if (CONTROL.test(body)) errors.push('Body has control characters');
  }

  let subject = '';
  if (r.subject !== undefined && r.subject !== null) {
    if (typeof r.subject !== 'string') errors.push('Subject must be text');
    else {
      subject = r.subject.trim();
      if (chars(subject) > MODEL_LIMITS.subjectChars) {
        errors.push(`Subject is longer than ${MODEL_LIMITS.subjectChars} characters`);
      }
      if (/[\r\n]/.test(subject) || CONTROL.test(subject))
        errors.push('Subject must be a single line of text');
      // The subject is plain text set as typed; a merge field there would reach the draft raw.
      if (/\{\{|\{%/.test(subject))
        errors.push('Subject is plain text: merge fields ({{ … }}) work in the body only');
    }
  }

  let mode: ReplyMode = 'reply';
  if (r.mode !== undefined && r.mode !== null && r.mode !== '') {
    if (typeof r.mode === 'string' && (REPLY_MODES as readonly string[]).includes(r.mode))
      mode = r.mode as ReplyMode;
    else errors.push(`Mode must be one of ${REPLY_MODES.join(', ')}`);
  }

  const cc = readAddresses(r.cc, 'Cc', errors);
  const bcc = readAddresses(r.bcc, 'Bcc', errors);
  const tags = readTags(r.tags, errors);
  return errors.length > 0
    ? { ok: false, errors }
    : { ok: true, value: { name, body, cc, bcc, subject, mode, tags } };
}

const nameKey = (name: string) => name.trim().toLowerCase();

/** Whether another template already has this name (names are unique regardless of case). */
export function nameTaken(name: string, library: readonly Template[], exceptId?: string): boolean {
  return library.some((t) => t.id !== exceptId && nameKey(t.name) === nameKey(name));
}

/** The library as JSON to copy: name, body and settings of each template (ids and times are local). */
export function exportLibrary(templates: readonly Template[]): string {
  return JSON.stringify(
    {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      templates: templates.map(({ name, body, cc, bcc, subject, mode, tags }) => ({
        name,
        body,
        cc,
        bcc,
        subject,
        mode,
        tags,
      })),
    },
    null,
    2,
  );
}

export interface ImportError {
  /** Position of the template in the import (0-based), or -1 for the import as a whole. */
  index: number;
  message: string;
}

export type ImportResult =
  | {
      ok: true;
      /** Templates to add, in import order. */
      templates: TemplateInput[];
      /** Names already in the library with the same content: nothing to add. */
      skipped: string[];
    }
  | { ok: false; errors: ImportError[] };

const sameContent = (a: TemplateInput, b: TemplateInput) =>
  a.body === b.body &&
  a.cc === b.cc &&
  a.bcc === b.bcc &&
  a.subject === b.subject &&
  a.mode === b.mode &&
  a.tags.join(',') === b.tags.join(',');

/**
 * Reads pasted JSON (the export format, or a bare list of templates) all-or-nothing: any bad item,
 * a name used twice, or a name already in the library with different content fails the whole import
 * with every problem listed. A template identical to one in the library is skipped, so importing
 * the same export twice changes nothing.
 */
export function parseImport(json: string, existing: readonly Template[]): ImportResult {
  const whole = (message: string): ImportResult => ({ ok: false, errors: [{ index: -1, message }] });
  const size = utf8Length(json);
  if (size > MODEL_LIMITS.importBytes) {
    return whole(
      `The import is ${kb(size)}; at most ${kb(MODEL_LIMITS.importBytes)} fits in your template storage`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    return whole(`This is not valid JSON (${err instanceof Error ? err.message : 'unreadable'})`);
  }
  let items: unknown;
  if (Array.isArray(data)) items = data;
  else if (
    typeof data === 'object' &&
    data !== null &&
    Array.isArray((data as { templates?: unknown }).templates)
  ) {
    const version = (data as { version?: unknown }).version;
    if (typeof version === 'number' && version > EXPORT_VERSION) {
      return whole(
        `This export was made by a newer version of Threadsmith (format ${version}); update first`,
      );
    }
    items = (data as { templates: unknown[] }).templates;
  } else return whole('Expected an export: {"version": 1, "templates": [...]}, or a list of templates');
  const list = items as unknown[];
  if (list.length === 0) return whole('The import has no templates');

  const errors: ImportError[] = [];
  const templates: TemplateInput[] = [];
  const skipped: string[] = [];
  const seen = new Map<string, number>();
  list.forEach((item, index) => {
    const v = validateTemplateInput(item);
    if (!v.ok) {
      const label =
        typeof (item as { name?: unknown })?.name === 'string'
          ? ` ("${(item as { name: string }).name}")`
          : '';
      for (const message of v.errors)
        errors.push({ index, message: `Template ${index + 1}${label}: ${message}` });
      return;
    }
    const key = nameKey(v.value.name);
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push({
        index,
        message: `Template ${index + 1}: the name "${v.value.name}" is also used by template ${first + 1} of the import`,
      });
      return;
    }
    seen.set(key, index);
    const clash = existing.find((t) => nameKey(t.name) === key);
    if (clash && sameContent(clash, v.value)) skipped.push(clash.name);
    else if (clash) {
      errors.push({
        index,
        message: `Template ${index + 1}: you already have a template named "${clash.name}" with different content; rename one of them`,
      });
    } else templates.push(v.value);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, templates, skipped };
}
