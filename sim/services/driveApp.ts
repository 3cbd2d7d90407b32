// DriveApp over an in-memory Drive shared by every user of one world (docs/emulator.md "Drive"): files
// with an owner, editors and viewers, content, a last-updated time and a version; and the `drive.file`
// rule: with that scope alone, a user's add-on reaches only the files it created for that user or the
// ones the user opened with it (a Drive add-on's requestFileScope). Anything else throws as DriveApp
// does for a file it cannot see.
import { Blob, sandboxArray, sandboxDate } from './blob';
import type { ServiceContext } from './context';
import type { LockState } from './lock';
import { localised } from './messages';

export const DRIVE_SCOPE = {
  file: 'https://www.googleapis.com/auth/drive.file',
  /** Restricted: all of the user's Drive. The add-on never asks for it; the emulator honours it. */
  full: 'https://www.googleapis.com/auth/drive',
} as const;

/**
 * DriveApp.createFile(name, content) and File.setContent: "Throws an exception if content is larger
 * than 10MB" (DriveApp / File reference).
 */
export const DRIVE_CONTENT_LIMIT_BYTES = 10 * 1024 * 1024;

/** The text DriveApp throws for an id it cannot reach (no such file, no access, or no drive.file grant). */
export const NOT_FOUND_MESSAGE =
  'Exception: No item with the given ID could be found. Or perhaps you do not have permission to access it.';

export type DriveRole = 'owner' | 'editor' | 'viewer';

export interface DriveFileRecord {
  id: string;
  name: string;
  mimeType: string;
  content: string;
  owner: string;
  /** Everyone but the owner who has access, by email. */
  shared: Map<string, 'editor' | 'viewer'>;
  createdAt: number;
  lastUpdated: number;
  /** Drive's `version`: goes up with every change of the file. */
  version: number;
  trashed: boolean;
  /** Deleted for good: gone for everybody. */
  deleted: boolean;
}

/**
 * One Drive for several users (the host side: tests, the CLI and the preview share it between the
 * runtimes of sam@ and ana@). Sharing, trashing and edits made outside the add-on happen here.
 */
export class DriveWorld {
  readonly files = new Map<string, DriveFileRecord>();
  /** drive.file grants: for each user, the ids the add-on may open (created by it, or opened with it). */
  readonly grants = new Map<string, Set<string>>();
  /** The script lock is one for every user of a script project (LockService.getScriptLock). */
  readonly scriptLock: LockState = { heldElsewhere: false, held: false };
  private clock: number;
  private nextId = 1;

  constructor(private readonly now: () => number = Date.now) {
    this.clock = 0;
  }

  /** Strictly increasing milliseconds: two changes never share a last-updated time. */
  tick(): number {
    this.clock = Math.max(this.clock + 1, this.now());
    return this.clock;
  }

  /** A file made by `owner` in Drive itself (not by the add-on): nobody's add-on can open it yet. */
  addFile(owner: string, name: string, content: string, mimeType = 'application/json'): DriveFileRecord {
    const time = this.tick();
    const id = `1sim${String(this.nextId++).padStart(4, '0')}${Buffer.from(name).toString('hex').slice(0, 20)}`;
    const record: DriveFileRecord = {
      id,
      name,
      mimeType,
      content,
      owner: owner.toLowerCase(),
      shared: new Map(),
      createdAt: time,
      lastUpdated: time,
      version: 1,
      trashed: false,
      deleted: false,
    };
    this.files.set(id, record);
    return record;
  }

  file(id: string): DriveFileRecord {
    const f = this.files.get(id);
    if (!f) throw new Error(`No file ${id} in the emulated Drive`);
    return f;
  }

  /** Share from Drive's own dialog (or remove access with `role` null). */
  share(id: string, email: string, role: 'editor' | 'viewer' | null): void {
    const f = this.file(id);
    if (role === null) f.shared.delete(email.toLowerCase());
    else f.shared.set(email.toLowerCase(), role);
  }

  roleOf(id: string, email: string): DriveRole | null {
    const f = this.files.get(id);
    if (!f || f.deleted) return null;
    const who = email.toLowerCase();
    if (f.owner === who) return 'owner';
    return f.shared.get(who) ?? null;
  }

  grant(email: string, id: string): void {
    const who = email.toLowerCase();
    if (!this.grants.has(who)) this.grants.set(who, new Set());
    this.grants.get(who)!.add(id);
  }

  hasGrant(email: string, id: string): boolean {
    return this.grants.get(email.toLowerCase())?.has(id) ?? false;
  }

  /** Someone changes the content outside the add-on (Drive's editor, another tool, another account). */
  writeContent(id: string, content: string): void {
    const f = this.file(id);
    f.content = content;
    f.lastUpdated = this.tick();
    f.version += 1;
  }

  trash(id: string, trashed = true): void {
    const f = this.file(id);
    f.trashed = trashed;
    f.lastUpdated = this.tick();
    f.version += 1;
  }

  /** Deleted for good (emptied from the trash). */
  remove(id: string): void {
    this.file(id).deleted = true;
  }
}

const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

const PERMISSION = {
  OWNER: 'OWNER',
  ORGANIZER: 'ORGANIZER',
  FILE_ORGANIZER: 'FILE_ORGANIZER',
  EDIT: 'EDIT',
  COMMENT: 'COMMENT',
  VIEW: 'VIEW',
  NONE: 'NONE',
} as const;

