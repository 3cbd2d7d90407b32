// What a valid template input is: the checks of one template as typed in the editor or read from an
// import, each problem with the input it is about and a code the cards show in the user's language
// (the catalogue's `editor.problem.<code>`); its English message stays for imports, logs and tests.

import { parseAddresses } from '../mail/address';
import { formatKB, utf8Length } from '../mail/size';
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
/** "1.5 KB", as the limits are stated in the problems. */
/** "12.5 KB", "12 KB": the template limits' figures (mail/size.ts formatKB owns the format). */
export const kb = (bytes: number) => formatKB(bytes, 1, { trimZero: true });

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

/** Why an input is refused, as the catalogue's `editor.problem.<code>` names it. */
export type ProblemCode =
  | 'notObject'
  | 'nameNotText'
  | 'nameRequired'
  | 'nameTooLong'
  | 'nameOneLine'
  | 'bodyRequired'
  | 'bodyEmpty'
  | 'bodyTooBig'
  | 'bodyControl'
  | 'subjectNotText'
  | 'subjectTooLong'
  | 'subjectOneLine'
  | 'subjectFields'
  | 'modeUnknown'
  | 'addressesNotText'
  | 'addressesInvalid'
  | 'addressesTooMany'
  | 'tagsNotList'
  | 'tagTooLong'
  | 'tagCharacters'
  | 'tooManyTags';

export interface FieldProblem {
  field: TemplateField;
  /** In English (imports, logs); a card shows `code` with `params` in the user's language. */
  message: string;
  code: ProblemCode;
  params: Record<string, string | number>;
}

type Report = (
  field: TemplateField,
  code: ProblemCode,
  message: string,
  params?: FieldProblem['params'],
) => void;

function readAddresses(raw: unknown, label: 'Cc' | 'Bcc', report: Report): string {
  const field = label === 'Cc' ? 'cc' : 'bcc';
  const errors = {
    push: (code: ProblemCode, message: string, params: FieldProblem['params'] = {}) =>
      report(field, code, message, { label, ...params }),
  };
  if (raw === undefined || raw === null) return '';
  const text = Array.isArray(raw) && raw.every((a) => typeof a === 'string') ? raw.join(', ') : raw;
  if (typeof text !== 'string') {
    errors.push('addressesNotText', `${label} must be text`);
    return '';
  }
  const trimmed = text.trim();
  const { addresses: list, invalid } = parseAddresses(trimmed);
  // A template's address must have a domain with a dot: a bare local part is a typo, not a mailbox.
  if (invalid.length > 0 || !list.every((a) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(a.email)))
    errors.push('addressesInvalid', `${label} is not a list of email addresses: "${trimmed}"`, {
      addresses: trimmed,
    });
  else if (list.length > MODEL_LIMITS.addresses)
    errors.push('addressesTooMany', `${label} has more than ${MODEL_LIMITS.addresses} addresses`, {
      max: MODEL_LIMITS.addresses,
    });
  return trimmed;
}

