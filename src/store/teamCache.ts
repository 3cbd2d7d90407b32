// The parsed team library in the user's CacheService, keyed by the file's Drive version: while the
// file is unchanged an action costs one Drive call (its state), not a download and a parse. A value
// is split in chunks (CacheService holds 100 KB a value); a missing or broken chunk is a cold read.

import type { StoredTemplate } from './schema';
import type { TeamPointer } from './teamPointer';

/** CacheService holds 100 KB a value: 30,000 UTF-16 units are at most 90 KB of UTF-8. */
const CHUNK_CHARS = 30000;
const CACHE_SECONDS = 21600;

/** The user's CacheService, as the team library uses it. */
export interface TeamCacheStore {
  getAll(keys: string[]): Record<string, string>;
  putAll(values: Record<string, string>, seconds: number): void;
}

export interface CachedTeam {
  templates: StoredTemplate[];
  problems: string[];
  name: string;
}

function cacheKeys(pointer: TeamPointer, version: string, chunks: number): string[] {
  const base = `team:${pointer.fileId}:v${version}`;
  return Array.from({ length: chunks }, (_, i) => `${base}:${i}`);
}

/** The library cached for the file at `version`, or null (nothing cached, expired, or damaged). */
export function readCachedTeam(
  cache: TeamCacheStore,
  pointer: TeamPointer,
  version: string,
): CachedTeam | null {
  if (pointer.chunks === 0 || version === '') return null;
  const keys = cacheKeys(pointer, version, pointer.chunks);
  const values = cache.getAll(keys);
  if (!keys.every((k) => typeof values[k] === 'string')) return null;
  try {
    return JSON.parse(keys.map((k) => values[k]).join('')) as CachedTeam;
  } catch {
    return null;
  }
}

/** Caches the library under `version` ('' caches nothing); returns the number of chunks it takes. */
export function writeCachedTeam(
  cache: TeamCacheStore,
  pointer: TeamPointer,
  version: string,
  team: CachedTeam,
): number {
  const text = JSON.stringify(team);
  const chunks = Math.max(1, Math.ceil(text.length / CHUNK_CHARS));
  const keys = cacheKeys(pointer, version, chunks);
  const values: Record<string, string> = {};
  keys.forEach((k, i) => {
    values[k] = text.slice(i * CHUNK_CHARS, (i + 1) * CHUNK_CHARS);
  });
  if (version !== '') cache.putAll(values, CACHE_SECONDS);
  return chunks;
}
