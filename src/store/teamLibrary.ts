// The team library: one JSON file in Drive (teamFile.ts), read through a per-user cache keyed by the
// file's Drive version (teamCache.ts), so an action costs one Drive call (the advanced service's
// files.get) while the file is unchanged; written under the script lock after a per-template revision
// check, so two editors never overwrite each other's change unnoticed. A file that is not a library, a
// bad entry, access lost, the file trashed, Drive failing: the personal library is never affected, and
// the status says what happened in plain words (teamPointer.ts).
import type { DriveFileHandle, DriveFileState, DrivePort, DriveRole } from '../platform/drive';
import { DriveFileUnreachableError, DriveWriteRefusedError } from '../platform/drive';
import { type TemplateInput, utf8Length } from '../templates/model';
import { TEAM_ID_PREFIX } from '../templates/teamId';
import { TeamReadOnlyError, TeamUnavailableError } from './errors';
import type { StoredTemplate } from './schema';
import { type CachedTeam, readCachedTeam, type TeamCacheStore, writeCachedTeam } from './teamCache';
import { addEntries, deleteEntry, saveEntry } from './teamEdits';
import { entryOf, type ParsedTeamFile, parseTeamFile, serializeTeamFile, TEAM_LIMIT_BYTES } from './teamFile';
import type { TeamLoad, TeamPointer } from './teamPointer';

export interface TeamDeps {
  drive: DrivePort;
  cache: TeamCacheStore;
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

  private cached(pointer: TeamPointer, version: string): CachedTeam | null {
    return readCachedTeam(this.deps.cache, pointer, version);
  }

  /** Caches the parsed library under the file's version and stores the pointer that names it. */
  private remember(pointer: TeamPointer, version: string, team: CachedTeam): TeamPointer {
    const chunks = writeCachedTeam(this.deps.cache, pointer, version, team);
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
    return this.change((file, by, now) =>
      saveEntry(file, { id, input, expectedRevision, by, now, newId: (taken) => this.newId(taken) }),
    );
  }

  deleteTemplate(id: string, expectedRevision: number): void {
    this.change((file) => deleteEntry(file, id, expectedRevision));
  }

  /** Adds copies of personal templates; a name the team already uses is refused, all or nothing. */
  addTemplates(templates: TemplateInput[]): number {
    return this.change((file, by, now) =>
      addEntries(file, templates, { by, now, newId: (taken) => this.newId(taken) }),
    );
  }
}
