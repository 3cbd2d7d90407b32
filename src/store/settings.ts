// The user's settings, kept in one value next to the templates: their other addresses, recently
// used templates, and what became of the starter templates.

export interface Settings {
  /** The user's other addresses (aliases, old addresses) that a reply must never go to. */
  otherAddresses: string[];
  /** Most recent first, at most RECENT_LIMIT. */
  recentTemplateIds: string[];
  /** Set once the starter templates were added, so they are added only once. */
  startersSeeded: boolean;
  /** Starters the user deleted: never added again, even by a later seeding. */
  deletedStarterIds: string[];
  /** The user's name as they sign (`me.name` in templates); Apps Script does not tell it. '' when unset. */
  myName: string;
}

export const RECENT_LIMIT = 10;

/** Seeded starters keep ids with this prefix, which is how a deletion knows it deleted a starter. */
export const STARTER_ID_PREFIX = 'starter-';

export function defaultSettings(): Settings {
  return {
    otherAddresses: [],
    recentTemplateIds: [],
    startersSeeded: false,
    deletedStarterIds: [],
    myName: '',
  };
}

const isTextList = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Shape problems of a parsed settings value; [] when well formed. */
export function settingsProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return ['the settings are not an object'];
  const v = value as Record<string, unknown>;
  const problems: string[] = [];
  if (!isTextList(v.otherAddresses)) problems.push('the other addresses are not a list of text');
  if (!isTextList(v.recentTemplateIds)) problems.push('the recent templates are not a list of text');
  if (typeof v.startersSeeded !== 'boolean') problems.push('the starter flag is not true or false');
  if (!isTextList(v.deletedStarterIds)) problems.push('the deleted starters are not a list of text');
  // Added after the first release: absent in older stores, text when present.
  if (v.myName !== undefined && typeof v.myName !== 'string') problems.push('the name is not text');
  return problems;
}

/** Moves `id` to the front of the recent list, keeping at most RECENT_LIMIT ids. */
export function withRecent(recent: string[], id: string): string[] {
  return [id, ...recent.filter((r) => r !== id)].slice(0, RECENT_LIMIT);
}

/** Trims, drops empties and case-insensitive duplicates, keeping the first spelling. */
export function cleanAddresses(addresses: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of addresses) {
    const address = raw.trim();
    if (address && !seen.has(address.toLowerCase())) {
      seen.add(address.toLowerCase());
      out.push(address);
    }
  }
  return out;
}
