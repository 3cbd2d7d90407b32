// A locale's starter templates: the same four as English (same keys, fields, mode and subject use), so a
// translator adds one file per locale and the seed picks it by the user's locale chain (./index.ts).
import type { TemplateInput } from '../../templates/model';

/** The starters, by a key that never changes: a starter's id comes from its key, not its words. */
export type StarterKey = 'acknowledge' | 'details' | 'decline' | 'followUp';

export interface StarterSet {
  /** The four starters, in the order the library lists them. */
  templates: Readonly<Record<StarterKey, TemplateInput>>;
  /** The text a new template starts with: this locale's greeting and sign-off, a line between them. */
  newTemplateBody: string;
}

/** A sign-off line, then the first of the names that is known on the next line (none when neither is). */
export function signOff(
  words: string,
  first: 'me.first_name' | 'me.name',
  then: 'me.first_name' | 'me.name',
) {
  return `${words}{% if ${first} %}\n{{ ${first} }}{% elsif ${then} %}\n{{ ${then} }}{% endif %}`;
}

/** The subject cut after twelve words, so a sentence quoting it still reads as one. */
export const SUBJECT = '{{ subject | truncatewords: 12, "…" }}';
