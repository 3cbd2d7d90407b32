// English messages of one surface; ../messages/en.ts joins the sections into the source catalogue.
import type { Message } from '../types';

/** The compose card: templates inserted at the cursor. */
export const compose = {} as const satisfies Record<string, Message>;
