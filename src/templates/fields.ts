// The merge fields a template can use, in one place: lint checks against it, rendering builds its
// scope from the same names, and the "insert field" help lists it.

/** Fields every person (sender, each recipient) has. */
export const PERSON_FIELDS = ['first_name', 'last_name', 'name', 'email', 'domain'] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

export interface FieldInfo {
  /** As written in a template: `sender.first_name`; `to[].name` is a field of each item of `to`. */
  path: string;
  /** What the user is shown, in the insert-field help and when asked for a missing value. */
  label: string;
  /** True when the field can be empty for some message, so it needs a `default` or a guard. */
  mayBeEmpty: boolean;
}

const person = (root: string, who: string, namesMayBeEmpty: boolean, addressMayBeEmpty: boolean) =>
  PERSON_FIELDS.map(
    (f): FieldInfo => ({
      path: `${root}.${f}`,
      label: `${who} ${f.replace('_', ' ')}`,
      mayBeEmpty: f === 'email' || f === 'domain' ? addressMayBeEmpty : namesMayBeEmpty,
    }),
  );

/** Every field a template may use, in the order the help lists them. */
export const MERGE_FIELDS: readonly FieldInfo[] = [
  ...person('sender', "Sender's", true, false),
  ...person('to', "First recipient's", true, false),
  ...person('to[]', "Each recipient's", true, false),
  ...person('cc', "First Cc recipient's", true, true),
  ...person('cc[]', "Each Cc recipient's", true, false),
  { path: 'to', label: 'Recipients (names joined; loop with {% for p in to %})', mayBeEmpty: false },
  { path: 'cc', label: 'Cc recipients (names joined; loop with {% for p in cc %})', mayBeEmpty: true },
  { path: 'subject', label: 'Subject, without Re:/Fwd:', mayBeEmpty: true },
  { path: 'date', label: "The message's date", mayBeEmpty: false },
  { path: 'today', label: "Today's date", mayBeEmpty: false },
  { path: 'me.name', label: 'Your name', mayBeEmpty: true },
  { path: 'me.first_name', label: 'Your first name', mayBeEmpty: true },
  { path: 'me.email', label: 'Your email address', mayBeEmpty: false },
  { path: 'thread.count', label: 'Messages in the thread', mayBeEmpty: false },
];

const BY_PATH = new Map(MERGE_FIELDS.map((f) => [f.path, f]));

/** The field a path names, or undefined when the schema has no such field. */
export function findField(path: string): FieldInfo | undefined {
  return BY_PATH.get(path);
}

/** Roots whose value is a list of people (loopable, with `size`, `first`, `last`). */
export const LIST_ROOTS = ['to', 'cc'] as const;
export const LIST_PROPERTIES = ['size', 'first', 'last'] as const;

/** Top-level names of the scope. */
export const ROOTS = ['sender', 'to', 'cc', 'subject', 'date', 'today', 'me', 'thread'] as const;