export function createDriveApp(ctx: ServiceContext, world: DriveWorld) {
  const me = () => ctx.user.email.toLowerCase();
  const record = (method: string, args: unknown[]) => ctx.record('DriveApp', method, args);
  const settle = (method: string) => ctx.settle('DriveApp', method);
  const needScope = (what: string) => {
    if (ctx.scopes.includes(DRIVE_SCOPE.full) || ctx.scopes.includes(DRIVE_SCOPE.file)) return;
    ctx.requireScope(DRIVE_SCOPE.file, what);
  };
  /** The file as this user's add-on may reach it, or DriveApp's not-found error. */
  const reachable = (id: string): DriveFileRecord => {
    const f = world.files.get(id);
    const fullDrive = ctx.scopes.includes(DRIVE_SCOPE.full);
    if (!f || f.deleted || !world.roleOf(id, me()) || (!fullDrive && !world.hasGrant(me(), id))) {
      throw ctx.error(NOT_FOUND_MESSAGE);
    }
    return f;
  };
  const checkContent = (content: unknown, method: string) => {
    if (typeof content !== 'string') throw ctx.error(localised('invalidArgument', { what: 'content' }));
    if (utf8(content) > DRIVE_CONTENT_LIMIT_BYTES) {
      throw ctx.error(localised('argumentTooLarge', { what: `content (${method}: at most 10 MB)` }));
    }
  };
  const user = (email: string) => ({
    getEmail() {
      record('User.getEmail', []);
      return email;
    },
  });

  const fileObject = (id: string) => {
    const live = (method: string, args: unknown[] = []) => {
      record(`File.${method}`, args);
      return reachable(id);
    };
    const canEdit = () => {
      const role = world.roleOf(id, me());
      return role === 'owner' || role === 'editor';
    };
    const self = {
      getId() {
        record('File.getId', []);
        return id;
      },
      getName() {
        return live('getName').name;
      },
      getMimeType() {
        return live('getMimeType').mimeType;
      },
      getSize() {
        return utf8(live('getSize').content);
      },
      getLastUpdated() {
        return sandboxDate(ctx, live('getLastUpdated').lastUpdated);
      },
      getDateCreated() {
        return sandboxDate(ctx, live('getDateCreated').createdAt);
      },
      getUrl() {
        live('getUrl');
        return `https://drive.google.com/file/d/${id}/view?usp=drivesdk`;
      },
      isTrashed() {
        return live('isTrashed').trashed;
      },
      getBlob() {
        const f = live('getBlob');
        return new Blob(ctx, new Uint8Array(Buffer.from(f.content, 'utf8')), f.mimeType, f.name);
      },
      getOwner() {
        return user(live('getOwner').owner);
      },
      getEditors() {
        const f = live('getEditors');
        return sandboxArray(
          ctx,
          [...f.shared].filter(([, r]) => r === 'editor').map(([email]) => user(email)),
        );
      },
      getViewers() {
        const f = live('getViewers');
        return sandboxArray(
          ctx,
          [...f.shared].filter(([, r]) => r === 'viewer').map(([email]) => user(email)),
        );
      },
      /** DriveApp.Permission of `email` on the file. */
      getAccess(email: unknown) {
        live('getAccess', [email]);
        if (typeof email !== 'string') throw ctx.error(localised('invalidArgument', { what: 'email' }));
        const role = world.roleOf(id, email);
        return role === 'owner'
          ? PERMISSION.OWNER
          : role === 'editor'
            ? PERMISSION.EDIT
            : role
              ? PERMISSION.VIEW
              : PERMISSION.NONE;
      },
      setContent(content: unknown) {
        live('setContent', [content]);
        checkContent(content, 'File.setContent');
        if (!canEdit()) throw ctx.error(localised('accessDenied', { what: 'DriveApp.' }));
        world.writeContent(id, content as string);
        settle('File.setContent');
        return self;
      },
      setTrashed(trashed: unknown) {
        live('setTrashed', [trashed]);
        if (world.roleOf(id, me()) !== 'owner')
          throw ctx.error(localised('accessDenied', { what: 'DriveApp.' }));
        world.trash(id, trashed === true);
        return self;
      },
      addEditor(email: unknown) {
        live('addEditor', [email]);
        return share(email, 'editor');
      },
      addViewer(email: unknown) {
        live('addViewer', [email]);
        return share(email, 'viewer');
      },
      removeEditor(email: unknown) {
        live('removeEditor', [email]);
        return share(email, null);
      },
      removeViewer(email: unknown) {
        live('removeViewer', [email]);
        return share(email, null);
      },
      toString() {
        return world.files.get(id)?.name ?? 'File';
      },
    };
    const share = (email: unknown, role: 'editor' | 'viewer' | null) => {
      if (typeof email !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(email))
        throw ctx.error(`Exception: Invalid argument: email`);
      if (!canEdit()) throw ctx.error(localised('accessDenied', { what: 'DriveApp.' }));
      world.share(id, email, role);
      return self;
    };
    return self;
  };

  return {
    Permission: PERMISSION,
    createFile(name: unknown, content: unknown, mimeType?: unknown) {
      record('createFile', [name, content, mimeType]);
      needScope('DriveApp.createFile');
      if (typeof name !== 'string' || name === '')
        throw ctx.error(localised('invalidArgument', { what: 'name' }));
      checkContent(content, 'DriveApp.createFile');
      if (mimeType !== undefined && typeof mimeType !== 'string')
        throw ctx.error(localised('invalidArgument', { what: 'mimeType' }));
      const f = world.addFile(
        me(),
        name,
        content as string,
        (mimeType as string | undefined) ?? 'text/plain',
      );
      // drive.file covers what the app created for this user.
      world.grant(me(), f.id);
      settle('createFile');
      return fileObject(f.id);
    },
    getFileById(id: unknown) {
      record('getFileById', [id]);
      needScope('DriveApp.getFileById');
      if (typeof id !== 'string' || id === '') throw ctx.error(localised('invalidArgument', { what: 'id' }));
      reachable(id);
      return fileObject(id);
    },
    toString() {
      return 'DriveApp';
    },
  };
}
