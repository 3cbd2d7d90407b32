// The template library and settings in the user's property store: one read loads everything, every
// change is a locked read-modify-write that checks revisions, names and space before it writes, and
// writes in an order that keeps the previous version readable if the execution dies halfway.
import { LockTimeoutError } from '../platform/lock';
import type { Template } from '../templates/types';
import {
  ConflictError,
  DamagedTemplateError,
  DuplicateNameError,
  InvalidTemplateError,
  NewerStoreVersionError,
  SettingsTooLargeError,
  StoreBusyError,
  StoreFullError,
  TemplateNotFoundError,
} from './errors';
import { type DamagedEntry, readSnapshot, type Snapshot } from './library';
import { type KeyValueStore, PROPERTY_LIMITS, type UserLock } from '../platform/ports';
import {
  CURRENT_SCHEMA,
  encodeTemplate,
  headKey,
  ID_PATTERN,
  nameKey,
  SCHEMA_KEY,
  SETTINGS_KEY,
  type StoredTemplate,
  templateProblems,
  usedKey,
  VALUE_BUDGET,
} from './schema';
import { cleanAddresses, defaultSettings, type Settings, STARTER_ID_PREFIX } from './settings';
import { entryBytes, storeBytes } from './usage';

export type { DamagedEntry } from './library';
export type { StoredTemplate } from './schema';
export type { Settings } from './settings';

/** What the user edits; the store assigns id (for new templates) and the times. */
export type TemplateInput = Omit<Template, 'id' | 'createdAt' | 'updatedAt'> & { id?: string };

/** A starter template: its id (which must start with STARTER_ID_PREFIX) is kept, so deletions stick. */
export type StarterTemplate = Omit<Template, 'createdAt' | 'updatedAt'>;

export interface SaveOptions {
  /** The revision the template had when the user opened it; required when `id` is given. */
  expectedRevision?: number;
}

export interface Library {
  /** Sorted by name, case-insensitively. */
  templates: StoredTemplate[];
  /** Values that could not be read, templates and settings alike; the others are unaffected. */
  damaged: DamagedEntry[];
  /** Bytes the whole user property store uses, against its limit. */
  usage: { bytes: number; limit: number };
  settings: Settings;
}

export interface TemplateStoreDeps {
  kv: KeyValueStore;
  lock: UserLock;
  /** Milliseconds since the epoch; defaults to Date.now. */
  now?: () => number;
  /** In [0, 1); defaults to Math.random. Used for new ids. */
  random?: () => number;
}

/** The writes of one change, in the order that makes it crash-safe. */
interface Plan {
  /** New part values, under keys no head refers to yet: written first, invisible until committed. */
  parts: Record<string, string>;
  /** Heads and settings: writing them commits the change. */
  commit: Record<string, string>;
  /** Heads to delete (a deletion's commit). Deleted after `commit` is written. */
  drop: string[];
  /** Values nothing refers to once committed; removing them is best effort. */
  cleanup: string[];
  /** How a StoreFullError starts ("This template needs"). */
  what: string;
}

const emptyPlan = (what: string): Plan => ({ parts: {}, commit: {}, drop: [], cleanup: [], what });

/**
 * How far below the limit our own count may put a change that the platform refuses as too big: our
 * bytes (UTF-8 key plus value) and the platform's count can differ a little. A refused write whose
 * peak lies within this margin is reported as a full store. The refusal's text is not read: Apps
 * Script writes it in the user's language.
 */
const QUOTA_MARGIN_BYTES = 16 * 1024;

export class TemplateStore {
  private readonly kv: KeyValueStore;
  private readonly lock: UserLock;
  private readonly now: () => number;
  private readonly random: () => number;
  /** The store's values after this object's last committed change (see libraryAfterChange). */
  private after: Record<string, string> | undefined;

  constructor(deps: TemplateStoreDeps) {
    this.kv = deps.kv;
    this.lock = deps.lock;
    this.now = deps.now ?? Date.now;
    this.random = deps.random ?? Math.random;
  }

  /** The whole library in one property read (getAll), whatever its size. Never writes, never locks. */
  loadLibrary(): Library {
    return libraryOf(this.kv.getAll());
  }

  /**
   * The library as this store's last change left it, without reading it again: the change read
   * everything under the lock and knows what it wrote. A fresh read when this store made no change.
   */
  libraryAfterChange(): Library {
    return this.after ? libraryOf(this.after) : this.loadLibrary();
  }

