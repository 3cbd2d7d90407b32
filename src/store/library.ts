// Reads a whole property snapshot (one getAll) into templates, damaged entries and the bookkeeping a
// write needs (which keys belong to which template, which are leftovers). Never throws on bad data:
// each value is judged on its own, so one corrupt value cannot hide the others.
import { PROPERTY_LIMITS } from '../platform/ports';
import { storeBytes } from './bytes';
import {
  CURRENT_SCHEMA,
  type Head,
  headProblems,
  isV1Shaped,
  parseTemplateKey,
  SCHEMA_KEY,
  SETTINGS_KEY,
  type StoredTemplate,
  TEMPLATE_PREFIX,
  templateFromHead,
  USED_PREFIX,
  upgradeV1,
  v1Problems,
} from './schema';
import { defaultSettings, RECENT_LIMIT, type Settings, settingsProblems } from './settings';

/** A stored value that could not be read as a template (or as the settings), with its raw text. */
export interface DamagedEntry {
  /** The template id, or SETTINGS_KEY for the settings. */
  id: string;
  name?: string;
  /** Everything stored for it, so the text can be copied out. */
  raw: string;
  /** What is wrong, in plain words. */
  problem: string;
}

export interface StoreSnapshot {
  values: Record<string, string>;
  /** The schema version the store says it has (1 for an old store that has no version key). */
  version: number;
  templates: StoredTemplate[];
  damaged: DamagedEntry[];
  /** Ids of templates still in the v1 format (read through the upgrade). */
  v1Ids: string[];
  settings: Settings;
  settingsDamaged: boolean;
  /** Every key of each template id: its head and all its parts, of any revision. */
  keysOf: Map<string, string[]>;
  /**
   * Part keys no head refers to (left by a save or delete that stopped halfway), and use records
   * (USED_PREFIX) of templates that are gone or too old to be listed. Safe to remove.
   */
  leftovers: string[];
  /** Highest revision seen per id, in heads and parts, so a new revision never reuses part keys. */
  maxRevision: Map<string, number>;
}

interface PartRef {
  key: string;
  rev: number;
  index: number;
}

/** Best effort at a name in a value that is not valid JSON, so the damaged list can say which it was. */
function guessName(raw: string): string | undefined {
  const match = /"name"\s*:\s*("(?:[^"\\]|\\.)*")/.exec(raw);
  if (!match) return undefined;
  try {
    const name = JSON.parse(match[1]!) as string;
    return name.trim() || undefined;
  } catch {
    return undefined;
  }
}

function parseJson(raw: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false };
  }
}

const byPosition = (a: PartRef, b: PartRef) => a.rev - b.rev || a.index - b.index;

function nameOf(value: unknown): string | undefined {
  const name = (value as { name?: unknown } | null)?.name;
  return typeof name === 'string' && name.trim() ? name : undefined;
}

