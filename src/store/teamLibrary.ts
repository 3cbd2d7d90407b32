// The team library: one JSON file in Drive in the export format (plus a `teamLibrary` block with its
// schema and revision), read through a per-user cache keyed by the file's Drive version, so an action
// costs one Drive call (the advanced service's files.get) while the file is unchanged; written under the script lock after a
// per-template revision check, so two editors never overwrite each other's change unnoticed. A file
// that is not a library, a bad entry, access lost, the file trashed, Drive failing: the personal
// library is never affected, and the status says what happened in plain words.
import { UserError } from '../errors';
import type { DriveFileHandle, DriveFileState, DrivePort, DriveRole } from '../platform/drive';
import { DriveFileUnreachableError, DriveWriteRefusedError } from '../platform/drive';
import {
  checkTemplateInput,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type TemplateInput,
  utf8Length,
} from '../templates/model';
import { TEAM_ID_PREFIX } from '../templates/teamId';
import { ConflictError } from './errors';
import type { StoredTemplate } from './schema';

/** The user's link to their team library, in their user properties (read with the library, no extra call). */
export const TEAM_POINTER_KEY = 'team:v1';
export const TEAM_SCHEMA = 1;
/** A team library file larger than this is refused unread (a 200-template library is about 150 KB). */
export const TEAM_LIMIT_BYTES = 1024 * 1024;
/** CacheService holds 100 KB a value: 30,000 UTF-16 units are at most 90 KB of UTF-8. */
const CHUNK_CHARS = 30000;
const CACHE_SECONDS = 21600;

export interface TeamPointer {
  fileId: string;
  name: string;
  url: string;
  /** The file's Drive version the cache holds ('': nothing cached yet). */
  version: string;
  chunks: number;
  role: DriveRole;
}

export type TeamStatus =
  | { state: 'none' }
  | {
      state: 'ok';
      pointer: TeamPointer;
      count: number;
      /** Entries of the file that could not be used, each in plain words. */
      problems: string[];
      /** Drive did not answer: the templates shown are the cached copy. */
      stale: boolean;
    }
  | { state: 'problem'; pointer: TeamPointer; title: string; message: string; consentUrl?: string };

export interface TeamLoad {
  templates: StoredTemplate[];
  status: TeamStatus;
}

// --- the file format -----------------------------------------------------------------------------

