// What a valid template is, and the JSON format the library is exported and imported in.
// Names and bodies are kept exactly as typed (markup included): they are escaped where shown.

import { parseAddresses } from '../mail/address';
import { utf8Length } from '../mail/size';
import type { ReplyMode } from '../mail/types';
import { type JsonSpan, lineColumnAt, memberOf, offsetInString, scanJson } from './jsonSource';
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

/** The input of the editor a problem belongs to (`template` for the template as a whole). */
export type TemplateField = 'template' | 'name' | 'body' | 'tags' | 'mode' | 'cc' | 'bcc' | 'subject';

export interface FieldProblem {
  field: TemplateField;
  message: string;
}

type Report = (field: TemplateField, message: string) => void;

function readAddresses(raw: unknown, label: 'Cc' | 'Bcc', report: Report): string {
  const field = label === 'Cc' ? 'cc' : 'bcc';
  const errors = { push: (message: string) => report(field, message) };
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

function readTags(raw: unknown, report: Report): string[] {
  const errors = { push: (message: string) => report('tags', message) };
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
  const checked = checkTemplateInput(raw);
  return checked.ok ? checked : { ok: false, errors: checked.problems.map((p) => p.message) };
}

/** validateTemplateInput, with each problem tagged with the input it is about (for the editor). */
export function checkTemplateInput(
  raw: unknown,
): { ok: true; value: TemplateInput } | { ok: false; problems: FieldProblem[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      ok: false,
      problems: [{ field: 'template', message: 'A template must be an object with a name and a body' }],
    };
  }
  const r = raw as Record<string, unknown>;
  const problems: FieldProblem[] = [];
  const report: Report = (field, message) => problems.push({ field, message });
  const at = (field: TemplateField) => ({ push: (message: string) => report(field, message) });

  const name = typeof r.name === 'string' ? r.name.trim() : '';
  if (typeof r.name !== 'string' && r.name !== undefined) at('name').push('Name must be text');
  else if (name === '') at('name').push('Name is required');
  else if (chars(name) > MODEL_LIMITS.nameChars) {
    at('name').push(`Name is ${chars(name)} characters; the limit is ${MODEL_LIMITS.nameChars}`);
  } else if (CONTROL.test(name) || /[\r\n]/.test(name)) at('name').push('Name must be a single line of text');

  let body = '';
  if (typeof r.body !== 'string') at('body').push('Body is required');
  else {
    body = r.body.replace(/\r\n?/g, '\n');
    if (body.trim() === '') at('body').push('Body is empty');
    const tooBig = bodySizeError(body);
    if (tooBig) at('body').push(tooBig);
    if (CONTROL.test(body)) at('body').push('Body has control characters');
  }

  let subject = '';
  if (r.subject !== undefined && r.subject !== null) {
    if (typeof r.subject !== 'string') at('subject').push('Subject must be text');
    else {
      subject = r.subject.trim();
      if (chars(subject) > MODEL_LIMITS.subjectChars) {
        at('subject').push(`Subject is longer than ${MODEL_LIMITS.subjectChars} characters`);
      }
      if (/[\r\n]/.test(subject) || CONTROL.test(subject))
        at('subject').push('Subject must be a single line of text');
      // The subject is plain text set as typed; a merge field there would reach the draft raw.
      if (/\{\{|\{%/.test(subject))
        at('subject').push('Subject is plain text: merge fields ({{ … }}) work in the body only');
    }
  }

  let mode: ReplyMode = 'reply';
  if (r.mode !== undefined && r.mode !== null && r.mode !== '') {
    if (typeof r.mode === 'string' && (REPLY_MODES as readonly string[]).includes(r.mode))
      mode = r.mode as ReplyMode;
    else at('mode').push(`Mode must be one of ${REPLY_MODES.join(', ')}`);
  }

  const cc = readAddresses(r.cc, 'Cc', report);
  const bcc = readAddresses(r.bcc, 'Bcc', report);
  const tags = readTags(r.tags, report);
  return problems.length > 0
    ? { ok: false, problems }
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
  /** Line of the pasted file the problem is on (its entry's first line, or the spot in its text). */
  line?: number;
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

/** A problem of a template's text at a line and column of the text (Liquid syntax, an unknown field). */
export interface BodyIssue {
  message: string;
  line: number;
  column: number;
}

export interface ImportOptions {
  /** The errors that keep a body from being used (lint's), checked for every template at once. */
  bodyErrors?: (body: string) => BodyIssue[];
}

const sameContent = (a: TemplateInput, b: TemplateInput) =>
  a.body === b.body &&
  a.cc === b.cc &&
  a.bcc === b.bcc &&
  a.subject === b.subject &&
  a.mode === b.mode &&
  a.tags.join(',') === b.tags.join(',');

/** Offset in `raw` of a (1-based) line and column of the same text with its line breaks made \n. */
function offsetOfPosition(raw: string, line: number, column: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) {
    const next = raw.slice(at).search(/\r\n?|\n/);
    if (next < 0) return raw.length;
    at += next + (raw.startsWith('\r\n', at + next) ? 2 : 1);
  }
  return Math.min(raw.length, at + column - 1);
}

/**
 * Reads pasted JSON (the export format, or a bare list of templates) all-or-nothing, and lists every
 * problem at once: each bad field of each template, a name used twice, a name already in the library
 * with different content, and (with `bodyErrors`) each template's Liquid errors, each named by the
 * template's name and the line of the pasted file it is on. A template identical to one in the
 * library is skipped, so importing the same export twice changes nothing.
 */
export function parseImport(
  json: string,
  existing: readonly Template[],
  options: ImportOptions = {},
): ImportResult {
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
  const root = scanJson(json);
  let items: unknown;
  let spans: JsonSpan[] | undefined;
  if (Array.isArray(data)) {
    items = data;
    spans = root?.items;
  } else if (
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
    spans = memberOf(root ?? undefined, 'templates')?.items;
  } else return whole('Expected an export: {"version": 1, "templates": [...]}, or a list of templates');
  const list = items as unknown[];
  if (list.length === 0) return whole('The import has no templates');

  const errors: ImportError[] = [];
  const templates: TemplateInput[] = [];
  const skipped: string[] = [];
  const seen = new Map<string, { index: number; name: string; line?: number }>();
  const lineAt = (offset: number | undefined) =>
    offset === undefined ? undefined : lineColumnAt(json, offset).line;
  list.forEach((item, index) => {
    const span = spans?.[index];
    const line = lineAt(span?.start);
    const rawName = (item as { name?: unknown } | null)?.name;
    const name = typeof rawName === 'string' ? rawName.trim() : '';
    const who = `Template ${name ? `“${name}”` : index + 1}`;
    const where = line === undefined ? `${who}` : `${who} (line ${line} of the file)`;
    const add = (message: string, at = line) => errors.push({ index, line: at, message });

    const v = checkTemplateInput(item);
    if (!v.ok) for (const p of v.problems) add(`${where}: ${p.message}`);

    // The name and the text are checked even when another field is wrong, so one round shows all.
    const nameOk = v.ok || !v.problems.some((p) => p.field === 'name' || p.field === 'template');
    if (nameOk && name) {
      const key = nameKey(name);
      const first = seen.get(key);
      if (first !== undefined) {
        add(
          `${where}: the name is also used by template “${first.name}”${first.line === undefined ? '' : ` on line ${first.line}`} of the import`,
        );
      } else {
        seen.set(key, { index, name, line });
        const clash = existing.find((t) => nameKey(t.name) === key);
        if (clash && !(v.ok && sameContent(clash, v.value))) {
          add(
            `${where}: you already have a template named “${clash.name}” with different content; rename one of them`,
          );
        } else if (clash) skipped.push(clash.name);
        else if (v.ok) templates.push(v.value);
      }
    }

    const rawBody = (item as { body?: unknown } | null)?.body;
    const bodyOk = v.ok || !v.problems.some((p) => p.field === 'body' || p.field === 'template');
    if (options.bodyErrors && bodyOk && typeof rawBody === 'string') {
      const bodySpan = memberOf(span, 'body');
      for (const issue of options.bodyErrors(rawBody.replace(/\r\n?/g, '\n'))) {
        const inText = `line ${issue.line}, column ${issue.column} of its text`;
        if (bodySpan?.kind === 'string') {
          const at = offsetInString(json, bodySpan, offsetOfPosition(rawBody, issue.line, issue.column));
          const file = lineColumnAt(json, at);
          add(
            `${who} (line ${file.line}, column ${file.column} of the file; ${inText}): ${issue.message}`,
            file.line,
          );
        } else add(`${where}, ${inText}: ${issue.message}`);
      }
    }
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, templates, skipped };
}
