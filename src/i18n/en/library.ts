// English messages of one surface; ../messages/en.ts joins the sections into the source catalogue.
import type { Message } from '../types';

/** The template library, its search, the all-templates card and the team library. */
export const library = {} as const satisfies Record<string, Message>;