  /**
   * The settings alone: one property read. Defaults when they are missing or damaged. Their recent list
   * is the stored value's alone: the uses recorded since are in loadLibrary's.
   */
  loadSettings(): Settings {
    return this.readSettingsValue().settings;
  }

  /**
   * Creates (no `id`) or updates a template. An update must name the revision it started from; if the
   * template changed or went away since, nothing is written and ConflictError says so.
   */
  saveTemplate(input: TemplateInput, options: SaveOptions = {}): StoredTemplate {
    if (input.id !== undefined && options.expectedRevision === undefined) {
      throw new TypeError('saveTemplate: updating a template needs options.expectedRevision');
    }
    return this.change(true, (snap) => {
      const now = this.now();
      let existing: StoredTemplate | undefined;
      if (input.id !== undefined) {
        existing = snap.templates.find((t) => t.id === input.id);
        if (!existing) {
          const damaged = snap.damaged.find((d) => d.id === input.id);
          if (damaged) throw new DamagedTemplateError(damaged.name ?? input.name);
          throw new ConflictError(input.name, 'deleted');
        }
        if (existing.revision !== options.expectedRevision) throw new ConflictError(existing.name, 'changed');
      }
      const template = fromInput(input, existing?.id ?? this.newId(snap), existing?.createdAt ?? now, now);
      checkValid([template]);
      checkNamesFree(snap, [template]);
      const rev = nextRevision(snap, template.id);
      const encoded = encodeTemplate(template, rev);
      const plan = emptyPlan('This template needs');
      plan.parts = encoded.parts;
      plan.commit[headKey(template.id)] = encoded.head;
      // The previous revision's parts: still referenced until the head above is written.
      plan.cleanup = (snap.keysOf.get(template.id) ?? []).filter((k) => k !== headKey(template.id));
      return { plan, result: encoded.template };
    });
  }

  /**
   * Deletes a template. Already gone counts as done; changed since the user saw it is a conflict (they
   * would delete edits they have not seen). A deleted starter is remembered so it is never re-added.
   */
  deleteTemplate(id: string, expectedRevision: number): void {
    this.change(false, (snap) => {
      const plan = emptyPlan('');
      const existing = snap.templates.find((t) => t.id === id);
      if (!existing) return { plan, result: undefined };
      if (existing.revision !== expectedRevision) throw new ConflictError(existing.name, 'changed');
      if (!snap.settingsDamaged) {
        const settings = {
          ...snap.settings,
          recentTemplateIds: snap.settings.recentTemplateIds.filter((r) => r !== id),
        };
        if (id.startsWith(STARTER_ID_PREFIX) && !settings.deletedStarterIds.includes(id)) {
          settings.deletedStarterIds = [...settings.deletedStarterIds, id];
        }
        plan.commit[SETTINGS_KEY] = JSON.stringify(settings);
      }
      plan.drop = [headKey(id)];
      plan.cleanup = [...(snap.keysOf.get(id) ?? []).filter((k) => k !== headKey(id))];
      if (usedKey(id) in snap.values) plan.cleanup.push(usedKey(id));
      return { plan, result: undefined };
    });
  }

  /** Copies a template under the first free name of "X (copy)", "X (copy 2)", … */
  duplicateTemplate(id: string): StoredTemplate {
    return this.change(true, (snap) => {
      const source = snap.templates.find((t) => t.id === id);
      if (!source) throw new TemplateNotFoundError();
      const now = this.now();
      const taken = new Set(snap.templates.map((t) => nameKey(t.name)));
      const template = fromInput(
        { ...source, name: copyName(source.name, taken) },
        this.newId(snap),
        now,
        now,
      );
      const encoded = encodeTemplate(template, nextRevision(snap, template.id));
      const plan = emptyPlan('The copy needs');
      plan.parts = encoded.parts;
      plan.commit[headKey(template.id)] = encoded.head;
      return { plan, result: encoded.template };
    });
  }

