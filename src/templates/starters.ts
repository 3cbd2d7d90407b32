// The templates a new library starts with, in the user's language: useful as they are, and examples of
// merge fields with defaults and guards. Each passes lint without warnings and renders with every field
// filled, for any sender, subject and user (tests hold them to it). The words are in one file per locale
// (src/i18n/starters/<tag>.ts, greetings chosen per language: docs/i18n.md); this file gives them ids.
import { type StarterKey, starterSet } from '../i18n/starters';
import { en } from '../i18n/starters/en';
import type { TemplateInput } from './model';

const KEYS = Object.keys(en.templates) as StarterKey[];

/** The English starters, in library order. */
export const STARTER_TEMPLATES: readonly TemplateInput[] = KEYS.map((k) => en.templates[k]);

/**
 * A starter's id, from its English name as it always was ("starter-polite-decline"): the same in every
 * language, so a starter the user deleted is never added again whatever their locale becomes.
 */
function starterId(key: StarterKey): string {
  return `starter-${en.templates[key].name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

/** The starters to seed for a user of `locale` (its chain's first starter set), with their stable ids. */
export function starterTemplates(locale: string | undefined | null): (TemplateInput & { id: string })[] {
  const set = starterSet(locale);
  return KEYS.map((k) => ({ ...set.templates[k], tags: [...set.templates[k].tags], id: starterId(k) }));
}

/**
 * The text a new template starts with: the starters' greeting and sign-off, with a line between
 * them to write on, so the most common fields are already there with their fallbacks.
 */
export const NEW_TEMPLATE_BODY = en.newTemplateBody;

/** NEW_TEMPLATE_BODY in the user's language. */
export function newTemplateBody(locale: string | undefined | null): string {
  return starterSet(locale).newTemplateBody;
}