export function readStoreSnapshot(values: Record<string, string>): StoreSnapshot {
  const heads = new Map<string, string>();
  const parts = new Map<string, PartRef[]>();
  const keysOf = new Map<string, string[]>();
  const maxRevision = new Map<string, number>();
  const damaged: DamagedEntry[] = [];
  const own = (id: string, key: string) => keysOf.set(id, [...(keysOf.get(id) ?? []), key]);
  const seeRev = (id: string, rev: number) => maxRevision.set(id, Math.max(maxRevision.get(id) ?? 0, rev));

  const uses: { id: string; key: string; at: number }[] = [];
  for (const [key, raw] of Object.entries(values)) {
    if (key.startsWith(USED_PREFIX)) {
      const at = Number(raw);
      uses.push({ id: key.slice(USED_PREFIX.length), key, at: Number.isFinite(at) ? at : 0 });
      continue;
    }
    if (!key.startsWith(TEMPLATE_PREFIX)) continue;
    const parsed = parseTemplateKey(key);
    if (parsed.kind === 'head') {
      heads.set(parsed.id, raw);
      own(parsed.id, key);
    } else if (parsed.kind === 'part') {
      parts.set(parsed.id, [...(parts.get(parsed.id) ?? []), { key, rev: parsed.rev, index: parsed.index }]);
      own(parsed.id, key);
      seeRev(parsed.id, parsed.rev);
    } else {
      damaged.push({ id: parsed.id, raw, problem: 'This value is not in a format Threadsmith knows.' });
      own(parsed.id, key);
    }
  }

  const templates: StoredTemplate[] = [];
  const v1Ids: string[] = [];
  const referenced = new Set<string>();

  for (const [id, raw] of heads) {
    const idParts = (parts.get(id) ?? []).sort(byPosition);
    // Until the head is understood, all its parts may hold its text: keep them and show them.
    const keepAll = () => {
      for (const p of idParts) referenced.add(p.key);
    };
    const rawWithParts = (list: PartRef[]) =>
      list.length ? `${raw}\n${list.map((p) => values[p.key]).join('')}` : raw;

    const json = parseJson(raw);
    if (!json.ok) {
      keepAll();
      damaged.push({
        id,
        name: guessName(raw),
        raw: rawWithParts(idParts),
        problem: 'This template’s stored text is not readable (it is not valid JSON).',
      });
      continue;
    }
    const value = json.value;
    if (isV1Shaped(value)) {
      const problems = v1Problems(value);
      if ((value as { id?: unknown }).id !== id) problems.push('the id does not match its key');
      if (problems.length) {
        keepAll();
        damaged.push({ id, name: nameOf(value), raw: rawWithParts(idParts), problem: describe(problems) });
      } else {
        templates.push(upgradeV1(value as Record<string, unknown>));
        v1Ids.push(id);
      }
      continue;
    }
    const problems = headProblems(value);
    if (problems.length === 0 && (value as Head).id !== id) problems.push('the id does not match its key');
    if (problems.length) {
      keepAll();
      damaged.push({ id, name: nameOf(value), raw: rawWithParts(idParts), problem: describe(problems) });
      continue;
    }
    const head = value as Head;
    seeRev(id, head.rev);
    const own = idParts.filter((p) => p.rev === head.rev);
    for (const p of own) referenced.add(p.key);
    if (head.parts === 0) {
      if (own.length) {
        damaged.push({ id, name: head.name, raw: rawWithParts(own), problem: mismatch(0, own.length) });
      } else templates.push(templateFromHead(head, head.body!));
      continue;
    }
    const pieces: string[] = [];
    const missing: number[] = [];
    for (let k = 1; k <= head.parts; k++) {
      const piece = values[`${TEMPLATE_PREFIX}${id}@${head.rev}#${k}`];
      if (piece === undefined) missing.push(k);
      pieces.push(piece ?? `\n[part ${k} of ${head.parts} is missing]\n`);
    }
    const body = pieces.join('');
    if (missing.length) {
      damaged.push({
        id,
        name: head.name,
        raw: `${raw}\n${body}`,
        problem: `Part${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of ${head.parts} of this template ${missing.length > 1 ? 'are' : 'is'} missing.`,
      });
    } else if (own.length !== head.parts) {
      damaged.push({
        id,
        name: head.name,
        raw: rawWithParts(own),
        problem: mismatch(head.parts, own.length),
      });
    } else if (body.length !== head.length) {
      damaged.push({
        id,
        name: head.name,
        raw: `${raw}\n${body}`,
        problem: `This template’s parts do not add up: its body should be ${head.length} characters long but is ${body.length}.`,
      });
    } else templates.push(templateFromHead(head, body));
  }

  const leftovers: string[] = [];
  for (const list of parts.values()) for (const p of list) if (!referenced.has(p.key)) leftovers.push(p.key);

  const settingsRead = readSettings(values[SETTINGS_KEY]);
  if (settingsRead.damaged) damaged.push(settingsRead.damaged);
  // Uses recorded under their own keys, newest first, then the order the settings value kept.
  const known = new Set(templates.map((t) => t.id));
  uses.sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : 1));
  const listed = uses.filter((u) => known.has(u.id)).slice(0, RECENT_LIMIT);
  const listedKeys = new Set(listed.map((u) => u.key));
  for (const u of uses) if (!listedKeys.has(u.key)) leftovers.push(u.key);
  if (listed.length > 0) {
    const ids = listed.map((u) => u.id);
    const older = settingsRead.settings.recentTemplateIds.filter((id) => !ids.includes(id));
    settingsRead.settings.recentTemplateIds = [...ids, ...older].slice(0, RECENT_LIMIT);
  }

  templates.sort((a, b) => compareNames(a.name, b.name) || (a.id < b.id ? -1 : 1));
  return {
    values,
    version: readVersion(values[SCHEMA_KEY], heads.size > 0),
    templates,
    damaged,
    v1Ids,
    settings: settingsRead.settings,
    settingsDamaged: settingsRead.damaged !== undefined,
    keysOf,
    leftovers,
    maxRevision,
  };
}

function describe(problems: string[]): string {
  return `This template is not stored correctly: ${problems.join('; ')}.`;
}

function mismatch(expected: number, found: number): string {
  return `This template’s parts do not add up: it should have ${expected} part${expected === 1 ? '' : 's'} but ${found} ${found === 1 ? 'was' : 'were'} found.`;
}

function compareNames(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

/** No version key: a store with templates predates versioning (v1); an empty one is current. */
function readVersion(raw: string | undefined, hasTemplates: boolean): number {
  if (raw === undefined) return hasTemplates ? 1 : CURRENT_SCHEMA;
  const n = Number(raw);
  // An unreadable version key is treated as the oldest: the upgrade is idempotent and judges each value by its shape.
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

function readSettings(raw: string | undefined): { settings: Settings; damaged?: DamagedEntry } {
  if (raw === undefined) return { settings: defaultSettings() };
  const json = parseJson(raw);
  const problems = json.ok ? settingsProblems(json.value) : ['they are not valid JSON'];
  if (json.ok && problems.length === 0) {
    const v = json.value as Settings;
    return {
      settings: {
        otherAddresses: v.otherAddresses,
        recentTemplateIds: v.recentTemplateIds,
        startersSeeded: v.startersSeeded,
        deletedStarterIds: v.deletedStarterIds,
        myName: typeof v.myName === 'string' ? v.myName : '',
        ownAddress: typeof v.ownAddress === 'string' ? v.ownAddress : '',
        ownAddressCheckedAt: typeof v.ownAddressCheckedAt === 'number' ? v.ownAddressCheckedAt : 0,
      },
    };
  }
  return {
    settings: defaultSettings(),
    damaged: {
      id: SETTINGS_KEY,
      name: 'Settings',
      raw,
      problem: `Your settings are not stored correctly (${problems.join('; ')}); defaults are used until they are saved again.`,
    },
  };
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

/** A library from the store's values (one getAll, or what a change left). */
export function libraryOf(values: Record<string, string>): Library {
  const snap = readStoreSnapshot(values);
  return {
    templates: snap.templates,
    damaged: snap.damaged,
    usage: { bytes: storeBytes(values), limit: PROPERTY_LIMITS.storeBytes },
    settings: snap.settings,
  };
}