  /**
   * Adds every template of `list` as a new template, or none: any invalid item, a name already used
   * (in the library or twice in the list) or a lack of space refuses the whole import.
   */
  importTemplates(list: TemplateInput[]): StoredTemplate[] {
    if (list.length === 0) return [];
    return this.change(true, (snap) => {
      const now = this.now();
      const ids = new Set<string>();
      const templates = list.map((input) => {
        let id = this.newId(snap);
        while (ids.has(id)) id = this.newId(snap);
        ids.add(id);
        return fromInput(input, id, now, now);
      });
      checkValid(templates);
      checkNamesFree(snap, templates);
      const plan = emptyPlan(`These ${templates.length} templates need`);
      const result = templates.map((t) => {
        const encoded = encodeTemplate(t, nextRevision(snap, t.id));
        Object.assign(plan.parts, encoded.parts);
        plan.commit[headKey(t.id)] = encoded.head;
        return encoded.template;
      });
      return { plan, result };
    });
  }

  /** Removes everything stored for a damaged entry (a template's values, or the damaged settings). */
  deleteDamaged(id: string): void {
    this.change(false, (snap) => {
      if (!snap.damaged.some((d) => d.id === id)) throw new TemplateNotFoundError();
      const plan = emptyPlan('');
      if (id === SETTINGS_KEY) plan.drop = [SETTINGS_KEY];
      else {
        const keys = snap.keysOf.get(id) ?? [];
        plan.drop = keys.filter((k) => k === headKey(id));
        plan.cleanup = keys.filter((k) => k !== headKey(id));
      }
      return { plan, result: undefined };
    });
  }

  /**
   * Puts `id` first in the recently used list: one write of its own key (`used:<id>` = now), no lock and
   * no read. A plain overwrite, so two executions at once lose nothing but the order of two uses made
   * in the same millisecond; the settings value is not touched (damaged ones stay recoverable).
   */
  recordUse(id: string): void {
    if (!ID_PATTERN.test(id)) return;
    this.writeOrFull({ [usedKey(id)]: String(this.now()) });
  }

  /**
   * Keeps the user's own address (as Session gave it) in the settings, with the time: a locked
   * read-modify-write, made only when the address was unknown, changed or a week old. Skipped while the
   * settings are damaged, so their raw text stays recoverable.
   */
  rememberAddress(email: string): void {
    this.change(false, (snap) => {
      const plan = emptyPlan('Your settings need');
      if (snap.settingsDamaged) return { plan, result: undefined };
      plan.commit[SETTINGS_KEY] = JSON.stringify({
        ...snap.settings,
        ownAddress: email,
        ownAddressCheckedAt: this.now(),
      });
      return { plan, result: undefined };
    });
  }

  /** Replaces the user's other addresses (cleaned: trimmed, no duplicates). */
  saveSettings(patch: { otherAddresses: string[]; myName?: string }): Settings {
    return this.change(false, (snap) => {
      const base: Settings = snap.settingsDamaged
        ? // The flags were lost with the damaged value: a library that has templates was seeded already.
          { ...defaultSettings(), startersSeeded: snap.templates.length > 0 }
        : snap.settings;
      const settings: Settings = {
        ...base,
        otherAddresses: cleanAddresses(patch.otherAddresses),
        myName: patch.myName === undefined ? base.myName : patch.myName.trim(),
      };
      const value = JSON.stringify(settings);
      const bytes = entryBytes(SETTINGS_KEY, value);
      if (bytes > VALUE_BUDGET) throw new SettingsTooLargeError(bytes, VALUE_BUDGET);
      const plan = emptyPlan('These settings need');
      plan.commit[SETTINGS_KEY] = value;
      return { plan, result: settings };
    });
  }

  /**
   * Adds the starter templates once per user: not again after that, never one the user deleted, and
   * not one whose id or name is already used. If they do not fit, none are added (and none will be).
   */
  seedStarters(starters: StarterTemplate[]): StoredTemplate[] {
    for (const s of starters) {
      if (!s.id.startsWith(STARTER_ID_PREFIX) || !ID_PATTERN.test(s.id)) {
        throw new TypeError(
          `seedStarters: starter id “${s.id}” must match ${STARTER_ID_PREFIX}[A-Za-z0-9_-]+`,
        );
      }
    }
    return this.change(true, (snap) => {
      const plan = emptyPlan('The starter templates need');
      // Damaged settings may hide which starters were deleted: adding none is the safe answer.
      if (snap.settingsDamaged || snap.settings.startersSeeded) return { plan, result: [] };
      const now = this.now();
      const taken = new Set(snap.templates.map((t) => nameKey(t.name)));
      const result: StoredTemplate[] = [];
      for (const starter of starters) {
        if (snap.settings.deletedStarterIds.includes(starter.id) || snap.keysOf.has(starter.id)) continue;
        if (taken.has(nameKey(starter.name))) continue;
        const template = fromInput(starter, starter.id, now, now);
        if (templateProblems(template).length) continue;
        taken.add(nameKey(template.name));
        const encoded = encodeTemplate(template, nextRevision(snap, template.id));
        Object.assign(plan.parts, encoded.parts);
        plan.commit[headKey(template.id)] = encoded.head;
        result.push(encoded.template);
      }
      const seeded = JSON.stringify({ ...snap.settings, startersSeeded: true });
      if (!this.fits(snap, plan)) {
        const onlyFlag = emptyPlan(plan.what);
        onlyFlag.commit[SETTINGS_KEY] = seeded;
        return { plan: onlyFlag, result: [] };
      }
      plan.commit[SETTINGS_KEY] = seeded;
      return { plan, result };
    });
  }

