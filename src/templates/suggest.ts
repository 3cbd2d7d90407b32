// Orders templates for the message card: the ones that fit this message first, each with the reasons
// why in words the user can check ("used recently", "tag 'billing' matches the subject").
import type { Template } from './types';

export interface SuggestionInput {
  /** The sender's domain, lowercased ('' when unknown). */
  senderDomain: string;
  /** The subject without reply prefixes. */
  subject: string;
  /** Ids of templates the user used, most recent first. */
  recentlyUsed: string[];
}

export interface Suggestion {
  template: Template;
  /** Empty for templates that are listed but not suggested. */
  reasons: string[];
}

/** How far back "used recently" reaches. */
const RECENT = 5;
// Name words too common to say anything about a message.
const STOPWORDS = new Set(
  'about after again also from have into just more over than that their them then there they this with your reply thanks thank'.split(
    ' ',
  ),
);

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** True when every word of `phrase` appears in `text` in order (plural "s" tolerated on the last). */
function phraseIn(text: string[], phrase: string[]): boolean {
  if (phrase.length === 0) return false;
  const joined = ` ${text.join(' ')} `;
  const p = phrase.join(' ');
  return [p, `${p}s`, p.endsWith('s') ? p.slice(0, -1) : ''].some(
    (v) => v !== '' && joined.includes(` ${v} `),
  );
}

/**
 * All templates, suggested ones first. A template is suggested when it was used recently, when one
 * of its tags names a part of the sender's domain or appears in the subject, or when a distinctive
 * word of its name appears in the subject. Ties keep recency, then name order, so the list is stable.
 */
export function rankTemplates(templates: readonly Template[], input: SuggestionInput): Suggestion[] {
  const subject = words(input.subject);
  const domainLabels = input.senderDomain
    .toLowerCase()
    .split('.')
    .slice(0, -1)
    .filter((l) => l.length > 1);
  const scored = templates.map((template) => {
    const reasons: string[] = [];
    let score = 0;
    const recent = input.recentlyUsed.slice(0, RECENT).indexOf(template.id);
    if (recent >= 0) {
      score += 10 + (RECENT - recent);
      reasons.push(recent === 0 ? 'used last' : 'used recently');
    }
    for (const tag of template.tags) {
      const tagWords = words(tag);
      const domainMatch =
        tag.toLowerCase() === input.senderDomain.toLowerCase() ||
        (tagWords.length === 1 && domainLabels.includes(tagWords[0]!));
      if (domainMatch) {
        score += 6;
        reasons.push(`tag '${tag}' matches the sender's domain`);
      } else if (phraseIn(subject, tagWords)) {
        score += 4;
        reasons.push(`tag '${tag}' matches the subject`);
      }
    }
    const tagged = new Set(template.tags.flatMap(words));
    const keyword = words(template.name).find(
      (w) => w.length >= 4 && !STOPWORDS.has(w) && !tagged.has(w) && phraseIn(subject, [w]),
    );
    if (keyword) {
      score += 2;
      reasons.push(`'${keyword}' is in the subject and the name`);
    }
    return { template, reasons, score, recent: recent >= 0 ? recent : RECENT };
  });
  const key = (t: Template) => t.name.toLowerCase();
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      a.recent - b.recent ||
      (key(a.template) < key(b.template) ? -1 : key(a.template) > key(b.template) ? 1 : 0) ||
      (a.template.id < b.template.id ? -1 : a.template.id > b.template.id ? 1 : 0),
  );
  return scored.map(({ template, reasons }) => ({ template, reasons }));
}
