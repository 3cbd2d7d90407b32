// The user's link to a team library (a pointer in their user properties) and what loading the library
// tells the cards: its templates and a status in plain words.
import type { DriveRole } from '../platform/drive';
import type { StoredTemplate } from './schema';
import { count } from './teamFile';

/** The user's link to their team library, in their user properties (read with the library, no extra call). */
export const TEAM_POINTER_KEY = 'team:v1';

export interface TeamPointer {
  fileId: string;
  name: string;
  url: string;
  /** The file's Drive version the cache holds ('': nothing cached yet). */
  version: string;
  chunks: number;
  role: DriveRole;
}

export type TeamStatus =
  | { state: 'none' }
  | {
      state: 'ok';
      pointer: TeamPointer;
      count: number;
      /** Entries of the file that could not be used, each in plain words. */
      problems: string[];
      /** Drive did not answer: the templates shown are the cached copy. */
      stale: boolean;
    }
  | { state: 'problem'; pointer: TeamPointer; title: string; message: string; consentUrl?: string };

export interface TeamLoad {
  templates: StoredTemplate[];
  status: TeamStatus;
}

/** The stored pointer, read from the user properties' value; null when absent or unreadable. */
export function readPointer(raw: string | undefined | null): TeamPointer | null {
  if (!raw) return null;
  try {
    const p = JSON.parse(raw) as Partial<TeamPointer>;
    if (typeof p.fileId !== 'string' || !p.fileId) return null;
    return {
      fileId: p.fileId,
      name: typeof p.name === 'string' ? p.name : 'Team library',
      url: typeof p.url === 'string' ? p.url : '',
      version: typeof p.version === 'string' ? p.version : '',
      chunks: count(p.chunks, 0),
      role: p.role === 'owner' || p.role === 'editor' ? p.role : 'viewer',
    };
  } catch {
    return null;
  }
}
