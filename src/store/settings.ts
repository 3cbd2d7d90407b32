// The user's settings, kept in one value next to the templates: their other addresses, recently
// used templates, and what became of the starter templates.

export interface Settings {
  /** The user's other addresses (aliases, old addresses) that a reply must never go to. */
  otherAddresses: string[];
  /**
   * Most recent first, at most RECENT_LIMIT. In a library read, the uses recorded under their own keys
   * (USED_PREFIX, newest first) come first; the list stored in the settings value (written by versions
   * that kept the order there) follows.
   */
  recentTemplateIds: string[];
  /** Set once the starter templates were added, so they are added only once. */
  startersSeeded: boolean;
  /** Starters the user deleted: never added again, even by a later seeding. */
  deletedStarterIds: string[];
  /** The user's name as they sign (`me.name` in templates); Apps Script does not tell it. '' when unset. */
  myName: string;
  /**
   * The user's own address as Session last gave it ('' until known) and when (ms since the epoch, 0
   * when never): kept so opening a message costs no Session round trips (src/handlers/shared/me.ts).
   */
  ownAddress: string;
  ownAddressCheckedAt: number;
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
    ownAddress: '',
    ownAddressCheckedAt: 0,
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
  if (v.ownAddress !== undefined && typeof v.ownAddress !== 'string')
    problems.push('the own address is not text');
  if (
    v.ownAddressCheckedAt !== undefined &&
    !(typeof v.ownAddressCheckedAt === 'number' && Number.isFinite(v.ownAddressCheckedAt))
  )
    problems.push('the own address’s time is not a number');
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
