// The team library's file format: the export format (templates/model.ts) plus a `teamLibrary` block
// with its schema and revision. Pure: text in, a parsed file or a plain-words reason out; a bad entry
// is listed and left out, never failing the rest; a write keeps the entries and keys it does not know.
import { checkTemplateInput, EXPORT_FORMAT, EXPORT_VERSION, type TemplateInput } from '../templates/model';
import { TEAM_ID_PREFIX } from '../templates/teamId';
import type { StoredTemplate } from './schema';

export const TEAM_SCHEMA = 1;
/** A team library file larger than this is refused unread (a 200-template library is about 150 KB). */
export const TEAM_LIMIT_BYTES = 1024 * 1024;

export interface ParsedTeamFile {
  root: Record<string, unknown>;
  name: string;
  revision: number;
  /** Every entry as it is in the file, good or bad: a write keeps the ones it does not change. */
  entries: unknown[];
  /** The entries that can be used, with their index in `entries`. */
  templates: { index: number; template: StoredTemplate & { updatedBy: string } }[];
  problems: string[];
}

const ENTRY_ID = /^team_[A-Za-z0-9_-]{1,58}$/;

/** A stable id for an entry that has none (a file written by hand): from its name. */
function idFromName(name: string): string {
  let h = 0x811c9dc5;
  for (const ch of name.trim().toLowerCase()) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${TEAM_ID_PREFIX}n${h.toString(36)}`;
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
export const count = (v: unknown, fallback: number) =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : fallback;

/** Reads a team library file; a bad entry is listed and left out, never failing the rest. */
export function parseTeamFile(
  json: string,
): { ok: true; file: ParsedTeamFile } | { ok: false; message: string } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, message: 'The file is not valid JSON, so it is not a Threadsmith team library.' };
  }
  if (!isObject(data) || !Array.isArray(data.templates)) {
    return { ok: false, message: 'The file is not a Threadsmith team library: it has no list of templates.' };
  }
  const team = isObject(data.teamLibrary) ? data.teamLibrary : {};
  if (typeof data.version === 'number' && data.version > EXPORT_VERSION) {
    return {
      ok: false,
      message: `The file was written by a newer version of Threadsmith (format ${data.version}).`,
    };
  }
  if (typeof team.schema === 'number' && team.schema > TEAM_SCHEMA) {
    return {
      ok: false,
      message: `The file was written by a newer version of Threadsmith (team library ${team.schema}).`,
    };
  }
  const entries = data.templates as unknown[];
  const problems: string[] = [];
  const templates: ParsedTeamFile['templates'] = [];
  const names = new Set<string>();
  const ids = new Set<string>();
  entries.forEach((entry, index) => {
    const checked = checkTemplateInput(entry);
    const rawName = isObject(entry) && typeof entry.name === 'string' ? entry.name.trim() : '';
    const who = rawName ? `“${rawName}”` : `Entry ${index + 1}`;
    if (!checked.ok) {
      problems.push(`${who}: ${checked.problems.map((p) => p.message).join('; ')}`);
      return;
    }
    const key = checked.value.name.toLowerCase();
    if (names.has(key)) {
      problems.push(`${who}: the name is used twice in the file; only the first is used`);
      return;
    }
    names.add(key);
    const e = entry as Record<string, unknown>;
    let id = typeof e.id === 'string' && ENTRY_ID.test(e.id) ? e.id : idFromName(checked.value.name);
    while (ids.has(id)) id = `${id}x`;
    ids.add(id);
    const updatedAt = count(e.updatedAt, 0);
    templates.push({
      index,
      template: {
        ...checked.value,
        id,
        revision: Math.max(1, count(e.revision, 1)),
        createdAt: count(e.createdAt, updatedAt),
        updatedAt,
        updatedBy: typeof e.updatedBy === 'string' ? e.updatedBy : '',
      },
    });
  });
  const name = typeof team.name === 'string' && team.name.trim() ? team.name.trim() : 'Team library';
  return {
    ok: true,
    file: { root: data, name, revision: count(team.revision, 0), entries, templates, problems },
  };
}

export function entryOf(
  t: TemplateInput,
  meta: { id: string; revision: number; createdAt: number; updatedAt: number; updatedBy: string },
) {
  const { name, body, cc, bcc, subject, mode, tags } = t;
  return { ...meta, name, body, cc, bcc, subject, mode, tags };
}

/** The file's text: the export format, so Import reads it too, with the team block and entry metadata. */
export function serializeTeamFile(
  root: Record<string, unknown>,
  name: string,
  revision: number,
  entries: unknown[],
): string {
  return JSON.stringify(
    {
      ...root,
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      teamLibrary: {
        ...(isObject(root.teamLibrary) ? root.teamLibrary : {}),
        schema: TEAM_SCHEMA,
        name,
        revision,
      },
      templates: entries,
    },
    null,
    2,
  );
}
