// The three edits of a team library file, as pure changes to the file as read under the lock: save
// one template (add, or update after a revision check), delete one, add copies. Each throws the
// UserError that tells the user what to do; the caller (TeamLibrary.change) writes the result back.
import type { TemplateInput } from '../templates/model';
import { TeamConflictError, TeamNameTakenError } from './errors';
import type { StoredTemplate } from './schema';
import { entryOf, isObject, type ParsedTeamFile } from './teamFile';

export interface EditContext {
  /** Who makes the change (their email), and when. */
  by: string;
  now: number;
  /** A new entry id not in `taken`. */
  newId: (taken: Set<string>) => string;
}

/** Saves a team template: `id` '' adds one. An update must name the revision the editor started from. */
export function saveEntry(
  file: ParsedTeamFile,
  edit: EditContext & { id: string; input: TemplateInput; expectedRevision: number },
): StoredTemplate {
  const { id, input, expectedRevision, by, now } = edit;
  const clash = file.templates.find(
    (t) => t.template.id !== id && t.template.name.toLowerCase() === input.name.toLowerCase(),
  );
  if (clash) throw new TeamNameTakenError(clash.template.name);
  if (!id) {
    const taken = new Set(file.templates.map((t) => t.template.id));
    const entry = entryOf(input, {
      id: edit.newId(taken),
      revision: 1,
      createdAt: now,
      updatedAt: now,
      updatedBy: by,
    });
    file.entries.push(entry);
    return { ...input, id: entry.id, revision: 1, createdAt: now, updatedAt: now };
  }
  const current = file.templates.find((t) => t.template.id === id);
  if (!current) throw new TeamConflictError(input.name, 'deleted');
  if (current.template.revision !== expectedRevision)
    throw new TeamConflictError(current.template.name, 'changed');
  const revision = current.template.revision + 1;
  const entry = entryOf(input, {
    id,
    revision,
    createdAt: current.template.createdAt,
    updatedAt: now,
    updatedBy: by,
  });
  // Whatever else the entry held (keys a newer version may add) is kept.
  const old = file.entries[current.index];
  file.entries[current.index] = { ...(isObject(old) ? old : {}), ...entry };
  return { ...input, id, revision, createdAt: current.template.createdAt, updatedAt: now };
}

export function deleteEntry(file: ParsedTeamFile, id: string, expectedRevision: number): void {
  const current = file.templates.find((t) => t.template.id === id);
  if (!current) return;
  if (current.template.revision !== expectedRevision)
    throw new TeamConflictError(current.template.name, 'changed');
  file.entries.splice(current.index, 1);
}

/** Adds copies of personal templates; a name the team already uses is refused, all or nothing. */
export function addEntries(file: ParsedTeamFile, templates: TemplateInput[], edit: EditContext): number {
  const taken = new Set(file.templates.map((t) => t.template.name.toLowerCase()));
  const ids = new Set(file.templates.map((t) => t.template.id));
  for (const t of templates) if (taken.has(t.name.toLowerCase())) throw new TeamNameTakenError(t.name);
  for (const t of templates) {
    const id = edit.newId(ids);
    ids.add(id);
    file.entries.push(
      entryOf(t, { id, revision: 1, createdAt: edit.now, updatedAt: edit.now, updatedBy: edit.by }),
    );
  }
  return templates.length;
}