function readTags(raw: unknown, report: Report): string[] {
  const errors = {
    push: (code: ProblemCode, message: string, params?: FieldProblem['params']) =>
      report('tags', code, message, params),
  };
  if (raw === undefined || raw === null) return [];
  const list = typeof raw === 'string' ? raw.split(',') : raw;
  if (!Array.isArray(list) || !list.every((t) => typeof t === 'string')) {
    errors.push('tagsNotList', 'Tags must be a list of words');
    return [];
  }
  const tags = [...new Set(list.map((t) => t.trim().toLowerCase()).filter((t) => t !== ''))];
  for (const t of tags) {
    if (chars(t) > MODEL_LIMITS.tagChars)
      errors.push('tagTooLong', `Tag "${t}" is longer than ${MODEL_LIMITS.tagChars} characters`, {
        tag: t,
        max: MODEL_LIMITS.tagChars,
      });
    if (CONTROL.test(t) || /[\r\n]/.test(t))
      errors.push('tagCharacters', `Tag "${t}" has characters a tag can't have`, { tag: t });
  }
  if (tags.length > MODEL_LIMITS.tags)
    errors.push('tooManyTags', `A template can have at most ${MODEL_LIMITS.tags} tags`, {
      max: MODEL_LIMITS.tags,
    });
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
      problems: [
        {
          field: 'template',
          code: 'notObject',
          message: 'A template must be an object with a name and a body',
          params: {},
        },
      ],
    };
  }
  const r = raw as Record<string, unknown>;
  const problems: FieldProblem[] = [];
  const report: Report = (field, code, message, params = {}) =>
    problems.push({ field, code, message, params });
  const at = (field: TemplateField) => ({
    push: (code: ProblemCode, message: string, params?: FieldProblem['params']) =>
      report(field, code, message, params),
  });

  const name = typeof r.name === 'string' ? r.name.trim() : '';
  if (typeof r.name !== 'string' && r.name !== undefined) at('name').push('nameNotText', 'Name must be text');
  else if (name === '') at('name').push('nameRequired', 'Name is required');
  else if (chars(name) > MODEL_LIMITS.nameChars) {
    at('name').push(
      'nameTooLong',
      `Name is ${chars(name)} characters; the limit is ${MODEL_LIMITS.nameChars}`,
      {
        count: chars(name),
        max: MODEL_LIMITS.nameChars,
      },
    );
  } else if (CONTROL.test(name) || /[\r\n]/.test(name))
    at('name').push('nameOneLine', 'Name must be a single line of text');

  let body = '';
  if (typeof r.body !== 'string') at('body').push('bodyRequired', 'Body is required');
  else {
    body = r.body.replace(/\r\n?/g, '\n');
    if (body.trim() === '') at('body').push('bodyEmpty', 'Body is empty');
    const tooBig = bodySizeError(body);
    if (tooBig)
      at('body').push('bodyTooBig', tooBig, { size: kb(utf8Length(body)), max: kb(MODEL_LIMITS.bodyBytes) });
    if (CONTROL.test(body)) at('body').push('bodyControl', 'Body has control characters');
  }

  let subject = '';
  if (r.subject !== undefined && r.subject !== null) {
    if (typeof r.subject !== 'string') at('subject').push('subjectNotText', 'Subject must be text');
    else {
      subject = r.subject.trim();
      if (chars(subject) > MODEL_LIMITS.subjectChars) {
        at('subject').push(
          'subjectTooLong',
          `Subject is longer than ${MODEL_LIMITS.subjectChars} characters`,
          {
            max: MODEL_LIMITS.subjectChars,
          },
        );
      }
      if (/[\r\n]/.test(subject) || CONTROL.test(subject))
        at('subject').push('subjectOneLine', 'Subject must be a single line of text');
      // The subject is plain text set as typed; a merge field there would reach the draft raw.
      if (/\{\{|\{%/.test(subject))
        at('subject').push(
          'subjectFields',
          'Subject is plain text: merge fields ({{ … }}) work in the body only',
          { fields: '{{ … }}' },
        );
    }
  }

  let mode: ReplyMode = 'reply';
  if (r.mode !== undefined && r.mode !== null && r.mode !== '') {
    if (typeof r.mode === 'string' && (REPLY_MODES as readonly string[]).includes(r.mode))
      mode = r.mode as ReplyMode;
    else
      at('mode').push('modeUnknown', `Mode must be one of ${REPLY_MODES.join(', ')}`, {
        modes: REPLY_MODES.join(', '),
      });
  }

  const cc = readAddresses(r.cc, 'Cc', report);
  const bcc = readAddresses(r.bcc, 'Bcc', report);
  const tags = readTags(r.tags, report);
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, value: { name, body, cc, bcc, subject, mode, tags } };
}
