// The merge fields a template can use, in one place: lint checks against it, rendering builds its
// scope from the same names, and the editor's "Insert field" picker lists it, each field with the
// fallback that fits it.

import type { MessageId } from '../i18n';

/** Fields every person (sender, each recipient) has. */
export const PERSON_FIELDS = ['first_name', 'last_name', 'name', 'email', 'domain'] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

/**
 * What a template does when a field is empty for a message. A field with no fallback always has a
 * value (the sender's address, the date, your address); for the others:
 * - `text`: a default that reads well in its place (`| default: "there"` for a greeting name);
 * - `sibling`: a default from the same person's address (`| default: p.email`, for names in a list);
 * - `if`: no default reads well (a last name, a Cc that may not be there, your name before you set
 *   it), so the text around it goes inside `{% if %}`; `why` says when it is empty.
 */
export type Fallback =
  | { kind: 'text'; value: string }
  | { kind: 'sibling'; field: PersonField }
  | { kind: 'if'; why: MessageId };

export interface FieldInfo {
  /** As written in a template: `sender.first_name`; `to[].name` is a field of each item of `to`. */
  path: string;
  /** What the user is shown, in the insert-field picker and when asked for a missing value. */
  label: string;
  /** True when the field can be empty for some message, so it needs a `default` or a guard. */
  mayBeEmpty: boolean;
  /** How to cope with it being empty; absent exactly when `mayBeEmpty` is false. */
  fallback?: Fallback;
}

// The notes are message ids: lint shows them in the user's language (src/i18n/en/lint.ts).
const SOME_MESSAGES = 'lint.field.why.someMessages';
const NO_CC = 'lint.field.why.noCc';
const NO_NAME = 'lint.field.why.noName';

const field = (path: string, label: string, fallback?: Fallback): FieldInfo =>
  fallback ? { path, label, mayBeEmpty: true, fallback } : { path, label, mayBeEmpty: false };

/**
 * One person's fields. `kind` says who: the one sender or first recipient (greeted by name, so
 * "there" stands in), each person of a list (named, so their address stands in), or the first Cc
 * (who may not exist at all, so only an `{% if %}` fits).
 */
function person(root: string, who: string, kind: 'one' | 'each' | 'maybe'): FieldInfo[] {
  return PERSON_FIELDS.map((f) => {
    const path = `${root}.${f}`;
    const label = `${who} ${f.replace('_', ' ')}`;
    if (kind === 'maybe') return field(path, label, { kind: 'if', why: NO_CC });
    if (f === 'email' || f === 'domain') return field(path, label);
    if (f === 'last_name') return field(path, label, { kind: 'if', why: SOME_MESSAGES });
    return field(
      path,
      label,
      kind === 'one' ? { kind: 'text', value: 'there' } : { kind: 'sibling', field: 'email' },
    );
  });
}

/** Every field a template may use, in the order the picker lists them. */
export const MERGE_FIELDS: readonly FieldInfo[] = [
  ...person('sender', "Sender's", 'one'),
  ...person('to', "First recipient's", 'one'),
  ...person('to[]', "Each recipient's", 'each'),
  ...person('cc', "First Cc recipient's", 'maybe'),
  ...person('cc[]', "Each Cc recipient's", 'each'),
  field('to', 'Recipients (names joined; loop with {% for p in to %})'),
  field('cc', 'Cc recipients (names joined; loop with {% for p in cc %})', { kind: 'if', why: NO_CC }),
  // A reply keeps the thread's subject; a message without one is rare, and then the fill-in asks.
  field('subject', 'Subject, without Re:/Fwd:'),
  field('date', "The message's date"),
  field('today', "Today's date"),
  field('me.name', 'Your name', { kind: 'if', why: NO_NAME }),
  field('me.first_name', 'Your first name', { kind: 'if', why: NO_NAME }),
  field('me.email', 'Your email address'),
  field('thread.count', 'Messages in the thread'),
];

const BY_PATH = new Map(MERGE_FIELDS.map((f) => [f.path, f]));

/** The field a path names, or undefined when the schema has no such field. */
export function findField(path: string): FieldInfo | undefined {
  return BY_PATH.get(path);
}

/**
 * The output for `written` (a path as the template writes it, `p.name` in a loop) with the fallback
 * its field needs: `{{ sender.first_name | default: "there" }}`, `{{ p.name | default: p.email }}`,
 * `{% if me.first_name %}{{ me.first_name }}{% endif %}`, or `{{ subject }}` for a field that is
 * always there.
 */
export function withFallback(written: string, info: FieldInfo | undefined): string {
  const fallback = info?.fallback;
  if (!fallback) return `{{ ${written} }}`;
  switch (fallback.kind) {
    case 'text':
      return `{{ ${written} | default: ${JSON.stringify(fallback.value)} }}`;
    case 'sibling':
      return `{{ ${written} | default: ${written.replace(/[^.]+$/, fallback.field)} }}`;
    case 'if':
      return `{% if ${written} %}{{ ${written} }}{% endif %}`;
  }
}

/** What "Insert field" adds for a field of MERGE_FIELDS (its path as written, with its fallback). */
export function insertionFor(path: string): string {
  return withFallback(path, findField(path));
}

/** Roots whose value is a list of people (loopable, with `size`, `first`, `last`). */
export const LIST_ROOTS = ['to', 'cc'] as const;
export const LIST_PROPERTIES = ['size', 'first', 'last'] as const;

/** Top-level names of the scope. */
export const ROOTS = ['sender', 'to', 'cc', 'subject', 'date', 'today', 'me', 'thread'] as const;