interface ParsedTeamFile {
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

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const count = (v: unknown, fallback: number) =>
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

function entryOf(
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

// --- errors the user can act on ----------------------------------------------------------------

export class TeamConflictError extends ConflictError {
  constructor(name: string, what: 'changed' | 'deleted') {
    super(name, what);
    this.message =
      what === 'changed'
        ? `Someone else saved “${name}” in the team library after you opened it, so your edits were not saved. What you typed is still below: copy it, open the saved version and apply your change again.`
        : `Someone else deleted “${name}” from the team library after you opened it, so your edits were not saved. What you typed is still below: copy it if you want to keep it.`;
    this.name = 'TeamConflictError';
  }
}

export class TeamReadOnlyError extends UserError {
  constructor(fileName: string) {
    super(
      `You can use the team library “${fileName}”, but not change it: only people with edit access to the file in Drive can. Ask its owner for edit access, or copy the template to your own templates.`,
      'View only',
    );
    this.name = 'TeamReadOnlyError';
  }
}

export class TeamUnavailableError extends UserError {
  constructor(message: string, detail?: unknown) {
    super(message, 'Team library not available', detail);
    this.name = 'TeamUnavailableError';
  }
}

export class TeamNameTakenError extends UserError {
  constructor(name: string) {
    super(
      `The team library already has a template named “${name}”. Choose another name.`,
      'Name already used',
    );
    this.name = 'TeamNameTakenError';
  }
}

// --- the library ---------------------------------------------------------------------------------

export interface TeamDeps {
  drive: DrivePort;
  cache: {
    getAll(keys: string[]): Record<string, string>;
    putAll(values: Record<string, string>, seconds: number): void;
  };
  /** The pointer as stored (from the read the personal library made), or null. */
  pointer: () => TeamPointer | null;
  setPointer: (pointer: TeamPointer | null) => void;
  email: () => string;
  consent: () => { granted: boolean; url: string | null };
  /** Runs `fn` under the script lock, or returns 'busy'. */
  locked: <T>(fn: () => T) => T | 'busy';
  now?: () => number;
  random?: () => number;
}

/** The stored pointer, read from the user properties' value; null when absent or unreadable. */
export function readPointer(raw: string | undefined | null): TeamPointer | null {
  if (!raw) return null;
  try {
    const p = JSON.parse(raw) as Partial<TeamPointer>;
    if (typeof p.fileId !== 'string' || !p.fileId) return null;
    return {
      fileId: p.fileId,
      name: typeof p.name === 'string' ? p.name : 'Team library',
      url: typeof p.url === 'string' ? p.url : '',
      version: typeof p.version === 'string' ? p.version : '',
      chunks: count(p.chunks, 0),
      role: p.role === 'owner' || p.role === 'editor' ? p.role : 'viewer',
    };
  } catch {
    return null;
  }
}

interface CachedTeam {
  templates: StoredTemplate[];
  problems: string[];
  name: string;
}

const problemWords = {
  unreachable: (name: string) =>
    `Threadsmith can’t open the team library “${name}” any more: the file was deleted, or it is no longer shared with you. Your own templates work as before. Ask the team library’s owner to share it with you again, then open it with Threadsmith in Drive.`,
  trashed: (name: string) =>
    `The team library “${name}” is in the trash in Drive. Its templates are hidden until its owner restores it from the trash. Your own templates work as before.`,
  failed: (name: string) =>
    `Drive did not answer, so the templates of the team library “${name}” are hidden for now. Your own templates work as before; try again in a minute.`,
  consent:
    'Threadsmith needs your permission to open the team library file (it sees only files you create or open with it). Your own templates work without it.',
};

export class TeamLibrary {
  private memo?: TeamLoad;
  private readonly now: () => number;
  private readonly random: () => number;

  constructor(private readonly deps: TeamDeps) {
    this.now = deps.now ?? Date.now;
    this.random = deps.random ?? Math.random;
  }

  /** The team's templates and how the library is doing. Never throws: problems are in the status. */
  load(): TeamLoad {
    this.memo ??= this.read();
    return this.memo;
  }

  private read(): TeamLoad {
    const pointer = this.deps.pointer();
    if (!pointer) return { templates: [], status: { state: 'none' } };
    const problem = (title: string, message: string, consentUrl?: string): TeamLoad => ({
      templates: [],
      status: { state: 'problem', pointer, title, message, ...(consentUrl ? { consentUrl } : {}) },
    });
    let state: DriveFileState;
    try {
      state = this.deps.drive.state(pointer.fileId);
    } catch (error) {
      if (error instanceof DriveFileUnreachableError) {
        const consent = this.safeConsent();
        if (!consent.granted)
          return problem('Permission needed', problemWords.consent, consent.url ?? undefined);
        return problem('Team library not available', problemWords.unreachable(pointer.name));
      }
      console.warn(`Team library not read: ${String(error)}`);
      const cached = this.cached(pointer, pointer.version);
      if (cached) return this.ok(pointer, cached, true);
      return problem('Team library not available', problemWords.failed(pointer.name));
    }
    // The same call tells the user's role: a change of access in Drive shows at the next action.
    const current =
      state.role === pointer.role ? pointer : this.keepPointer({ ...pointer, role: state.role });
    const cached = state.version === current.version ? this.cached(current, state.version) : null;
    if (cached) return this.ok(current, cached, false);
    if (state.trashed) return problem('Team library in the trash', problemWords.trashed(pointer.name));
    if (state.size > TEAM_LIMIT_BYTES) {
      return problem(
        'Team library file too large',
        `The team library file is ${(state.size / 1024 / 1024).toFixed(1)} MB; Threadsmith reads at most 1 MB, so its templates are hidden. Nothing in the file was changed. Your own templates work as before.`,
      );
    }
    try {
      const parsed = parseTeamFile(this.deps.drive.open(pointer.fileId).content());
      if (!parsed.ok) {
        return problem(
          'Team library can’t be read',
          `${parsed.message} Its templates are hidden; nothing in the file was changed. Your own templates work as before.`,
        );
      }
      const entry: CachedTeam = {
        templates: parsed.file.templates.map((t) => t.template),
        problems: parsed.file.problems,
        name: parsed.file.name,
      };
      const next = this.remember({ ...current, name: parsed.file.name }, state.version, entry);
      return this.ok(next, entry, false);
    } catch (error) {
      if (error instanceof DriveFileUnreachableError)
        return problem('Team library not available', problemWords.unreachable(pointer.name));
      console.warn(`Team library not read: ${String(error)}`);
      return problem('Team library not available', problemWords.failed(pointer.name));
    }
  }

  private keepPointer(pointer: TeamPointer): TeamPointer {
    try {
      this.deps.setPointer(pointer);
    } catch (error) {
      console.warn(`Team library pointer not updated: ${String(error)}`);
    }
    return pointer;
  }

  private safeConsent(): { granted: boolean; url: string | null } {
    try {
      return this.deps.consent();
    } catch {
      return { granted: true, url: null };
    }
  }

  private ok(pointer: TeamPointer, team: CachedTeam, stale: boolean): TeamLoad {
    return {
      templates: team.templates,
      status: { state: 'ok', pointer, count: team.templates.length, problems: team.problems, stale },
    };
  }

  private keys(pointer: TeamPointer, version: string, chunks: number): string[] {
    const base = `team:${pointer.fileId}:v${version}`;
    return Array.from({ length: chunks }, (_, i) => `${base}:${i}`);
  }

  private cached(pointer: TeamPointer, version: string): CachedTeam | null {
    if (pointer.chunks === 0 || version === '') return null;
    const keys = this.keys(pointer, version, pointer.chunks);
    const values = this.deps.cache.getAll(keys);
    if (!keys.every((k) => typeof values[k] === 'string')) return null;
    try {
      return JSON.parse(keys.map((k) => values[k]).join('')) as CachedTeam;
    } catch {
      return null;
    }
  }

  /** Caches the parsed library under the file's version and stores the pointer that names it. */
  private remember(pointer: TeamPointer, version: string, team: CachedTeam): TeamPointer {
    const text = JSON.stringify(team);
    const chunks = Math.max(1, Math.ceil(text.length / CHUNK_CHARS));
    const keys = this.keys(pointer, version, chunks);
    const values: Record<string, string> = {};
    keys.forEach((k, i) => {
      values[k] = text.slice(i * CHUNK_CHARS, (i + 1) * CHUNK_CHARS);
    });
    if (version !== '') this.deps.cache.putAll(values, CACHE_SECONDS);
    return this.keepPointer({ ...pointer, version: version === '' ? '' : version, chunks });
  }

  // --- joining and leaving -----------------------------------------------------------------------

  /** Links the user to the file (opened with the add-on): it must read as a team library. */
  join(fileId: string): { name: string; count: number; role: DriveRole; problems: string[] } {
    let file: DriveFileHandle;
    let state: DriveFileState;
    try {
      state = this.deps.drive.state(fileId);
      file = this.deps.drive.open(fileId);
    } catch (error) {
      throw new TeamUnavailableError(
        'Threadsmith can’t open that file. Select it in Drive, open Threadsmith there and choose “Use as team library” again.',
        error,
      );
    }
    if (state.size > TEAM_LIMIT_BYTES)
      throw new TeamUnavailableError(
        'That file is larger than 1 MB, so it is not a Threadsmith team library.',
      );
    const meta = file.meta();
    const parsed = parseTeamFile(file.content());
    if (!parsed.ok) throw new TeamUnavailableError(parsed.message);
    const role = state.role;
    const pointer: TeamPointer = {
      fileId,
      name: parsed.file.name,
      url: meta.url,
      version: '',
      chunks: 0,
      role,
    };
    this.remember(pointer, state.version, {
      templates: parsed.file.templates.map((t) => t.template),
      problems: parsed.file.problems,
      name: parsed.file.name,
    });
    this.memo = undefined;
    return {
      name: parsed.file.name,
      count: parsed.file.templates.length,
      role,
      problems: parsed.file.problems,
    };
  }

  leave(): void {
    this.deps.setPointer(null);
    this.memo = undefined;
  }

  /** Creates the file from `templates` (validated by the caller) and joins it as its owner. */
  create(name: string, templates: TemplateInput[]): { name: string; count: number } {
    this.requireConsent();
    const now = this.now();
    const by = this.deps.email();
    const entries = templates.map((t) =>
      entryOf(t, { id: this.newId(new Set()), revision: 1, createdAt: now, updatedAt: now, updatedBy: by }),
    );
    const content = serializeTeamFile({}, name, 1, entries);
    const file = this.deps.drive.create(`${name} (Threadsmith team library).json`, content);
    const meta = file.meta();
    const pointer: TeamPointer = {
      fileId: meta.id,
      name,
      url: meta.url,
      version: '',
      chunks: 0,
      role: 'owner',
    };
    const parsed = parseTeamFile(content);
    this.remember(pointer, this.versionNow(meta.id), {
      templates: parsed.ok ? parsed.file.templates.map((t) => t.template) : [],
      problems: [],
      name,
    });
    this.memo = undefined;
    return { name, count: entries.length };
  }

  // --- changes -----------------------------------------------------------------------------------

  /** The file's version after this add-on wrote it ('' when Drive does not say: the next read is cold). */
  private versionNow(fileId: string): string {
    try {
      return this.deps.drive.state(fileId).version;
    } catch (error) {
      console.warn(`Team library version not read: ${String(error)}`);
      return '';
    }
  }

  private requireConsent(): void {
    const consent = this.safeConsent();
    if (!consent.granted) throw new TeamUnavailableError(problemWords.consent);
  }

  private newId(taken: Set<string>): string {
    for (;;) {
      let id = TEAM_ID_PREFIX;
      for (let i = 0; i < 12; i++) id += Math.floor(this.random() * 36).toString(36);
      if (!taken.has(id)) return id;
    }
  }

  /**
   * One change of the file: under the script lock, the file is read fresh (never from the cache), the
   * change made to what it holds now, and written back; then cached under its new time.
   */
  private change<T>(make: (file: ParsedTeamFile, by: string, now: number) => T): T {
    const pointer = this.deps.pointer();
    if (!pointer)
      throw new TeamUnavailableError('You have no team library. Create one or join one from the library.');
    this.requireConsent();
    if (pointer.role === 'viewer') throw new TeamReadOnlyError(pointer.name);
    const result = this.deps.locked(() => {
      let file: DriveFileHandle;
      try {
        file = this.deps.drive.open(pointer.fileId);
      } catch (error) {
        throw new TeamUnavailableError(problemWords.unreachable(pointer.name), error);
      }
      const parsed = parseTeamFile(file.content());
      if (!parsed.ok)
        throw new TeamUnavailableError(
          `${parsed.message} Nothing was saved, and nothing in the file was changed.`,
        );
      const by = this.deps.email();
      const value = make(parsed.file, by, this.now());
      const content = serializeTeamFile(
        parsed.file.root,
        parsed.file.name,
        parsed.file.revision + 1,
        parsed.file.entries,
      );
      if (utf8Length(content) > TEAM_LIMIT_BYTES)
        throw new TeamUnavailableError(
          'The team library would grow past 1 MB, so nothing was saved. Delete some team templates first.',
        );
      try {
        file.write(content);
      } catch (error) {
        if (error instanceof DriveWriteRefusedError) {
          this.deps.setPointer({ ...pointer, role: 'viewer' });
          throw new TeamReadOnlyError(pointer.name);
        }
        throw error;
      }
      const reread = parseTeamFile(content);
      if (reread.ok) {
        this.remember({ ...pointer, name: parsed.file.name }, this.versionNow(pointer.fileId), {
          templates: reread.file.templates.map((t) => t.template),
          problems: reread.file.problems,
          name: parsed.file.name,
        });
      }
      return value;
    });
    if (result === 'busy')
      throw new TeamUnavailableError(
        'Another save to the team library is under way. Try again in a moment; what you typed is still here.',
      );
    this.memo = undefined;
    return result;
  }

  /** Saves a team template: `id` '' adds one. An update must name the revision the editor started from. */
  saveTemplate(id: string, input: TemplateInput, expectedRevision: number): StoredTemplate {
    return this.change((file, by, now) => {
      const clash = file.templates.find(
        (t) => t.template.id !== id && t.template.name.toLowerCase() === input.name.toLowerCase(),
      );
      if (clash) throw new TeamNameTakenError(clash.template.name);
      if (!id) {
        const taken = new Set(file.templates.map((t) => t.template.id));
        const entry = entryOf(input, {
          id: this.newId(taken),
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
    });
  }

  deleteTemplate(id: string, expectedRevision: number): void {
    this.change((file) => {
      const current = file.templates.find((t) => t.template.id === id);
      if (!current) return;
      if (current.template.revision !== expectedRevision)
        throw new TeamConflictError(current.template.name, 'changed');
      file.entries.splice(current.index, 1);
    });
  }

  /** Adds copies of personal templates; a name the team already uses is refused, all or nothing. */
  addTemplates(templates: TemplateInput[]): number {
    return this.change((file, by, now) => {
      const taken = new Set(file.templates.map((t) => t.template.name.toLowerCase()));
      const ids = new Set(file.templates.map((t) => t.template.id));
      for (const t of templates) if (taken.has(t.name.toLowerCase())) throw new TeamNameTakenError(t.name);
      for (const t of templates) {
        const id = this.newId(ids);
        ids.add(id);
        file.entries.push(entryOf(t, { id, revision: 1, createdAt: now, updatedAt: now, updatedBy: by }));
      }
      return templates.length;
    });
  }
}
