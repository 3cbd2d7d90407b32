// The template library and settings in the user's property store: one read loads everything, every
// change is a locked read-modify-write that checks revisions, names and space before it writes, and
// writes in an order that keeps the previous version readable if the execution dies halfway.
import type { KeyValueStore, UserLock } from '../platform/ports';
import { nameKey } from '../templates/model';
import { entryBytes } from './bytes';
import {
  ConflictError,
  DamagedTemplateError,
  NewerStoreVersionError,
  SettingsTooLargeError,
  TemplateNotFoundError,
} from './errors';
import { type Library, libraryOf, readStoreSnapshot, type StoreSnapshot } from './library';
import {
  CURRENT_SCHEMA,
  encodeTemplate,
  headKey,
  ID_PATTERN,
  SETTINGS_KEY,
  type StoredTemplate,
  templateProblems,
  usedKey,
  VALUE_BUDGET,
} from './schema';
import { cleanAddresses, defaultSettings, type Settings, STARTER_ID_PREFIX } from './settings';
import {
  checkNamesFree,
  checkValid,
  copyName,
  fromInput,
  nextRevision,
  type StarterTemplate,
  type TemplateInput,
} from './templateChecks';
import { emptyPlan, StoreTransactions } from './transaction';

export type { DamagedEntry, Library } from './library';
export type { StoredTemplate } from './schema';
export type { Settings } from './settings';

export interface SaveOptions {
  /** The revision the template had when the user opened it; required when `id` is given. */
  expectedRevision?: number;
}

export interface TemplateStoreDeps {
  kv: KeyValueStore;
  lock: UserLock;
  /** Milliseconds since the epoch; defaults to Date.now. */
  now?: () => number;
  /** In [0, 1); defaults to Math.random. Used for new ids. */
  random?: () => number;
}

export class TemplateStore {
  private readonly kv: KeyValueStore;
  private readonly tx: StoreTransactions;
  private readonly now: () => number;
  private readonly random: () => number;

  constructor(deps: TemplateStoreDeps) {
    this.kv = deps.kv;
    this.tx = new StoreTransactions(deps.kv, deps.lock);
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
    return this.tx.after ? libraryOf(this.tx.after) : this.loadLibrary();
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
    return this.tx.run(true, (snap) => {
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
      const plan = emptyPlan('template');
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
    this.tx.run(false, (snap) => {
      const plan = emptyPlan('change');
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
    return this.tx.run(true, (snap) => {
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
      const plan = emptyPlan('copy');
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
    return this.tx.run(true, (snap) => {
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
      const plan = emptyPlan('import', templates.length);
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
    this.tx.run(false, (snap) => {
      if (!snap.damaged.some((d) => d.id === id)) throw new TemplateNotFoundError();
      const plan = emptyPlan('change');
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
    this.tx.writeOrFull({ [usedKey(id)]: String(this.now()) });
  }

  /**
   * Keeps the user's own address (as Session gave it) in the settings, with the time: a locked
   * read-modify-write, made only when the address was unknown, changed or a week old. Skipped while the
   * settings are damaged, so their raw text stays recoverable.
   */
  rememberAddress(email: string): void {
    this.tx.run(false, (snap) => {
      const plan = emptyPlan('settings');
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
    return this.tx.run(false, (snap) => {
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
      const plan = emptyPlan('importedSettings');
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
    return this.tx.run(true, (snap) => {
      const plan = emptyPlan('starters');
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
      if (!this.tx.fits(snap, plan)) {
        const onlyFlag = emptyPlan(plan.need, plan.count);
        onlyFlag.commit[SETTINGS_KEY] = seeded;
        return { plan: onlyFlag, result: [] };
      }
      plan.commit[SETTINGS_KEY] = seeded;
      return { plan, result };
    });
  }

  /** Upgrades a store written by an older version now (saves also do it first). Returns the count. */
  migrate(): number {
    return this.tx.locked(() => {
      const snap = readStoreSnapshot(this.kv.getAll());
      if (snap.version > CURRENT_SCHEMA) throw new NewerStoreVersionError(snap.version, CURRENT_SCHEMA);
      if (snap.version === CURRENT_SCHEMA) return 0;
      const count = snap.v1Ids.length;
      this.tx.upgrade(snap);
      return count;
    });
  }

  private readSettingsValue(): { settings: Settings; damaged: boolean } {
    const raw = this.kv.get(SETTINGS_KEY);
    if (raw === null) return { settings: defaultSettings(), damaged: false };
    const snap = readStoreSnapshot({ [SETTINGS_KEY]: raw });
    return { settings: snap.settings, damaged: snap.settingsDamaged };
  }

  private newId(snap: StoreSnapshot): string {
    for (;;) {
      let id = 't';
      for (let i = 0; i < 12; i++) id += Math.floor(this.random() * 36).toString(36);
      if (!snap.keysOf.has(id)) return id;
    }
  }
}
