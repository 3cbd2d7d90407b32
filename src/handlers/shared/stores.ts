// The user's template and settings store, wired to PropertiesService and the user lock; and the team
// library (a Drive file) whose templates the store's library lists with the user's own.
import { driveConsent, driveFiles, userCache, withScriptLock } from '../../platform/drive';
import { userLock } from '../../platform/lock';
import type { KeyValueStore } from '../../platform/ports';
import { userPropertiesStore } from '../../platform/properties';
import { userEmail } from '../../platform/session';
import { TeamLibrary } from '../../store/teamLibrary';
import { readPointer, TEAM_POINTER_KEY, type TeamPointer, type TeamStatus } from '../../store/teamPointer';
import { type Library, TemplateStore } from '../../store/templateStore';

/** The library with the team's templates among the user's own, and how the team library is doing. */
export type LibraryWithTeam = Library & { team: TeamStatus };

/** The user's own templates only (import, export). */
export function personalStore(): TemplateStore {
  return new TemplateStore({ kv: userPropertiesStore(), lock: userLock() });
}

/** A property store that keeps what its last full read returned (the team pointer is in it). */
function remembering(kv: KeyValueStore): KeyValueStore & { last?: Record<string, string> } {
  const self: KeyValueStore & { last?: Record<string, string> } = {
    getAll: () => {
      self.last = kv.getAll();
      return self.last;
    },
    get: (key) => kv.get(key),
    setMany: (values) => kv.setMany(values),
    deleteMany: (keys) => kv.deleteMany(keys),
  };
  return self;
}

export function teamLibraryOver(kv: KeyValueStore & { last?: Record<string, string> }): TeamLibrary {
  return new TeamLibrary({
    drive: driveFiles(),
    cache: userCache(),
    pointer: () => readPointer(kv.last ? kv.last[TEAM_POINTER_KEY] : kv.get(TEAM_POINTER_KEY)),
    setPointer: (pointer: TeamPointer | null) => {
      if (pointer) kv.setMany({ [TEAM_POINTER_KEY]: JSON.stringify(pointer) });
      else kv.deleteMany([TEAM_POINTER_KEY]);
      if (kv.last) {
        if (pointer) kv.last[TEAM_POINTER_KEY] = JSON.stringify(pointer);
        else delete kv.last[TEAM_POINTER_KEY];
      }
    },
    email: userEmail,
    consent: driveConsent,
    locked: withScriptLock,
  });
}

/** The store whose library also lists the team's templates (marked by their ids). */
class StoreWithTeam extends TemplateStore {
  readonly team: TeamLibrary;

  constructor(kv: KeyValueStore & { last?: Record<string, string> }) {
    super({ kv, lock: userLock() });
    this.team = teamLibraryOver(kv);
  }

  override loadLibrary(): LibraryWithTeam {
    const own = super.loadLibrary();
    const team = this.team.load();
    if (team.templates.length === 0) return { ...own, team: team.status };
    const templates = [...own.templates, ...team.templates].sort((a, b) =>
      a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }),
    );
    return { ...own, templates, team: team.status };
  }
}

export function userStore(): StoreWithTeam {
  return new StoreWithTeam(remembering(userPropertiesStore()));
}

/** The team library alone (its own cards), over a fresh read of the user's properties. */
export function teamLibrary(): TeamLibrary {
  return teamLibraryOver(remembering(userPropertiesStore()));
}
