// What a change checks of the templates it writes, before it plans a single write: valid fields,
// names free of clashes (ignoring case), the next revision, a copy's name. Pure: a snapshot and
// templates in, a value or a thrown UserError out.

import { nameKey } from '../templates/model';
import type { Template } from '../templates/types';
import { DuplicateNameError, InvalidTemplateError } from './errors';
import type { StoreSnapshot } from './library';
import { templateProblems } from './schema';

/** What the user edits; the store assigns id (for new templates) and the times. */
export type TemplateInput = Omit<Template, 'id' | 'createdAt' | 'updatedAt'> & { id?: string };

/** A starter template: its id (which must start with STARTER_ID_PREFIX) is kept, so deletions stick. */
export type StarterTemplate = Omit<Template, 'createdAt' | 'updatedAt'>;

export function fromInput(input: TemplateInput, id: string, createdAt: number, updatedAt: number): Template {
  return {
    id,
    name: typeof input.name === 'string' ? input.name.trim() : input.name,
    body: input.body,
    cc: input.cc,
    bcc: input.bcc,
    subject: input.subject,
    mode: input.mode,
    tags: Array.isArray(input.tags) ? [...input.tags] : input.tags,
    createdAt,
    updatedAt,
  };
}

export function checkValid(templates: Template[]): void {
  const problems: string[] = [];
  templates.forEach((t, i) => {
    const found = templateProblems(t);
    if (found.length === 0) return;
    const label =
      templates.length > 1
        ? `item ${i + 1}${typeof t.name === 'string' && t.name ? ` (“${t.name}”)` : ''}: `
        : '';
    problems.push(`${label}${found.join(', ')}`);
  });
  if (problems.length) throw new InvalidTemplateError(problems);
}

/** Names must be unique, ignoring case, against the library (other ids) and within `templates`. */
export function checkNamesFree(snap: StoreSnapshot, templates: Template[]): void {
  const own = new Set(templates.map((t) => t.id));
  const taken = new Map<string, string>();
  for (const t of snap.templates) if (!own.has(t.id)) taken.set(nameKey(t.name), t.name);
  const clashes: string[] = [];
  for (const t of templates) {
    const key = nameKey(t.name);
    if (taken.has(key)) clashes.push(t.name);
    else taken.set(key, t.name);
  }
  if (clashes.length) throw new DuplicateNameError([...new Set(clashes)]);
}

/** Above every revision seen for the id, in heads and parts, so new part keys never collide with old ones. */
export function nextRevision(snap: StoreSnapshot, id: string): number {
  return (snap.maxRevision.get(id) ?? 0) + 1;
}

export function copyName(name: string, taken: Set<string>): string {
  const base = name.replace(/ \(copy(?: \d+)?\)$/, '');
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${base} (copy)` : `${base} (copy ${n})`;
    if (!taken.has(nameKey(candidate))) return candidate;
  }
}