  /** Upgrades a store written by an older version now (saves also do it first). Returns the count. */
  migrate(): number {
    return this.locked(() => {
      const snap = readSnapshot(this.kv.getAll());
      if (snap.version > CURRENT_SCHEMA) throw new NewerStoreVersionError(snap.version, CURRENT_SCHEMA);
      if (snap.version === CURRENT_SCHEMA) return 0;
      const count = snap.v1Ids.length;
      this.upgrade(snap);
      return count;
    });
  }

  // --- internals -------------------------------------------------------------------------------

  private locked<T>(fn: () => T): T {
    try {
      return this.lock.withLock(fn);
    } catch (error) {
      if (error instanceof LockTimeoutError) throw new StoreBusyError();
      throw error;
    }
  }

  /**
   * One locked read-modify-write: read everything, upgrade an old store first when the change writes
   * templates (`needsCurrent`; deletions work in any version), plan, check space, write.
   */
  private change<T>(needsCurrent: boolean, make: (snap: Snapshot) => { plan: Plan; result: T }): T {
    return this.locked(() => {
      let snap = readSnapshot(this.kv.getAll());
      if (snap.version > CURRENT_SCHEMA) throw new NewerStoreVersionError(snap.version, CURRENT_SCHEMA);
      if (needsCurrent && snap.version < CURRENT_SCHEMA) snap = this.upgrade(snap);
      const { plan, result } = make(snap);
      // An empty store gets its version with its first write.
      if (
        Object.keys(plan.commit).length &&
        snap.values[SCHEMA_KEY] === undefined &&
        snap.version === CURRENT_SCHEMA
      ) {
        plan.commit[SCHEMA_KEY] = String(CURRENT_SCHEMA);
      }
      this.apply(snap, plan);
      return result;
    });
  }

  /**
   * Rewrites v1 records as v2 (same revision, 0, so a template opened before the upgrade still saves),
   * then the version key. Each record is replaced whole, and a record already in v2 is left alone,
   * so an upgrade that stops halfway is simply finished by the next one. Returns the new snapshot.
   */
  private upgrade(snap: Snapshot): Snapshot {
    const plan = emptyPlan('Upgrading your templates to the new storage format needs');
    for (const id of snap.v1Ids) {
      const template = snap.templates.find((t) => t.id === id)!;
      const encoded = encodeTemplate(template, template.revision);
      Object.assign(plan.parts, encoded.parts);
      plan.commit[headKey(id)] = encoded.head;
    }
    this.apply(snap, plan);
    // The version goes last: it says every record is v2.
    this.writeOrFull({ [SCHEMA_KEY]: String(CURRENT_SCHEMA) }, this.peakBytes(snap, plan));
    return readSnapshot({
      ...snap.values,
      ...plan.parts,
      ...plan.commit,
      [SCHEMA_KEY]: String(CURRENT_SCHEMA),
    });
  }

  /** Bytes the store holds at the plan's fullest moment (new parts and heads written, nothing removed yet). */
  private peakBytes(snap: Snapshot, plan: Plan): number {
    let bytes = storeBytes(snap.values);
    for (const [key, value] of Object.entries({ ...plan.parts, ...plan.commit })) {
      const old = snap.values[key];
      bytes += entryBytes(key, value) - (old === undefined ? 0 : entryBytes(key, old));
    }
    return bytes;
  }

