// What a valid template is, and the JSON format the library is exported and imported in.
// Names and bodies are kept exactly as typed (markup included): they are escaped where shown. The
// checks of one template's input are templateInput.ts.

import { utf8Length } from '../mail/size';
import { type JsonSpan, lineColumnAt, memberOf, offsetInString, scanJson } from './jsonSource';
import { checkTemplateInput, kb, MODEL_LIMITS, type TemplateInput } from './templateInput';
import type { Template } from './types';

export {
  bodySizeError,
  checkTemplateInput,
  type FieldProblem,
  MODEL_LIMITS,
  type ProblemCode,
  REPLY_MODES,
  type TemplateField,
  type TemplateInput,
  type Validation,
  validateTemplateInput,
} from './templateInput';

export const EXPORT_FORMAT = 'threadsmith-templates';
export const EXPORT_VERSION = 1;

export { utf8Length } from '../mail/size';

/**
 * Name comparison for uniqueness: case, surrounding space and Unicode composition don't count (NFC, so
 * "Café" typed precomposed or with a combining accent is one name). The one key the store uses too.
 */
export function nameKey(name: string): string {
  return name.trim().normalize('NFC').toLowerCase();
}

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
