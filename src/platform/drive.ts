// The team library's platform calls: the Drive file (DriveApp; drive.file reaches only files this add-on
// created or the user opened with it), the script lock that makes a check-then-write atomic among the
// add-on's users, the per-user cache of the parsed library, and whether the user granted drive.file.
import { withRetry } from './retry';

export const DRIVE_FILE_SCOPE = 'https://www.googleapis.com/auth/drive.file';

export type DriveRole = 'owner' | 'editor' | 'viewer';

export interface DriveFileMeta {
  id: string;
  name: string;
  lastUpdated: number;
  url: string;
}

/** The file could not be opened: deleted, unshared, or never opened with the add-on. */
export class DriveFileUnreachableError extends Error {
  constructor(readonly detail: unknown) {
    super('The Drive file could not be opened');
    this.name = 'DriveFileUnreachableError';
  }
}

/** Drive would not let this user write the file (they can only view it). */
export class DriveWriteRefusedError extends Error {
  constructor(readonly detail: unknown) {
    super('Drive refused the write');
    this.name = 'DriveWriteRefusedError';
  }
}

/** One open file; each getter is a Drive call, so callers take only what they need. */
export interface DriveFileHandle {
  meta(): DriveFileMeta;
  content(): string;
  /** Overwrites the content. */
  write(content: string): void;
}

/** What one metadata call (the advanced Drive service's files.get) tells about a file. */
export interface DriveFileState {
  /** Drive's version: "a monotonically increasing version number", moved by every change of the file. */
  version: string;
  trashed: boolean;
  size: number;
  role: DriveRole;
}

/** Drive API v3 fields read for the version check: one round trip, whatever the file's size. */
export const STATE_FIELDS = 'version,trashed,size,ownedByMe,capabilities/canEdit';

interface DriveV3File {
  version?: string;
  trashed?: boolean;
  size?: string;
  ownedByMe?: boolean;
  capabilities?: { canEdit?: boolean };
}

/** The advanced Drive service (appsscript.json `dependencies`), typed for the one call made of it. */
declare const Drive: { Files: { get(fileId: string, optionalArgs: { fields: string }): DriveV3File } };

/**
 * The advanced service throws a GoogleJsonResponseException carrying the API's answer in `details`
 * ({code: 404, …} for a file that is gone or not reachable with drive.file). The code, not the text
 * (which may be in the user's language), says which: a 404 is final, anything else is Drive failing.
 */
function notFound(error: unknown): boolean {
  const details = (error as { details?: { code?: unknown } } | null)?.details;
  return details?.code === 404;
}

export interface DrivePort {
  /** Opens a file by id: one call. Throws DriveFileUnreachableError when it cannot. */
  open(id: string): DriveFileHandle;
  /**
   * The file's version, trash state, size and this user's role in ONE call (the advanced Drive
   * service). Throws DriveFileUnreachableError when the file cannot be reached.
   */
  state(id: string): DriveFileState;
  create(name: string, content: string): DriveFileHandle;
}

function handle(file: GoogleAppsScript.Drive.File): DriveFileHandle {
  return {
    meta: () => ({
      id: file.getId(),
      name: file.getName(),
      lastUpdated: file.getLastUpdated().getTime(),
      url: file.getUrl(),
    }),
    content: () => withRetry(() => file.getBlob().getDataAsString('UTF-8')),
    write: (content) => {
      try {
        file.setContent(content);
      } catch (error) {
        throw new DriveWriteRefusedError(error);
      }
    },
  };
}

export function driveFiles(): DrivePort {
  return {
    open(id) {
      let file: GoogleAppsScript.Drive.File;
      try {
        // Tried twice: a transient error passes; "No item with the given ID" (in the user's language)
        // is the common answer here, and it is final.
        file = withRetry(() => DriveApp.getFileById(id), { attempts: 2 });
      } catch (error) {
        throw new DriveFileUnreachableError(error);
      }
      return handle(file);
    },
    state(id) {
      let file: DriveV3File;
      try {
        file = withRetry(() => Drive.Files.get(id, { fields: STATE_FIELDS }), { attempts: 2 });
      } catch (error) {
        if (notFound(error)) throw new DriveFileUnreachableError(error);
        throw error;
      }
      return {
        version: String(file.version ?? ''),
        trashed: file.trashed === true,
        size: Number(file.size ?? 0),
        role: file.ownedByMe ? 'owner' : file.capabilities?.canEdit ? 'editor' : 'viewer',
      };
    },
    create(name, content) {
      // Not retried: a second try after a timeout could make a second file.
      return handle(DriveApp.createFile(name, content, 'application/json'));
    },
  };
}

/** Whether the user granted drive.file (granular consent lets them decline it), and where to grant it. */
export function driveConsent(): { granted: boolean; url: string | null } {
  // The two-argument form (granular consent) is newer than @types/google-apps-script.
  const getInfo = ScriptApp.getAuthorizationInfo as unknown as (
    mode: GoogleAppsScript.Script.AuthMode,
    scopes: string[],
  ) => GoogleAppsScript.Script.AuthorizationInfo;
  const info = getInfo.call(ScriptApp, ScriptApp.AuthMode.FULL, [DRIVE_FILE_SCOPE]);
  const granted = info.getAuthorizationStatus() === ScriptApp.AuthorizationStatus.NOT_REQUIRED;
  return { granted, url: granted ? null : info.getAuthorizationUrl() };
}

/** Every user of the add-on shares the script lock: two editors' check-then-write never interleave. */
export function withScriptLock<T>(fn: () => T, timeoutMs = 10000): T | 'busy' {
  const lock = withRetry(() => LockService.getScriptLock());
  if (!lock.tryLock(timeoutMs)) return 'busy';
  try {
    return fn();
  } finally {
    try {
      lock.releaseLock();
    } catch (error) {
      console.warn(`Script lock not released (it is when this execution ends): ${String(error)}`);
    }
  }
}

/** The user's cache (CacheService.getUserCache): 100 KB a value, so a big library spans several keys. */
export interface CachePort {
  getAll(keys: string[]): Record<string, string>;
  putAll(values: Record<string, string>, seconds: number): void;
}

export function userCache(): CachePort {
  let cache: GoogleAppsScript.Cache.Cache | null | undefined;
  const c = () => {
    cache ??= CacheService.getUserCache();
    return cache;
  };
  return {
    getAll: (keys) => {
      try {
        return c()?.getAll(keys) ?? {};
      } catch (error) {
        console.warn(`Team library cache not read: ${String(error)}`);
        return {};
      }
    },
    putAll: (values, seconds) => {
      try {
        c()?.putAll(values, seconds);
      } catch (error) {
        // A cache that cannot be written only costs the next action a Drive read.
        console.warn(`Team library cache not written: ${String(error)}`);
      }
    },
  };
}