  private fits(snap: Snapshot, plan: Plan): boolean {
    const peak = this.peakBytes(snap, plan);
    return peak <= PROPERTY_LIMITS.storeBytes || peak <= storeBytes(snap.values);
  }

  private fullError(snap: Snapshot, plan: Plan): StoreFullError {
    const current = storeBytes(snap.values);
    const limit = PROPERTY_LIMITS.storeBytes;
    return new StoreFullError(
      this.peakBytes(snap, plan) - current,
      Math.max(0, limit - current),
      limit,
      plan.what,
    );
  }

  /**
   * Writes a plan: parts, then the commit, then dropped heads; then best-effort cleanup of what nothing
   * refers to any more (and of leftovers from earlier interrupted changes). Space is checked first, so
   * a change that would not fit writes nothing.
   */
  private apply(snap: Snapshot, plan: Plan): void {
    if (!this.fits(snap, plan)) throw this.fullError(snap, plan);
    try {
      if (Object.keys(plan.parts).length) this.kv.setMany(plan.parts);
      if (Object.keys(plan.commit).length) this.kv.setMany(plan.commit);
    } catch (error) {
      // Near the limit by our count, the platform's refusal means "full", not a bug (see QUOTA_MARGIN_BYTES).
      if (nearLimit(this.peakBytes(snap, plan))) throw this.fullError(snap, plan);
      throw error;
    }
    if (plan.drop.length) this.kv.deleteMany(plan.drop);
    const written = { ...plan.parts, ...plan.commit };
    const after: Record<string, string> = { ...snap.values, ...written };
    for (const key of plan.drop) delete after[key];
    this.after = after;
    const cleanup = [...new Set([...plan.cleanup, ...snap.leftovers])].filter(
      (k) => k in snap.values && !(k in written),
    );
    if (cleanup.length === 0) return;
    try {
      this.kv.deleteMany(cleanup);
      for (const key of cleanup) delete after[key];
    } catch (error) {
      // The change is committed; unreferenced values are invisible and the next change removes them.
      console.warn(`Template store: cleanup of ${cleanup.length} values deferred: ${String(error)}`);
    }
  }

  /** `bytesAfter`: the store's size once written, by our count, when known (see QUOTA_MARGIN_BYTES). */
  private writeOrFull(values: Record<string, string>, bytesAfter?: number): void {
    try {
      this.kv.setMany(values);
    } catch (error) {
      if (bytesAfter !== undefined && nearLimit(bytesAfter)) {
        const [key, value] = Object.entries(values)[0]!;
        throw new StoreFullError(entryBytes(key, value), 0, PROPERTY_LIMITS.storeBytes, 'This change needs');
      }
      throw error;
    }
  }

  private readSettingsValue(): { settings: Settings; damaged: boolean } {
    const raw = this.kv.get(SETTINGS_KEY);
    if (raw === null) return { settings: defaultSettings(), damaged: false };
    const snap = readSnapshot({ [SETTINGS_KEY]: raw });
    return { settings: snap.settings, damaged: snap.settingsDamaged };
  }

  private newId(snap: Snapshot): string {
    for (;;) {
      let id = 't';
      for (let i = 0; i < 12; i++) id += Math.floor(this.random() * 36).toString(36);
      if (!snap.keysOf.has(id)) return id;
    }
  }
}

/** A library from the store's values (one getAll, or what a change left). */
function libraryOf(values: Record<string, string>): Library {
  const snap = readSnapshot(values);
  return {
    templates: snap.templates,
    damaged: snap.damaged,
    usage: { bytes: storeBytes(values), limit: PROPERTY_LIMITS.storeBytes },
    settings: snap.settings,
  };
}

function nearLimit(bytes: number): boolean {
  return bytes > PROPERTY_LIMITS.storeBytes - QUOTA_MARGIN_BYTES;
}

function fromInput(input: TemplateInput, id: string, createdAt: number, updatedAt: number): Template {
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

function checkValid(templates: Template[]): void {
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
function checkNamesFree(snap: Snapshot, templates: Template[]): void {
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
function nextRevision(snap: Snapshot, id: string): number {
  return (snap.maxRevision.get(id) ?? 0) + 1;
}

function copyName(name: string, taken: Set<string>): string {
  const base = name.replace(/ \(copy(?: \d+)?\)$/, '');
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${base} (copy)` : `${base} (copy ${n})`;
    if (!taken.has(nameKey(candidate))) return candidate;
  }
}
