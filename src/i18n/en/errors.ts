// English messages of one surface; ../messages/en.ts joins the sections into the source catalogue.
import type { Message } from '../types';

/** Errors and notifications any surface can show. */
export const errors = {} as const satisfies Record<string, Message>;
